/**
 * Where the web shell answers: the page's own host, with the per-launch token the shell put in the
 * page's address (the cashier's and the display's tokens differ, so the socket gets the page's rights).
 */
export function rpcUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(location.search).get('token') ?? '';
  return `${scheme}://${location.host}/rpc?token=${encodeURIComponent(token)}`;
}

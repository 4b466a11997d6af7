/**
 * `ELECTRON_RENDERER_URL` (set by `electron-vite dev` for hot reload) decides which origin gets the
 * whole cashier bridge, so it is honoured only in an unpackaged app and only for a loopback address.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function devServerUrl(isPackaged: boolean, value: string | undefined): string | undefined {
  if (isPackaged || !value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname) ? url.href : undefined;
}

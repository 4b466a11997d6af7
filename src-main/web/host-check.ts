/**
 * DNS-rebinding guard: a page from any site can make the browser talk to 127.0.0.1 under that site's
 * own name, but it cannot choose the Host header, so only names we serve under are accepted.
 */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** The host name of a Host header (brackets kept off IPv6), or undefined when it is not a plain host[:port]. */
export function hostNameOf(header: string | undefined): string | undefined {
  const match = header ? HOST_HEADER.exec(header) : null;
  return match?.[1]?.replace(/^\[|\]$/g, '').toLowerCase();
}

export function createHostCheck(names: readonly string[]): (header: string | undefined) => boolean {
  const allowed = new Set([...LOOPBACK_NAMES, ...names].map((name) => name.toLowerCase()));
  return (header) => {
    const name = hostNameOf(header);
    return name !== undefined && allowed.has(name);
  };
}

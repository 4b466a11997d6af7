/**
 * A request target parsed and percent-decoded exactly once. Routing and token checks then look at the
 * decoded path only, so no encoding (`/index%2ehtml`, `%2e%2e`, overlong UTF-8) can reach a page by another name.
 */
export interface RequestTarget {
  /** Decoded, starting with `/`, without `.`/`..` segments, NUL or backslashes. */
  path: string;
  token: string | null;
}

/** Undefined when the target is malformed: the caller answers 400. */
export function parseRequestTarget(raw: string | undefined): RequestTarget | undefined {
  if (!raw?.startsWith('/') || raw.startsWith('//')) return undefined;
  let url: URL;
  let path: string;
  try {
    url = new URL(raw, 'http://till');
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return { path, token: url.searchParams.get('token') };
}

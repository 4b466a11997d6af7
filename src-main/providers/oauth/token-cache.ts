/**
 * OAuth client-credentials token cache shared by every adapter that needs one: at most one token
 * request in flight, refreshed ahead of expiry, and dropped on a 401 so the caller can retry once.
 */
import type { Clock } from '../../core/ports.ts';

export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

export interface TokenCache {
  get(): Promise<string>;
  /** Forget `token` (the provider rejected it); a newer token obtained meanwhile is kept. */
  invalidate(token: string): void;
}

/** Refresh this long before expiry, but never more than a tenth of the lifetime early. */
const REFRESH_AHEAD_MS = 60_000;

export function createTokenCache(issue: () => Promise<IssuedToken>, clock: Clock): TokenCache {
  let current: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const refresh = (): Promise<string> => {
    pending ??= issue()
      .then(({ accessToken, expiresInSeconds }) => {
        const lifetimeMs = expiresInSeconds * 1000;
        const ahead = Math.min(REFRESH_AHEAD_MS, lifetimeMs / 10);
        current = { token: accessToken, refreshAt: clock.now() + lifetimeMs - ahead };
        return accessToken;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return {
    get() {
      if (current && clock.now() < current.refreshAt) return Promise.resolve(current.token);
      return refresh();
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
  };
}

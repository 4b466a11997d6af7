/** The shared OAuth client-credentials cache, with a fake clock and an issuer that counts its calls. */
import { describe, expect, it } from 'vitest';
import { createTokenCache, type IssuedToken } from '../../../../src-main/providers/oauth/token-cache.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';

/** An issuer whose calls the test resolves or rejects one by one. */
function controlledIssuer() {
  const calls: { resolve(token: IssuedToken): void; reject(error: Error): void }[] = [];
  const issue = () =>
    new Promise<IssuedToken>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { issue, calls };
}

/** An issuer that answers at once with token-1, token-2, ... */
function countingIssuer(expiresInSeconds = 3600) {
  let count = 0;
  return {
    issue: async (): Promise<IssuedToken> => ({ accessToken: `token-${++count}`, expiresInSeconds }),
    count: () => count,
  };
}

describe('token cache', () => {
  it('makes one issue call for concurrent gets and hands everyone the same token', async () => {
    const issuer = controlledIssuer();
    const cache = createTokenCache(issuer.issue, createFakeClock());

    const gets = [cache.get(), cache.get(), cache.get()];
    expect(issuer.calls).toHaveLength(1);
    issuer.calls[0]?.resolve({ accessToken: 'shared', expiresInSeconds: 3600 });

    expect(await Promise.all(gets)).toEqual(['shared', 'shared', 'shared']);
    expect(issuer.calls).toHaveLength(1);
  });

  it('reuses the token while it is fresh', async () => {
    const issuer = countingIssuer(3600);
    const clock = createFakeClock();
    const cache = createTokenCache(issuer.issue, clock);

    await cache.get();
    clock.advance(30 * 60_000);
    expect(await cache.get()).toBe('token-1');
    expect(issuer.count()).toBe(1);
  });

  it('refreshes ahead of expiry, not only once expires_in has run out', async () => {
    const issuer = countingIssuer(3600);
    const clock = createFakeClock();
    const cache = createTokenCache(issuer.issue, clock);
    await cache.get();

    // Still well inside the token's life (it would expire at 3600 s).
    clock.advance(3590_000);

    expect(await cache.get()).toBe('token-2');
    expect(issuer.count()).toBe(2);
  });

  it('refreshes a short-lived token ahead of time too (at most a tenth of its life early)', async () => {
    const issuer = countingIssuer(10);
    const clock = createFakeClock();
    const cache = createTokenCache(issuer.issue, clock);
    await cache.get();

    clock.advance(8_999);
    expect(await cache.get()).toBe('token-1');
    clock.advance(1);
    expect(await cache.get()).toBe('token-2');
  });

  it('invalidate(old) after a newer token was fetched keeps the newer one', async () => {
    const issuer = countingIssuer(3600);
    const clock = createFakeClock();
    const cache = createTokenCache(issuer.issue, clock);
    const old = await cache.get();
    cache.invalidate(old);
    const newer = await cache.get();

    // A request that was still using the old token gets its 401 late and invalidates it again.
    cache.invalidate(old);

    expect(await cache.get()).toBe(newer);
    expect(issuer.count()).toBe(2);
  });

  it('invalidate(current) makes the next get fetch a new token', async () => {
    const issuer = countingIssuer(3600);
    const cache = createTokenCache(issuer.issue, createFakeClock());
    const first = await cache.get();

    cache.invalidate(first);

    expect(await cache.get()).toBe('token-2');
  });

  it('rejects every waiter when the issuer fails, and the next get tries again', async () => {
    const issuer = controlledIssuer();
    const cache = createTokenCache(issuer.issue, createFakeClock());

    const gets = [cache.get(), cache.get()];
    issuer.calls[0]?.reject(new Error('token endpoint down'));
    for (const get of gets) await expect(get).rejects.toThrow('token endpoint down');

    const retry = cache.get();
    expect(issuer.calls).toHaveLength(2);
    issuer.calls[1]?.resolve({ accessToken: 'after-failure', expiresInSeconds: 3600 });
    expect(await retry).toBe('after-failure');
  });
});

/**
 * What the shop configures for this provider besides its API key. A blank setting takes the default,
 * never the API's own default: left out, `currency` would make the API read every amount as dollars.
 */
export interface PaymentsSettings {
  currency: string;
  callbackUrl: string;
  branch: string | undefined;
}

/** A till in a shop charges in reais. */
export const DEFAULT_CURRENCY = 'BRL';

/**
 * `callback` is required, but a till behind NAT cannot receive the provider's POSTs: it polls instead.
 * Unless the shop has a server of its own to name, we send this address on `.invalid`, a top-level
 * domain reserved never to resolve (RFC 2606), so notifications go nowhere rather than to a stranger.
 */
export const PLACEHOLDER_CALLBACK_URL = 'https://callback.invalid/pdv-till-polls-instead';

export function paymentsSettings(configured: { currency?: string; callbackUrl?: string; branch?: string }): PaymentsSettings {
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return {
    currency: given(configured.currency) ?? DEFAULT_CURRENCY,
    callbackUrl: given(configured.callbackUrl) ?? PLACEHOLDER_CALLBACK_URL,
    branch: given(configured.branch),
  };
}

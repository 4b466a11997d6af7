/**
 * The demo sandbox's credentials, one set per provider. Not secrets: they open only the local sandbox.
 * They live here, below both the adapters' definitions and the sandbox, so neither imports the other.
 */
export const ASTRAPAY_DEMO_CREDENTIALS = { clientId: 'pdv-demo-client', clientSecret: 'pdv-demo-secret' } as const;

export const CARD_PAYMENTS_DEMO_CREDENTIALS = { apiKey: 'pdv-demo-card-key' } as const;

export const PAYMENTS_DEMO_CREDENTIALS = { apiKey: 'pdv-demo-payments-key' } as const;

import { CARD_PAYMENTS_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { ProviderDefinition } from '../provider-definition.ts';
import { CARD_PAYMENTS_ID, CARD_PAYMENTS_NAME, createCardPaymentsProvider } from './card-payments-provider.ts';

export const CARD_PAYMENTS_DEFINITION: ProviderDefinition = {
  id: CARD_PAYMENTS_ID,
  name: CARD_PAYMENTS_NAME,
  credentialFields: ['apiKey'],
  roles: ['card'],
  // Seed 004 gives paths but no host. `.invalid` (RFC 2606) can never resolve, so until the gateway's
  // real hosts are filled in a misconfigured till fails with "unreachable" instead of calling a stranger.
  baseUrls: { sandbox: 'https://sandbox.card-payments.invalid', production: 'https://api.card-payments.invalid' },
  sandboxPrefix: '/card-payments',
  sandboxCredentials: { ...CARD_PAYMENTS_DEMO_CREDENTIALS },
  create(setup) {
    return createCardPaymentsProvider({
      config: { baseUrl: setup.baseUrl, apiKey: setup.credentials.apiKey ?? '', timeoutMs: setup.timeoutMs },
      http: setup.http,
      clock: setup.clock,
      logger: setup.logger,
    });
  },
};

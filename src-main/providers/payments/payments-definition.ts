import { notPayableError } from '../../core/errors.ts';
import { PAYMENTS_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { ProviderDefinition } from '../provider-definition.ts';
import { createPaymentsProvider } from './payments-provider.ts';
import { paymentsSettings } from './payments-settings.ts';

export const PAYMENTS_DEFINITION: ProviderDefinition = {
  id: 'payments',
  name: 'Payments',
  // Only apiKey is a secret; the other three are settings that ride along until settings have a place of their own (blank = default).
  credentialFields: ['apiKey', 'currency', 'callbackUrl', 'branch'],
  roles: ['pix'],
  // Seed 002 names no host. Placeholders on `.invalid` fail fast and loudly until the gateway tells us its hosts.
  baseUrls: { sandbox: 'https://sandbox.payments-gateway.invalid', production: 'https://api.payments-gateway.invalid' },
  sandboxPrefix: '/payments',
  sandboxCredentials: { ...PAYMENTS_DEMO_CREDENTIALS },
  create(setup) {
    const { sandboxUrl } = setup;
    return createPaymentsProvider({
      config: { baseUrl: setup.baseUrl, apiKey: setup.credentials.apiKey ?? '', timeoutMs: setup.timeoutMs },
      settings: paymentsSettings(setup.credentials),
      http: setup.http,
      clock: setup.clock,
      ...(sandboxUrl && {
        simulatePayment: async (id: string) => {
          const response = await setup.http({
            method: 'POST',
            url: `${sandboxUrl}/__sim/payments/${encodeURIComponent(id)}/pay`,
            timeoutMs: setup.timeoutMs,
          });
          if (response.status !== 204) {
            throw notPayableError('The sandbox cannot pay this payment');
          }
        },
      }),
    });
  },
};

import { notPayableError } from '../../core/errors.ts';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { ProviderDefinition } from '../provider-definition.ts';
import { createAstrapayProvider } from './astrapay-provider.ts';

export const ASTRAPAY_DEFINITION: ProviderDefinition = {
  id: 'astrapay',
  name: 'Astrapay',
  credentialFields: ['clientId', 'clientSecret'],
  roles: ['pix', 'card'],
  baseUrls: { sandbox: 'https://api-sandbox.astrapay.com.br', production: 'https://api.astrapay.com.br' },
  sandboxPrefix: '/astrapay',
  sandboxCredentials: { ...ASTRAPAY_DEMO_CREDENTIALS },
  create(setup) {
    const { sandboxUrl } = setup;
    return createAstrapayProvider({
      config: {
        baseUrl: setup.baseUrl,
        clientId: setup.credentials.clientId ?? '',
        clientSecret: setup.credentials.clientSecret ?? '',
        timeoutMs: setup.timeoutMs,
      },
      http: setup.http,
      clock: setup.clock,
      ...(sandboxUrl && {
        simulatePixPayment: async (txid: string) => {
          const response = await setup.http({
            method: 'POST',
            url: `${sandboxUrl}/__sim/astrapay/pix/${encodeURIComponent(txid)}/pay`,
            timeoutMs: setup.timeoutMs,
          });
          if (response.status !== 204) {
            throw notPayableError('The sandbox cannot pay this charge');
          }
        },
      }),
    });
  },
};

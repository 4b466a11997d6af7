/** Builds the provider the shop selected in Settings. "Demo" is Astrapay's API served by the embedded sandbox. */
import { PosError } from '../core/errors.ts';
import type { Clock, SecretStore, SettingsStore } from '../core/ports.ts';
import type { HttpSend } from '../http/http-client.ts';
import { ASTRAPAY_DEMO_CREDENTIALS } from '../simulator/astrapay/auth.ts';
import type { Simulator } from '../simulator/simulator.ts';
import { createAstrapayProvider } from './astrapay/astrapay-provider.ts';
import type { Provider } from './provider.ts';

export const ASTRAPAY_BASE_URLS = {
  sandbox: 'https://api-sandbox.astrapay.com.br',
  production: 'https://api.astrapay.com.br',
} as const;

export const PROVIDER_TIMEOUT_MS = 15_000;

export interface ProviderContext {
  settings: SettingsStore;
  secrets: SecretStore;
  http: HttpSend;
  clock: Clock;
  simulator: Simulator | undefined;
  timeoutMs?: number;
}

export function createActiveProvider(context: ProviderContext): Provider {
  const timeoutMs = context.timeoutMs ?? PROVIDER_TIMEOUT_MS;
  const providerId = context.settings.get('providerId');
  if (providerId === 'demo') {
    const simulator = context.simulator;
    if (!simulator) throw new Error('The demo provider needs the embedded sandbox running');
    return createAstrapayProvider({
      id: 'demo',
      name: 'Demo (Astrapay sandbox)',
      config: { baseUrl: simulator.astrapayBaseUrl, ...ASTRAPAY_DEMO_CREDENTIALS, timeoutMs },
      http: context.http,
      clock: context.clock,
      simulatePixPayment: async (txid) => {
        if (!simulator.payPix(txid)) {
          throw new PosError('invalid_state', 'The sandbox cannot pay this charge', { reason: 'sale.not_payable' });
        }
      },
    });
  }
  return createAstrapayProvider({
    id: 'astrapay',
    name: 'Astrapay',
    config: {
      baseUrl: ASTRAPAY_BASE_URLS[context.settings.get('astrapay').environment],
      clientId: context.secrets.get('astrapay.clientId') ?? '',
      clientSecret: context.secrets.get('astrapay.clientSecret') ?? '',
      timeoutMs,
    },
    http: context.http,
    clock: context.clock,
  });
}

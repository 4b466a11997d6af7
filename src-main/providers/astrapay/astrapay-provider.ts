/**
 * The Astrapay provider: PIX (seed 001) and credit cards (seed 000's operations, shapes assumed in
 * README.md), over one authenticated client and so one OAuth token cache.
 */
import type { Clock } from '../../core/ports.ts';
import type { HttpSend } from '../../http/http-client.ts';
import type { Provider } from '../provider.ts';
import { createAstrapayCardApi } from './astrapay-card-api.ts';
import { createAstrapayClient, type AstrapayConfig } from './astrapay-client.ts';
import { createAstrapayPixApi } from './astrapay-pix-api.ts';

export interface AstrapayProviderOptions {
  config: AstrapayConfig;
  http: HttpSend;
  clock: Clock;
  /** Only the embedded sandbox can pretend to be the customer's bank. */
  simulatePixPayment?: (txid: string) => Promise<void>;
}

export function createAstrapayProvider(options: AstrapayProviderOptions): Provider {
  const client = createAstrapayClient(options.config, options.http, options.clock);
  return {
    id: 'astrapay',
    name: 'Astrapay',
    testConnection: () => client.authenticate(),
    pix: createAstrapayPixApi(client, options.clock, options.simulatePixPayment),
    card: createAstrapayCardApi(client, options.clock),
  };
}

/**
 * The Astrapay provider. A create that may have reached Astrapay (timeout, dropped connection, 5xx)
 * is never blindly repeated: we look the charge up by its userReference (our sale id) first.
 */
import { isAmbiguous } from '../../core/errors.ts';
import type { Clock } from '../../core/ports.ts';
import type { HttpSend } from '../../http/http-client.ts';
import type { Provider } from '../provider.ts';
import { createAstrapayClient, type AstrapayConfig } from './astrapay-client.ts';
import { createAstrapayPix } from './astrapay-pix.ts';

export interface AstrapayProviderOptions {
  config: AstrapayConfig;
  http: HttpSend;
  clock: Clock;
  /** Only the embedded sandbox can pretend to be the customer's bank. */
  simulatePixPayment?: (txid: string) => Promise<void>;
}

export function createAstrapayProvider(options: AstrapayProviderOptions): Provider {
  const client = createAstrapayClient(options.config, options.http, options.clock);
  const pix = createAstrapayPix(client);
  return {
    id: 'astrapay',
    name: 'Astrapay',
    testConnection: () => client.authenticate(),
    pix: {
      requiresPayer: false,
      async create(request) {
        try {
          return await pix.create(request);
        } catch (error) {
          if (!isAmbiguous(error)) throw error;
          const existing = await pix.findByUserReference(request.userReference, new Date(options.clock.now()));
          if (existing) return existing;
          return pix.create(request);
        }
      },
      get: (txid) => pix.consult(txid),
      ...(options.simulatePixPayment ? { simulatePayment: options.simulatePixPayment } : {}),
    },
  };
}

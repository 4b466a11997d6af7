/**
 * The Payments provider (seed 002): PIX and bank transfer through one `POST /v1/payment`. Every
 * charge names its payer (name, e-mail, CPF); a create that may have gone through is looked up by
 * `transaction_id` (our sale id) before it is tried again.
 */
import { CURRENCIES } from '../../../src-shared/money.ts';
import type { Clock } from '../../core/ports.ts';
import type { HttpSend } from '../../http/http-client.ts';
import type { Provider } from '../provider.ts';
import { createPaymentsBankTransfer } from './payments-bank-transfer.ts';
import { createPaymentsClient, type PaymentsConfig } from './payments-client.ts';
import { createPaymentsEndpoints } from './payments-endpoints.ts';
import { createPaymentsPix } from './payments-pix.ts';
import type { PaymentsSettings } from './payments-settings.ts';

export interface PaymentsProviderOptions {
  config: PaymentsConfig;
  settings: PaymentsSettings;
  http: HttpSend;
  clock: Clock;
  /** Only the embedded sandbox can pretend to be the customer's bank. */
  simulatePayment?: (id: string) => Promise<void>;
}

export function createPaymentsProvider(options: PaymentsProviderOptions): Provider {
  const endpoints = createPaymentsEndpoints(createPaymentsClient(options.config, options.http));
  return {
    id: 'payments',
    name: 'Payments',
    currency: CURRENCIES.find((currency) => currency === options.settings.currency) ?? 'BRL',
    // The API has no token endpoint: the cheapest authenticated call proves the key.
    testConnection: async () => {
      await endpoints.list({ page: 1, limit: 1 });
    },
    pix: createPaymentsPix(endpoints, options.settings, options.clock, options.simulatePayment),
    bankTransfer: createPaymentsBankTransfer(endpoints, options.settings, options.clock, options.simulatePayment),
  };
}

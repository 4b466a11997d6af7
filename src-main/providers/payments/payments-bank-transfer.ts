/** Seed 002's `payment_method: bank_transfer`: the provider answers with the account the customer deposits into. */
import type { Clock } from '../../core/ports.ts';
import type { BankTransfer, BankTransferApi } from '../provider.ts';
import { badResponse, PosError } from '../../core/errors.ts';
import type { PaymentsEndpoints } from './payments-endpoints.ts';
import { cents, toBankTransfer, toQuote } from './payments-mapping.ts';
import { buildPaymentBody } from './payment-request.ts';
import type { PaymentDetails } from './payments-schemas.ts';
import type { PaymentsSettings } from './payments-settings.ts';

function fromDetails(payment: PaymentDetails): BankTransfer {
  const where = 'GET /v1/payment/{id}';
  if (payment.method !== 'bank_transfer') {
    throw new PosError('not_found', 'This payment is not a bank transfer', { reason: 'provider.not_found' });
  }
  // Without the account there is nothing to show the customer.
  if (!payment.bank) throw badResponse(where);
  const facts = {
    id: payment.id,
    status: payment.status,
    amountCents: cents(payment.amount, where),
    createdAt: new Date(payment.created_at).toISOString(),
    quote: payment.values && toQuote(payment.currency, payment.values, where),
  };
  return toBankTransfer(facts, payment.bank);
}

export function createPaymentsBankTransfer(
  endpoints: PaymentsEndpoints,
  settings: PaymentsSettings,
  clock: Clock,
  simulatePayment: ((id: string) => Promise<void>) | undefined,
): BankTransferApi {
  return {
    ...(simulatePayment && { simulatePayment }),
    async create(request) {
      const body = buildPaymentBody({
        method: 'bank_transfer',
        amountCents: request.amountCents,
        currency: settings.currency,
        payer: request.payer,
        callbackUrl: settings.callbackUrl,
        branch: settings.branch,
        transactionId: request.reference,
      });
      const created = await endpoints.createBankTransfer(body);
      const facts = {
        id: created.id,
        status: created.status,
        amountCents: request.amountCents,
        createdAt: new Date(clock.now()).toISOString(),
        quote: toQuote(body.currency, created.values, 'POST /v1/payment'),
      };
      return toBankTransfer(facts, created.bank);
    },

    async findByReference(reference) {
      return (await endpoints.findByTransactionId(reference, 'bank_transfer')).map(fromDetails);
    },

    async get(id) {
      return fromDetails(await endpoints.details(id));
    },
  };
}

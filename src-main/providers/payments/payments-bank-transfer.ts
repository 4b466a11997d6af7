/** Seed 002's `payment_method: bank_transfer`: the provider answers with the account the customer deposits into. */
import type { Clock } from '../../core/ports.ts';
import type { BankTransfer, BankTransferApi } from '../provider.ts';
import { badResponse, notFound } from '../../core/errors.ts';
import { MAX_PAGE_SIZE, type PaymentsEndpoints } from './payments-endpoints.ts';
import { cents, toBankTransfer, toQuote } from './payments-mapping.ts';
import { buildPaymentBody } from './payment-request.ts';
import type { PaymentDetails } from './payments-schemas.ts';
import type { PaymentsSettings } from './payments-settings.ts';

function fromDetails(payment: PaymentDetails): BankTransfer {
  const where = 'GET /v1/payment/{id}';
  if (payment.method !== 'bank_transfer') {
    throw notFound('provider.not_found', 'This payment is not a bank transfer');
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

    /** One API page (our pages count from 0); the API filters by no method, so its other payments are left out here. */
    async list(filter) {
      const page = await endpoints.list({ page: filter.page + 1, limit: Math.min(filter.pageSize, MAX_PAGE_SIZE), sort: 'created_at,desc', startTime: filter.from, endTime: filter.to });
      const items = page.data
        .filter((item) => item.payment_method === 'bank_transfer')
        .map((item) => ({
          id: item.id,
          status: item.status,
          amountCents: cents(item.amount, 'GET /v1/payments'),
          reference: item.transaction_id,
          createdAt: new Date(item.created_at).toISOString(),
        }));
      return { items, page: page.page - 1, pageSize: page.limit, total: page.total };
    },
  };
}

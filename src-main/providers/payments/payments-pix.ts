/** Seed 002's `payment_method: pix` as the till's PixApi: create (once), consult, list. */
import { invalidInput, notFound } from '../../core/errors.ts';
import type { Clock } from '../../core/ports.ts';
import type { PixApi, PixCharge } from '../provider.ts';
import { MAX_PAGE_SIZE, type PaymentsEndpoints } from './payments-endpoints.ts';
import { cents, toPixCharge, toQuote } from './payments-mapping.ts';
import { buildPaymentBody } from './payment-request.ts';
import type { PaymentDetails, PaymentListItem } from './payments-schemas.ts';
import type { PaymentsSettings } from './payments-settings.ts';

/** "page: min 1, max 9999999". */
const MAX_API_PAGE = 9_999_999;

function fromDetails(payment: PaymentDetails): PixCharge {
  if (payment.method !== 'pix') throw notFound('provider.not_found', 'This payment is not a PIX charge');
  const where = 'GET /v1/payment/{id}';
  return toPixCharge({
    id: payment.id,
    status: payment.status,
    amountCents: cents(payment.amount, where),
    copyAndPaste: payment.pix?.reference ?? '',
    createdAt: new Date(payment.created_at).toISOString(),
    expiresInSeconds: payment.pix?.expire_in,
    transactionId: payment.transaction_id,
    quote: payment.values && toQuote(payment.currency, payment.values, where),
  });
}

function fromListItem(item: PaymentListItem): PixCharge {
  return toPixCharge({
    id: item.id,
    status: item.status,
    amountCents: cents(item.amount, 'GET /v1/payments'),
    // List items carry neither the QR nor the lifetime: the charge's expiry assumes the documented default.
    copyAndPaste: '',
    createdAt: new Date(item.created_at).toISOString(),
    expiresInSeconds: undefined,
    transactionId: item.transaction_id,
    quote: undefined,
  });
}

export function createPaymentsPix(
  endpoints: PaymentsEndpoints,
  settings: PaymentsSettings,
  clock: Clock,
  simulatePayment: ((id: string) => Promise<void>) | undefined,
): PixApi {
  return {
    requiresPayer: true,
    async create(request) {
      const body = buildPaymentBody({
        method: 'pix',
        amountCents: request.amountCents,
        currency: settings.currency,
        payer: request.payer,
        callbackUrl: settings.callbackUrl,
        branch: settings.branch,
        transactionId: request.userReference,
        expiresInSeconds: request.expiresInSeconds,
      });
      const created = await endpoints.createPix(body);
      // The create answer has no timestamps: the lifetime runs from when we heard back.
      return toPixCharge({
        id: created.id,
        status: created.status,
        amountCents: request.amountCents,
        copyAndPaste: created.pix.reference,
        createdAt: new Date(clock.now()).toISOString(),
        expiresInSeconds: request.expiresInSeconds,
        transactionId: request.userReference,
        quote: toQuote(body.currency, created.values, 'POST /v1/payment'),
      });
    },

    async findByReference(userReference) {
      return (await endpoints.findByTransactionId(userReference, 'pix')).map(fromDetails);
    },

    async get(txid) {
      return fromDetails(await endpoints.details(txid));
    },

    async list(filter) {
      // Our pages count from 0, as Astrapay's do; the API's count from 1.
      const apiPage = filter.page + 1;
      const pageOk = Number.isInteger(filter.page) && apiPage >= 1 && apiPage <= MAX_API_PAGE;
      if (!pageOk || !Number.isInteger(filter.pageSize) || filter.pageSize < 1) {
        throw invalidInput('payment.page_invalid', 'page must be >= 0 and pageSize >= 1', 'page');
      }
      const page = await endpoints.list({
        page: apiPage,
        limit: Math.min(filter.pageSize, MAX_PAGE_SIZE),
        sort: 'created_at,desc',
        startTime: filter.from,
        endTime: filter.to,
        customerId: filter.document,
        transactionIds: filter.userReference === undefined ? undefined : [filter.userReference],
      });
      // The API filters by neither method nor status: those two filters apply to the page it sent.
      const items = page.data
        .filter((item) => item.payment_method === 'pix')
        .map(fromListItem)
        .filter((charge) => filter.status === undefined || charge.status === filter.status);
      return { items, page: page.page - 1, pageSize: page.limit, total: page.total };
    },

    ...(simulatePayment && { simulatePayment }),
  };
}

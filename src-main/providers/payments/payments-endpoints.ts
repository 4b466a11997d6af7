/** The three documented endpoints of seed 002, each answer checked against its documented shape. */
import { expectBody, type PaymentsClient } from './payments-client.ts';
import type { PaymentBody, PaymentMethod } from './payment-request.ts';
import {
  CreatedBankTransfer,
  CreatedPix,
  PaymentDetails,
  PaymentPage,
  type PaymentListItem,
} from './payments-schemas.ts';

/** The seed caps `limit` at 40. */
export const MAX_PAGE_SIZE = 40;

export interface PaymentQuery {
  page: number;
  limit: number;
  /** `item,(asc|desc)`. */
  sort?: string;
  startTime?: Date;
  endTime?: Date;
  customerId?: string;
  /** Sent comma-separated, as the seed asks. */
  transactionIds?: readonly string[];
}

export interface PaymentsEndpoints {
  createPix(body: PaymentBody): Promise<CreatedPix>;
  createBankTransfer(body: PaymentBody): Promise<CreatedBankTransfer>;
  details(id: string): Promise<PaymentDetails>;
  list(query: PaymentQuery): Promise<PaymentPage>;
  /** The newest payment of that method we sent with `transaction.id` = transactionId, if the provider has one. */
  /** Every payment of this method with this transaction_id (our sale id), with the details the list leaves out. */
  findByTransactionId(transactionId: string, method: PaymentMethod): Promise<PaymentDetails[]>;
}

const CREATED = [200, 201] as const;

export function createPaymentsEndpoints(send: PaymentsClient): PaymentsEndpoints {
  const list = async (query: PaymentQuery): Promise<PaymentPage> => {
    const response = await send({
      method: 'GET',
      path: '/v1/payments',
      query: {
        page: query.page,
        limit: query.limit,
        sort: query.sort,
        start_time: query.startTime?.toISOString(),
        end_time: query.endTime?.toISOString(),
        customer_id: query.customerId,
        transaction_id: query.transactionIds?.join(','),
      },
    });
    return expectBody(response, [200], 'GET /v1/payments', PaymentPage);
  };

  const details = async (id: string): Promise<PaymentDetails> => {
    const response = await send({ method: 'GET', path: `/v1/payment/${encodeURIComponent(id)}` });
    return expectBody(response, [200], 'GET /v1/payment/{id}', PaymentDetails);
  };

  return {
    async createPix(body) {
      const response = await send({ method: 'POST', path: '/v1/payment', json: body });
      return expectBody(response, CREATED, 'POST /v1/payment', CreatedPix);
    },
    async createBankTransfer(body) {
      const response = await send({ method: 'POST', path: '/v1/payment', json: body });
      return expectBody(response, CREATED, 'POST /v1/payment', CreatedBankTransfer);
    },
    details,
    list,
    async findByTransactionId(transactionId, method) {
      const page = await list({ page: 1, limit: MAX_PAGE_SIZE, sort: 'created_at,desc', transactionIds: [transactionId] });
      const found: PaymentListItem[] = page.data.filter((item) => item.transaction_id === transactionId && item.payment_method === method);
      // The list leaves out the QR and the deposit details; the consult has them.
      return Promise.all(found.map((item) => details(item.id)));
    },
  };
}

/**
 * `POST /v1/card_payments` in the sandbox: validates as seed 004 documents, asks the sandbox's
 * authorizer (test-cards.ts), and answers 201 with the seed's `card_payment` object or 422 with its
 * decline shape. Amount 0 is the card check: approved or declined, nothing charged.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../../core/ports.ts';
import { BRAND_NAMES } from '../../../src-shared/card-checks.ts';
import { jsonBody, type SimRequest, type SimResponse } from '../http-kit.ts';
import { recordTable } from '../store/record-table.ts';
import { checkApiKey } from './auth.ts';
import type { CardVault } from './card-vault.ts';
import { gatewayErrorReply, GENERAL, SANDBOX_GENERAL_MESSAGES } from './gateway-problems.ts';
import { readPayment, type PaymentInput } from './payment-validation.ts';
import { authorize } from './test-cards.ts';

/** What the sandbox remembers of a payment (for its test control): never the card number. */
export interface RecordedPayment {
  muid: string;
  external_id: string | null;
  amount: number;
  payment_type: 'credit' | 'debit';
  installments: number;
  transaction_status: string;
  brand: string;
  first_digits: string;
  last_digits: string;
  created_at: string;
}

const digits = (count: number) => Array.from(randomBytes(count), (byte) => String(byte % 10)).join('');
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function createCardPaymentsRoute(db: DatabaseSync, vault: CardVault, clock: Clock) {
  const recorded = recordTable<RecordedPayment>(db, 'card-payments.payment', {
    id: (payment) => payment.muid,
    createdAt: (payment) => Date.parse(payment.created_at),
  });

  const record = (input: PaymentInput, muid: string, transactionStatus: string): RecordedPayment => {
    const payment: RecordedPayment = {
      muid,
      external_id: input.echo.external_id ?? null,
      amount: input.amount,
      payment_type: input.paymentType === 'DEBIT' ? 'debit' : 'credit',
      installments: input.installments,
      transaction_status: transactionStatus,
      brand: BRAND_NAMES[input.card.brand],
      first_digits: input.card.firstSix,
      last_digits: input.card.lastFour,
      created_at: new Date(clock.now()).toISOString(),
    };
    recorded.put(payment);
    return payment;
  };

  const handle = (request: SimRequest): SimResponse => {
    const denied = checkApiKey(request);
    if (denied) return denied;
    const body = jsonBody(request);
    if (!body.ok) return gatewayErrorReply([{ code: GENERAL, msg: SANDBOX_GENERAL_MESSAGES.malformedJson }]);
    const read = readPayment(body.value, vault);
    if (!read.ok) return read.reply;
    const input = read.value;
    const answer = authorize(input.card, clock.now());
    if (answer.kind === 'server_error') {
      return { status: 500, body: { errors: [{ code: 'INTERNAL_ERROR', msg: 'Internal server error.' }] } };
    }
    if (answer.kind === 'decline') {
      const payment = record(input, hex(16), 'REJECTED');
      return gatewayErrorReply([{ code: 'AUTHORIZER_REJECTED', msg: answer.msg }], {
        muid: payment.muid,
        request_token: hex(16).toUpperCase(),
        amount: input.amount,
        currency: input.currency,
        tracking_number: digits(32),
        last_digits: payment.last_digits,
        transaction_status: 'REJECTED',
        brand_response_code: answer.brandResponseCode,
        multiacq_id: '021',
      });
    }
    const waiting = answer.kind === 'waiting_3ds';
    const payment = record(input, randomUUID(), waiting ? 'waiting' : 'authorized');
    return { status: 201, body: { card_payment: present(payment, input, waiting ? 'waiting_3ds_authentication' : 'approved') } };
  };

  return { handle, recorded: (): RecordedPayment[] => recorded.list() };
}

/** Every field of the seed's 201 example, in its order. */
function present(payment: RecordedPayment, input: PaymentInput, status: string) {
  const authorized = payment.transaction_status === 'authorized';
  return {
    muid: payment.muid,
    external_id: payment.external_id,
    slug: null,
    rrn: digits(12),
    amount: payment.amount,
    currency: input.currency,
    status,
    last_digits: payment.last_digits,
    installments: payment.installments,
    tracking_number: payment.muid,
    card_holder_name: input.holder.name,
    card_holder_email: null,
    card_holder_document: input.holder.document,
    brand: payment.brand,
    request_token: `req_tok_${hex(8)}`,
    payment_type: payment.payment_type,
    authorization_code: authorized ? hex(3).toUpperCase() : null,
    refund_tracking_number: null,
    first_digits: payment.first_digits,
    active: true,
    slug_authorizer: randomUUID(),
    slug_customer: randomUUID(),
    slug_terminal: randomUUID(),
    slug_merchant: randomUUID(),
    sales_channel: null,
    authorizer_merchant_id: 'M1234567',
    authorizer_terminal_id: 'T7654321',
    transaction_status: payment.transaction_status,
    product_or_issuer: null,
    settlement_management_type: null,
    transaction_method: '',
    cancelling: false,
    platform_name: input.echo.platform_name ?? null,
    billing_url: input.echo.billing_url ?? null,
    return_url: input.echo.return_url ?? null,
    created_at: payment.created_at,
  };
}

/**
 * The sandbox's payments and how their status moves by itself, each change dated when it happened:
 * - a PIX payment expires `pix.expire_in` seconds (default 1800) after creation; a bank transfer does not;
 * - an amount whose centavos are 01 (2.01, 10.01...) is paid `autoPayDelayMs` after creation (if still payable);
 * - a payer with the CPF `SANDBOX_DENIED_CPF` is denied at that same moment, whatever the amount.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../../core/ports.ts';
import { buildBrCode } from '../br-code.ts';
import { recordTable, type RecordFilter } from '../store/record-table.ts';
import type { ValidPayment } from './payment-validation.ts';
import { price, type Price } from './pricing.ts';

/** 111.444.777-35: a valid CPF whose every payment the sandbox denies. */
export const SANDBOX_DENIED_CPF = '11144477735';
export const DEFAULT_EXPIRE_IN_SECONDS = 1800;
/** Who the customer pays, on the PIX QR and on the deposit account alike. */
export const SANDBOX_BENEFICIARY = 'Payments Sandbox Ltda';

export type PaymentStatus = 'pending' | 'paid' | 'denied' | 'expired';

export interface StoredPayment {
  id: string;
  /** Creation order, to keep sorting stable when two payments share a timestamp. */
  seq: number;
  input: ValidPayment;
  price: Price;
  /** PIX only: the dynamic BR Code for the total, served as both `qrcode` and `reference`. */
  brCode: string | undefined;
  status: PaymentStatus;
  createdAt: number;
  updatedAt: number;
  expiresAt: number | undefined;
  /** When the sandbox rules settle it by themselves, and how. */
  settles: { at: number; to: 'paid' | 'denied' } | undefined;
}

export interface PaymentStore {
  add(input: ValidPayment): StoredPayment;
  get(id: string): StoredPayment | undefined;
  /** In creation order, optionally only those created within a window. */
  list(window?: RecordFilter): StoredPayment[];
  /** The control endpoint's "customer pays": false when the payment is unknown or no longer pending. */
  pay(id: string): boolean;
}

export function createPaymentStore(db: DatabaseSync, clock: Clock, autoPayDelayMs: number): PaymentStore {
  const payments = recordTable<StoredPayment>(db, 'payments.payment', { id: (payment) => payment.id, createdAt: (payment) => payment.createdAt });
  let seq = payments.count();

  const current = (payment: StoredPayment): StoredPayment => {
    if (payment.status !== 'pending') return payment;
    const now = clock.now();
    const { settles, expiresAt } = payment;
    if (settles && now >= settles.at && (expiresAt === undefined || settles.at < expiresAt)) {
      payment.status = settles.to;
      payment.updatedAt = settles.at;
    } else if (expiresAt !== undefined && now >= expiresAt) {
      payment.status = 'expired';
      payment.updatedAt = expiresAt;
    }
    return payment;
  };

  return {
    add(input) {
      const createdAt = clock.now();
      const denied = input.document === SANDBOX_DENIED_CPF;
      const autoPaid = input.amountCents % 100 === 1;
      const id = randomUUID();
      const charged = price(input.amountCents, input.currency);
      const payment: StoredPayment = {
        id,
        seq: seq++,
        input,
        price: charged,
        brCode:
          input.payment_method === 'pix'
            ? buildBrCode({
                merchantName: SANDBOX_BENEFICIARY,
                merchantCity: 'Sao Paulo',
                amountCents: charged.totalCents,
                location: `qr.payments-sandbox.invalid/v2/${id.replaceAll('-', '')}`,
              })
            : undefined,
        status: 'pending',
        createdAt,
        updatedAt: createdAt,
        expiresAt:
          input.payment_method === 'pix' ? createdAt + (input.pix?.expire_in ?? DEFAULT_EXPIRE_IN_SECONDS) * 1000 : undefined,
        settles: denied || autoPaid ? { at: createdAt + autoPayDelayMs, to: denied ? 'denied' : 'paid' } : undefined,
      };
      payments.put(payment);
      return payment;
    },
    get(id) {
      const payment = payments.get(id);
      return payment && current(payment);
    },
    list(window) {
      return payments.list(window).map(current);
    },
    pay(id) {
      const payment = payments.get(id);
      if (!payment || current(payment).status !== 'pending') return false;
      payments.put({ ...payment, status: 'paid', updatedAt: clock.now() });
      return true;
    },
  };
}

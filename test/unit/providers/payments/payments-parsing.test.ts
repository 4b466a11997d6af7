/**
 * The answers of seed 002 as the README documents them: each documented field list parses, a missing
 * documented field does not, and the mapping to the till's types is exact to the centavo.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../../src-main/providers/payments/payments-client.ts';
import { pixStatus, toBankTransfer, toPixCharge, toQuote } from '../../../../src-main/providers/payments/payments-mapping.ts';
import {
  CreatedBankTransfer,
  CreatedPix,
  PaymentDetails,
  PaymentPage,
  PixBlock,
  Values,
} from '../../../../src-main/providers/payments/payments-schemas.ts';

const BR_CODE = '00020101021226830014br.gov.bcb.pix6304ABCD';
const VALUES = { total: '53.29', subtotal: '52.50', exchange: '5.2500', fee: '0.79' };
const BANK = {
  name: 'Banco Sandbox S.A.',
  code: '999',
  agency: '0001-9',
  account: '123456-7',
  account_operation: 'current account',
  document: '11222333000181',
  beneficiary: 'Payments Sandbox Ltda',
};
const RECORDED = {
  id: 'pay-1',
  customer_id: '12345678909',
  transaction_id: 'sale-1',
  amount: '10.00',
  currency: 'USD',
  status: 'pending',
  created_at: '2024-05-01T12:00:00.000Z',
  updated_at: '2024-05-01T12:00:00.000Z',
};

/** Every documented field of `shape`, each left out in turn, must be refused. */
function eachFieldRequired(schema: v.GenericSchema, shape: Record<string, unknown>): void {
  expect(v.safeParse(schema, shape).success).toBe(true);
  for (const field of Object.keys(shape)) {
    const { [field]: _left, ...rest } = shape;
    expect(v.safeParse(schema, rest).success, `without ${field}`).toBe(false);
  }
}

describe('response shapes', () => {
  it('create (PIX): id, status, payment.method, values, pix.{qrcode, reference, beneficiary}', () => {
    const pix = { qrcode: BR_CODE, reference: BR_CODE, beneficiary: 'Payments Sandbox Ltda' };
    eachFieldRequired(CreatedPix, { id: 'pay-1', status: 'pending', payment: { method: 'pix' }, values: VALUES, pix });
    eachFieldRequired(Values, VALUES);
    eachFieldRequired(PixBlock, pix);
    expect(v.safeParse(CreatedPix, { id: 'p', status: 'pending', payment: { method: 'bank_transfer' }, values: VALUES, pix }).success).toBe(false);
  });

  it('create (bank transfer): id, status, payment.method, values, bank.{name, code, agency, account, account_operation, document, beneficiary}', () => {
    eachFieldRequired(CreatedBankTransfer, { id: 'pay-1', status: 'pending', payment: { method: 'bank_transfer' }, values: VALUES, bank: BANK });
    eachFieldRequired(CreatedBankTransfer.entries.bank, BANK);
  });

  it('consult: id, customer_id, transaction_id, amount, currency, status, method, created_at, updated_at', () => {
    eachFieldRequired(PaymentDetails, { ...RECORDED, method: 'pix' });
  });

  it('list: { data, page, limit, total } of items with payment_method', () => {
    eachFieldRequired(PaymentPage, { data: [{ ...RECORDED, payment_method: 'bank_transfer' }], page: 1, limit: 20, total: 1 });
    const item = { ...RECORDED, payment_method: 'pix' };
    eachFieldRequired(PaymentPage.entries.data.item, item);
  });

  it('refuses a status, a method or a currency outside the seed’s lists', () => {
    expect(v.safeParse(PaymentDetails, { ...RECORDED, method: 'pix', status: 'refunded' }).success).toBe(false);
    expect(v.safeParse(PaymentDetails, { ...RECORDED, method: 'card' }).success).toBe(false);
    expect(v.safeParse(PaymentDetails, { ...RECORDED, method: 'pix', currency: 'EUR' }).success).toBe(false);
    expect(v.safeParse(PaymentDetails, { ...RECORDED, method: 'pix', amount: '10,00' }).success).toBe(false);
  });
});

describe('mapping', () => {
  it('maps the four statuses: pending→active, paid→paid, denied→denied, expired→expired', () => {
    expect(['pending', 'paid', 'denied', 'expired'].map((status) => pixStatus(status as 'pending'))).toEqual([
      'active',
      'paid',
      'denied',
      'expired',
    ]);
  });

  it('reads the quote in centavos from strings and from JSON numbers alike', () => {
    const expected = { currency: 'USD', totalCents: 5329, subtotalCents: 5250, exchangeRate: '5.2500', feeCents: 79 };
    expect(toQuote('USD', VALUES, 'here')).toEqual(expected);
    expect(toQuote('USD', { total: 53.29, subtotal: 52.5, exchange: '5.2500', fee: 0.79 }, 'here')).toEqual(expected);
  });

  it('dates a PIX charge’s expiry from its creation and lifetime, 1800 s when unknown', () => {
    const facts = { id: 'p', status: 'paid' as const, amountCents: 1000, copyAndPaste: '', createdAt: '2024-05-01T12:00:00.000Z', transactionId: 's', quote: undefined };
    expect(toPixCharge({ ...facts, expiresInSeconds: 60 }).expiresAt).toBe('2024-05-01T12:01:00.000Z');
    expect(toPixCharge({ ...facts, expiresInSeconds: undefined })).toMatchObject({ expiresAt: '2024-05-01T12:30:00.000Z', status: 'paid', userReference: 's' });
    expect(toPixCharge({ ...facts, expiresInSeconds: undefined })).not.toHaveProperty('quote');
  });

  it('turns the bank block into deposit details', () => {
    const transfer = toBankTransfer({ id: 'p', status: 'pending', amountCents: 1000, createdAt: 'now', quote: undefined }, BANK);
    expect(transfer.bank).toEqual({
      name: 'Banco Sandbox S.A.',
      code: '999',
      agency: '0001-9',
      account: '123456-7',
      accountType: 'current account',
      document: '11222333000181',
      beneficiary: 'Payments Sandbox Ltda',
    });
  });
});

describe('error bodies', () => {
  it('names the first field the provider complained about, or its message', () => {
    expect(errorMessage({ message: 'The given data was invalid.', errors: { email: ['The email must be at least 30 characters.'] } })).toBe(
      'email: The email must be at least 30 characters.',
    );
    expect(errorMessage({ message: 'Unauthenticated.' })).toBe('Unauthenticated.');
    expect(errorMessage('<html>')).toBeUndefined();
    expect(errorMessage(undefined)).toBeUndefined();
  });
});

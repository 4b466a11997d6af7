/** The `POST /v1/payment` body (seed 002): its exact shape, and every documented field rule enforced before sending. */
import { describe, expect, it } from 'vitest';
import { PosError } from '../../../../src-main/core/errors.ts';
import { buildPaymentBody, type PaymentOrder } from '../../../../src-main/providers/payments/payment-request.ts';
import { PLACEHOLDER_CALLBACK_URL, paymentsSettings } from '../../../../src-main/providers/payments/payments-settings.ts';

const CPF = '12345678909';
const EMAIL_30 = 'ana.maria.souza@exemplo.com.br';

function order(overrides: Partial<PaymentOrder> = {}): PaymentOrder {
  return {
    method: 'pix',
    amountCents: 30010,
    currency: 'BRL',
    payer: { name: 'Ana Maria Souza', email: EMAIL_30, document: CPF },
    callbackUrl: PLACEHOLDER_CALLBACK_URL,
    branch: undefined,
    transactionId: 'sale-0001',
    expiresInSeconds: 900,
    ...overrides,
  };
}

function refusal(overrides: Partial<PaymentOrder>): { reason: string | undefined; field: string | undefined; code: string } {
  try {
    buildPaymentBody(order(overrides));
  } catch (error) {
    expect(error).toBeInstanceOf(PosError);
    const { reason, field, code } = error as PosError;
    return { reason, field, code };
  }
  throw new Error('Expected the order to be refused');
}

describe('POST /v1/payment body', () => {
  it('has exactly the seed’s fields: amount as a dot decimal, our sale id as transaction.id, the payer’s CPF as customer_id', () => {
    expect(EMAIL_30).toHaveLength(30);
    expect(buildPaymentBody(order({ branch: 'Loja Centro' }))).toEqual({
      customer_id: CPF,
      branch: 'Loja Centro',
      name: 'Ana Maria Souza',
      email: EMAIL_30,
      document: CPF,
      amount: '300.10',
      currency: 'BRL',
      payment_method: 'pix',
      callback: PLACEHOLDER_CALLBACK_URL,
      transaction: { id: 'sale-0001' },
      pix: { expire_in: 900 },
    });
  });

  it('leaves out branch and pix when there is none (a bank transfer has no expire_in)', () => {
    const body = buildPaymentBody(order({ method: 'bank_transfer', expiresInSeconds: undefined, currency: 'USD' }));
    expect(body).not.toHaveProperty('branch');
    expect(body).not.toHaveProperty('pix');
    expect(body).toMatchObject({ payment_method: 'bank_transfer', currency: 'USD' });
  });

  it('writes amounts without float drift', () => {
    expect(buildPaymentBody(order({ amountCents: 200 })).amount).toBe('2.00');
    expect(buildPaymentBody(order({ amountCents: 1999 })).amount).toBe('19.99');
    expect(buildPaymentBody(order({ amountCents: 9_999_999_999 })).amount).toBe('99999999.99');
  });

  it('sends the payer’s name and e-mail trimmed', () => {
    const body = buildPaymentBody(order({ payer: { name: '  Ana Maria Souza ', email: ` ${EMAIL_30} `, document: CPF } }));
    expect(body.name).toBe('Ana Maria Souza');
    expect(body.email).toBe(EMAIL_30);
  });

  it('accepts every limit exactly at its edge', () => {
    const edges: Partial<PaymentOrder>[] = [
      { payer: { name: 'Ana', email: EMAIL_30, document: CPF } },
      { payer: { name: 'A'.repeat(150), email: EMAIL_30, document: CPF } },
      { payer: { name: 'Ana', email: `${'a'.repeat(243)}@example.com`, document: CPF } },
      { amountCents: 200 },
      { amountCents: 9_999_999_999 },
      { callbackUrl: `https://a.example/${'x'.repeat(12)}` },
      { callbackUrl: `http://shop.example/${'x'.repeat(230)}` },
      { expiresInSeconds: 1 },
      { expiresInSeconds: 2_147_483_647 },
      { branch: 'B' },
      { branch: 'B'.repeat(255) },
      { transactionId: 'T'.repeat(255) },
    ];
    for (const edge of edges) expect(() => buildPaymentBody(order(edge)), JSON.stringify(edge).slice(0, 80)).not.toThrow();
    expect(`https://a.example/${'x'.repeat(12)}`).toHaveLength(30);
    expect(`${'a'.repeat(243)}@example.com`).toHaveLength(255);
  });
});

describe('field rules refused before sending', () => {
  const payer = (patch: Record<string, unknown>) => ({ payer: { name: 'Ana Maria Souza', email: EMAIL_30, document: CPF, ...patch } });

  it.each([
    ['no payer', { payer: undefined }, 'payer.required', 'payer'],
    ['a name of 2 characters', payer({ name: 'Al' }), 'payer.name_length', 'name'],
    ['a name of only spaces', payer({ name: '     ' }), 'payer.name_length', 'name'],
    ['a name of 151 characters', payer({ name: 'A'.repeat(151) }), 'payer.name_length', 'name'],
    ['no e-mail', payer({ email: undefined }), 'payer.email_required', 'email'],
    ['an e-mail without @', payer({ email: 'ana.maria.souza.exemplo.com.br.x' }), 'payer.email_format', 'email'],
    ['an e-mail of 29 characters', payer({ email: 'ana.maria.souz@exemplo.com.br' }), 'payer.email_length', 'email'],
    ['an e-mail of 256 characters', payer({ email: `${'a'.repeat(244)}@example.com` }), 'payer.email_length', 'email'],
    ['a CPF with a wrong check digit', payer({ document: '12345678900' }), 'payer.cpf_invalid', 'document'],
    ['a CPF of one repeated digit', payer({ document: '11111111111' }), 'payer.cpf_invalid', 'document'],
    ['a CPF with punctuation', payer({ document: '123.456.789-09' }), 'payer.cpf_invalid', 'document'],
    ['a CNPJ', payer({ document: '11222333000181' }), 'payer.cpf_invalid', 'document'],
    ['an amount of 1.99', { amountCents: 199 }, 'payment.amount_below_minimum', 'amount'],
    ['an amount of 0', { amountCents: 0 }, 'payment.amount_below_minimum', 'amount'],
    ['an amount past decimal (10,2)', { amountCents: 10_000_000_000 }, 'payment.amount_too_large', 'amount'],
    ['fractions of a centavo', { amountCents: 250.5 }, 'payment.amount_not_cents', 'amount'],
    ['a currency in lower case', { currency: 'usd' }, 'payment.currency_unsupported', 'currency'],
    ['a currency the API does not take', { currency: 'EUR' }, 'payment.currency_unsupported', 'currency'],
    ['a callback of 29 characters', { callbackUrl: `https://a.example/${'x'.repeat(11)}` }, 'payment.callback_invalid', 'callback'],
    ['a callback of 251 characters', { callbackUrl: `http://shop.example/${'x'.repeat(231)}` }, 'payment.callback_invalid', 'callback'],
    ['a callback that is not http(s)', { callbackUrl: 'ftp://files.example.com.br/payments/cb' }, 'payment.callback_invalid', 'callback'],
    ['a callback that is not a URL', { callbackUrl: 'not a url but thirty characters long' }, 'payment.callback_invalid', 'callback'],
    ['an empty transaction id', { transactionId: '' }, 'payment.transaction_id_length', 'transaction.id'],
    ['a transaction id of 256 characters', { transactionId: 'T'.repeat(256) }, 'payment.transaction_id_length', 'transaction.id'],
    ['an empty branch', { branch: '' }, 'payment.branch_length', 'branch'],
    ['a branch of 256 characters', { branch: 'B'.repeat(256) }, 'payment.branch_length', 'branch'],
    ['expire_in of 0', { expiresInSeconds: 0 }, 'payment.expire_in_invalid', 'pix.expire_in'],
    ['expire_in of 1.5', { expiresInSeconds: 1.5 }, 'payment.expire_in_invalid', 'pix.expire_in'],
    ['expire_in past integer (11)', { expiresInSeconds: 2_147_483_648 }, 'payment.expire_in_invalid', 'pix.expire_in'],
  ] as const)('refuses %s', (_label, overrides, reason, field) => {
    expect(refusal(overrides as Partial<PaymentOrder>)).toEqual({ code: 'invalid_input', reason, field });
  });
});

describe('payments settings', () => {
  it('default to reais and the placeholder callback, which itself passes the callback rule', () => {
    const settings = paymentsSettings({ currency: '', callbackUrl: '  ', branch: '' });
    expect(settings).toEqual({ currency: 'BRL', callbackUrl: PLACEHOLDER_CALLBACK_URL, branch: undefined });
    expect(() => buildPaymentBody(order({ callbackUrl: settings.callbackUrl }))).not.toThrow();
    expect(new URL(PLACEHOLDER_CALLBACK_URL).hostname.endsWith('.invalid')).toBe(true);
  });

  it('keep what the shop configured', () => {
    expect(paymentsSettings({ currency: 'USD', callbackUrl: 'https://shop.example.com.br/callback', branch: 'Centro' })).toEqual({
      currency: 'USD',
      callbackUrl: 'https://shop.example.com.br/callback',
      branch: 'Centro',
    });
  });
});

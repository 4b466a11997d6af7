/** Every documented field rule of seed 002 is refused by the adapter itself: the sandbox never hears of it. */
import { describe, expect, it } from 'vitest';
import type { Payer } from '../../../../src-main/providers/provider.ts';
import { paymentsOn, PAYER, pixRequest, posErrorOf, startPaymentsSandbox, type PaymentsOnSandboxOptions } from './payments-on-sandbox.ts';

const payer = (patch: Partial<Payer>): Payer => ({ ...PAYER, ...patch });

const cases: [string, PaymentsOnSandboxOptions, Parameters<typeof pixRequest>[1], string, string][] = [
  ['no payer', {}, { payer: undefined }, 'payer.required', 'payer'],
  ['a short name', {}, { payer: payer({ name: 'Jo' }) }, 'payer.name_length', 'name'],
  ['no e-mail', {}, { payer: payer({ email: undefined }) }, 'payer.email_required', 'email'],
  ['a malformed e-mail', {}, { payer: payer({ email: 'maria.da.silva.compras.example.com.br' }) }, 'payer.email_format', 'email'],
  ['an e-mail under 30 characters', {}, { payer: payer({ email: 'maria@example.com.br' }) }, 'payer.email_length', 'email'],
  ['a bad CPF', {}, { payer: payer({ document: '12345678900' }) }, 'payer.cpf_invalid', 'document'],
  ['an amount under 2.00', {}, { amountCents: 199 }, 'payment.amount_below_minimum', 'amount'],
  ['an amount past decimal (10,2)', {}, { amountCents: 10_000_000_000 }, 'payment.amount_too_large', 'amount'],
  ['a lifetime of 0 s', {}, { expiresInSeconds: 0 }, 'payment.expire_in_invalid', 'pix.expire_in'],
  ['a configured currency the API lacks', { currency: 'EUR' }, {}, 'payment.currency_unsupported', 'currency'],
  ['a configured callback too short', { callbackUrl: 'https://shop.example/cb' }, {}, 'payment.callback_invalid', 'callback'],
  ['a configured branch too long', { branch: 'B'.repeat(256) }, {}, 'payment.branch_length', 'branch'],
  ['a sale id too long', {}, { userReference: 'S'.repeat(256) }, 'payment.transaction_id_length', 'transaction.id'],
];

describe('Payments provider: field rules checked before any HTTP request', () => {
  it.each(cases)('refuses %s', async (_label, options, overrides, reason, field) => {
    const sim = await startPaymentsSandbox();
    const provider = paymentsOn(sim, options);

    const error = await posErrorOf(provider.pix?.create(pixRequest(1000, overrides)) ?? Promise.resolve());

    expect(error).toMatchObject({ code: 'invalid_input', reason, field, retryable: false });
    expect(sim.stats().requests).toEqual({});
  });

  it('the bank transfer checks its payer the same way', async () => {
    const sim = await startPaymentsSandbox();
    const create = paymentsOn(sim).bankTransfer?.create({ amountCents: 1000, payer: payer({ name: 'Jo' }), reference: 's', transactionId: 't' });

    expect(await posErrorOf(create ?? Promise.resolve())).toMatchObject({ code: 'invalid_input', reason: 'payer.name_length' });
    expect(sim.stats().requests).toEqual({});
  });

  it('the same request with the rules met does reach the sandbox', async () => {
    const sim = await startPaymentsSandbox();
    await paymentsOn(sim).pix?.create(pixRequest(1000));
    expect(sim.stats().requests).toEqual({ 'POST /payments/v1/payment': 1 });
  });
});

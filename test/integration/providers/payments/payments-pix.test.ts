/** The Payments provider's PIX (seed 002) against the embedded sandbox over real loopback HTTP. */
import { describe, expect, it } from 'vitest';
import { parseBrCode } from '../../../../src-main/pix/br-code.ts';
import { capabilitiesOf } from '../../../../src-main/providers/provider-capabilities.ts';
import { pixOf } from '../../../../src-main/providers/provider.ts';
import { SANDBOX_DENIED_CPF } from '../../../../src-main/simulator/payments/payment-store.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { CREATE_ROUTE, DETAILS_ROUTE, json, paymentsOn, PAYER, pixRequest, rawDetails, startPaymentsSandbox } from './payments-on-sandbox.ts';

describe('Payments provider: creating a PIX charge', () => {
  it('in BRL (the till’s default): the amount as asked, the quote in centavos, a valid BR Code for the total', async () => {
    const sim = await startPaymentsSandbox();
    const request = pixRequest(30010, { expiresInSeconds: 900 });

    const charge = await pixOf(paymentsOn(sim)).create(request);

    expect(charge).toMatchObject({ amountCents: 30010, status: 'active', userReference: request.userReference });
    expect(charge.quote).toEqual({ currency: 'BRL', totalCents: 30460, subtotalCents: 30010, exchangeRate: '1.0000', feeCents: 450 });
    expect(Date.parse(charge.expiresAt) - Date.parse(charge.createdAt)).toBe(900_000);
    const fields = parseBrCode(charge.copyAndPaste);
    expect(fields.get('54')).toBe('304.60');
    expect(fields.get('01')).toBe('12');
  });

  it('sends the seed’s fields: BRL, our sale id as transaction.id, the payer’s CPF as customer_id', async () => {
    const sim = await startPaymentsSandbox();
    const request = pixRequest(4550);

    const charge = await pixOf(paymentsOn(sim, { branch: 'Loja Centro' })).create(request);

    expect(await json(await rawDetails(sim, charge.txid))).toMatchObject({
      customer_id: PAYER.document,
      transaction_id: request.userReference,
      amount: '45.50',
      currency: 'BRL',
      method: 'pix',
      pix: { expire_in: 600 },
    });
  });

  it('in USD when the shop says so: converted, total = subtotal + fee, exact to the centavo', async () => {
    const sim = await startPaymentsSandbox();
    const provider = paymentsOn(sim, { currency: 'USD' });

    const ten = await pixOf(provider).create(pixRequest(1000));
    const odd = await pixOf(provider).create(pixRequest(1999));

    expect(ten.amountCents).toBe(1000);
    expect(ten.quote).toEqual({ currency: 'USD', totalCents: 5329, subtotalCents: 5250, exchangeRate: '5.2500', feeCents: 79 });
    expect(odd.quote).toEqual({ currency: 'USD', totalCents: 10652, subtotalCents: 10495, exchangeRate: '5.2500', feeCents: 157 });
    for (const quote of [ten.quote, odd.quote]) {
      expect(quote && quote.subtotalCents + quote.feeCents).toBe(quote?.totalCents);
      expect(Number.isInteger(quote?.totalCents)).toBe(true);
    }
    expect(parseBrCode(odd.copyAndPaste).get('54')).toBe('106.52');
  });

  it('demands a payer, lists its charges, takes no refunds or static QR, and can simulate payments in the sandbox', async () => {
    const sim = await startPaymentsSandbox();
    expect(capabilitiesOf(paymentsOn(sim))).toMatchObject({
      pixDynamic: true,
      pixRequiresPayer: true,
      pixList: true,
      pixRefund: false,
      pixStatic: false,
      simulatePayment: true,
      card: false,
      bankTransfer: true,
    });
  });

  it('testConnection proves the key with one cheap list call', async () => {
    const sim = await startPaymentsSandbox();
    await paymentsOn(sim).testConnection();
    expect(sim.stats().requests).toEqual({ 'GET /payments/v1/payments': 1 });
  });
});

describe('Payments provider: consulting a PIX charge', () => {
  it('get returns what create returned, but for the provider’s own timestamps', async () => {
    const sim = await startPaymentsSandbox();
    const provider = paymentsOn(sim, { currency: 'USD' });
    const created = await pixOf(provider).create(pixRequest(2590, { expiresInSeconds: 300 }));

    const consulted = await pixOf(provider).get(created.txid);

    const { createdAt: _a, expiresAt: _b, ...sameFacts } = created;
    expect(consulted).toMatchObject(sameFacts);
    expect(Date.parse(consulted.expiresAt) - Date.parse(consulted.createdAt)).toBe(300_000);
    expect(sim.stats().requests).toEqual({ [CREATE_ROUTE]: 1, [DETAILS_ROUTE]: 1 });
  });

  it('follows the status: pending → paid by the 01-centavos rule, 50 centavos stays active', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock, autoPayDelayMs: 30_000 });
    const pix = pixOf(paymentsOn(sim));
    const endsIn01 = await pix.create(pixRequest(1201));
    const endsIn50 = await pix.create(pixRequest(1250));

    clock.advance(29_999);
    expect((await pix.get(endsIn01.txid)).status).toBe('active');
    clock.advance(1);
    expect((await pix.get(endsIn01.txid)).status).toBe('paid');
    expect((await pix.get(endsIn50.txid)).status).toBe('active');
  });

  it('pending → paid through the demo’s simulate-payment control', async () => {
    const sim = await startPaymentsSandbox();
    const pix = pixOf(paymentsOn(sim));
    const charge = await pix.create(pixRequest(1250));

    await pix.simulatePayment?.(charge.txid);

    expect((await pix.get(charge.txid)).status).toBe('paid');
    await expect(pix.simulatePayment?.(charge.txid)).rejects.toMatchObject({ code: 'invalid_state', reason: 'sale.not_payable' });
  });

  it('pending → expired after its lifetime', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock });
    const pix = pixOf(paymentsOn(sim));
    const charge = await pix.create(pixRequest(1250, { expiresInSeconds: 60 }));

    clock.advance(60_000);

    expect((await pix.get(charge.txid)).status).toBe('expired');
  });

  it(`pending → denied for the sandbox's denied CPF ${SANDBOX_DENIED_CPF}`, async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock, autoPayDelayMs: 5000 });
    const pix = pixOf(paymentsOn(sim));
    const charge = await pix.create(pixRequest(1201, { payer: { ...PAYER, document: SANDBOX_DENIED_CPF } }));

    expect(charge.status).toBe('active');
    clock.advance(5000);
    expect((await pix.get(charge.txid)).status).toBe('denied');
  });

  it('a bank transfer id is not a PIX charge', async () => {
    const sim = await startPaymentsSandbox();
    const provider = paymentsOn(sim);
    const transfer = await provider.bankTransfer?.create({ amountCents: 5000, payer: PAYER, reference: 'sale-x', transactionId: 'a' });

    await expect(pixOf(provider).get(transfer?.id ?? '')).rejects.toMatchObject({ code: 'not_found' });
    await expect(pixOf(provider).get('no-such-payment')).rejects.toMatchObject({ code: 'not_found', reason: 'provider.not_found' });
  });
});

/** Refunds through the router: PIX devolutions followed to completion, card cancellations, and the limits. */
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

async function paidPix(t: TestCore, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
  const paid = okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id }));
  expect(paid.state).toBe('paid');
  okValue(await t.invoke('sale.dismiss'));
  return paid;
}

const refundState = async (t: TestCore, saleId: string, index: number) =>
  okValue<SaleView>(await t.invoke('sale.get', { saleId })).refunds[index]?.state;

describe('refunds', () => {
  it('refunds a PIX in two parts, follows each to completion, and never above what was paid', async () => {
    const t = await startTestCore();
    const sale = await paidPix(t, 10_000);

    const partial = okValue<SaleView>(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 3_000, reason: 'Produto com defeito' }));
    expect(partial.refunds).toHaveLength(1);
    expect(partial.refunds[0]).toMatchObject({ amountCents: 3_000, reason: 'Produto com defeito' });
    await waitFor(async () => (await refundState(t, sale.id, 0)) === 'completed', 'the first refund to complete');

    expect(errorOf(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 7_001, reason: 'Demais' }))).toMatchObject({ reason: 'refund.too_much' });
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 7_000, reason: 'Cliente desistiu' }));
    await waitFor(async () => (await refundState(t, sale.id, 1)) === 'completed', 'the second refund to complete');
    expect(errorOf(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 1, reason: 'Mais um' }))).toMatchObject({ reason: 'refund.too_much' });
    expect(readLedger(t.dataDir, sale.id).sale?.state).toBe('paid');
  });

  it('counts a refund the provider failed as not refunded, so the money can be refunded again', async () => {
    const t = await startTestCore();
    const sale = await paidPix(t, 5_000);
    // The sandbox fails refunds whose centavos are 99 (see the Astrapay adapter's README).
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 1_099, reason: 'Teste de falha' }));
    await waitFor(async () => (await refundState(t, sale.id, 0)) === 'failed', 'the refund to fail');
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 5_000, reason: 'Devolução total' }));
    await waitFor(async () => (await refundState(t, sale.id, 1)) === 'completed', 'the full refund');
  });

  it('refuses to refund a sale that was not paid', async () => {
    const t = await startTestCore();
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2_500 }));
    expect(errorOf(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 100, reason: 'x' }))).toMatchObject({ reason: 'refund.not_paid' });
  });

  it('cancels part of a card sale', async () => {
    const t = await startTestCore();
    const sale = okValue<SaleView>(
      await t.invoke('sale.startCard', {
        amountCents: 9_000,
        paymentType: 'credit',
        installments: 3,
        card: { number: '4111111111111111', holderName: 'JOSE SOUZA', holderDocument: '11144477735', expiry: '122030', cvv: '123' },
      }),
    );
    okValue(await t.invoke('sale.dismiss'));
    const refunded = okValue<SaleView>(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 4_000, reason: 'Troca' }));
    expect(refunded.refunds[0]).toMatchObject({ amountCents: 4_000, state: 'completed' });
    expect(errorOf(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 5_001, reason: 'Demais' }))).toMatchObject({ reason: 'refund.too_much' });
  });
});

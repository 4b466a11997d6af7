/** Bank transfers on the Payments gateway's sandbox: deposit details, then paid, denied or refused early. */
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };

async function tillOnPayments(): Promise<TestCore> {
  const t = await startTestCore();
  okValue(await t.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: null }));
  return t;
}

const stateOf = async (t: TestCore, saleId: string) => okValue<SaleView>(await t.invoke('sale.get', { saleId })).state;

describe('bank transfer', () => {
  it('shows where to deposit and follows the payment until it is paid', async () => {
    const t = await tillOnPayments();
    const sale = okValue<SaleView>(await t.invoke('sale.startBankTransfer', { amountCents: 15_001, payer: PAYER }));
    expect(sale).toMatchObject({ method: 'bank_transfer', state: 'awaiting_payment' });
    expect(sale.bankTransfer?.bank.account).toBeTruthy();
    expect(sale.bankTransfer?.bank.beneficiary).toBeTruthy();
    expect(sale.bankTransfer?.quote?.totalCents).toBeGreaterThanOrEqual(15_001);
    // The sandbox pays amounts whose centavos are 01 by itself.
    await waitFor(async () => (await stateOf(t, sale.id)) === 'paid', 'the deposit');
  });

  it('ends the sale when the provider denies the payer', async () => {
    const t = await tillOnPayments();
    // The Payments sandbox always denies CPF 111.444.777-35 (see its README).
    const sale = okValue<SaleView>(await t.invoke('sale.startBankTransfer', { amountCents: 8_000, payer: { ...PAYER, document: '11144477735' } }));
    await waitFor(async () => (await stateOf(t, sale.id)) === 'failed', 'the denial');
    expect(okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).problem).toMatchObject({ reason: 'transfer.denied' });
  });

  it('is refused on a provider without bank transfers, before any sale is written', async () => {
    const t = await startTestCore();
    expect(errorOf(await t.invoke('sale.startBankTransfer', { amountCents: 8_000, payer: PAYER }))).toMatchObject({ reason: 'provider.no_bank_transfer' });
    expect(okValue(await t.invoke('sale.current'))).toBeNull();
  });

  it('checks the payer before sending anything', async () => {
    const t = await tillOnPayments();
    const before = JSON.stringify(t.sim.stats().requests);
    const refused = errorOf(await t.invoke('sale.startBankTransfer', { amountCents: 8_000, payer: { ...PAYER, document: '52998224724' } }));
    expect(refused.code).toBe('invalid_input');
    expect(JSON.stringify(t.sim.stats().requests)).toBe(before);
  });
});

describe('bank transfer in demo mode', () => {
  it('is paid by the simulate-payment action, and a deposit after a cancel still makes it a paid sale', async () => {
    const t = await tillOnPayments();
    const first = okValue<SaleView>(await t.invoke('sale.startBankTransfer', { amountCents: 12_000, payer: PAYER }));
    expect(okValue<SaleView>(await t.invoke('sale.simulatePayment', { saleId: first.id })).state).toBe('paid');
    okValue(await t.invoke('sale.dismiss'));

    const second = okValue<SaleView>(await t.invoke('sale.startBankTransfer', { amountCents: 9_000, payer: PAYER }));
    expect(okValue<SaleView>(await t.invoke('sale.cancel', { saleId: second.id })).state).toBe('cancelled');
    const paid = await fetch(`${t.sim.url}/__sim/payments/${second.bankTransfer?.id}/pay`, { method: 'POST' });
    expect(paid.status).toBe(204);
    await waitFor(async () => (await stateOf(t, second.id)) === 'paid', 'the late deposit to be seen');
  });
});

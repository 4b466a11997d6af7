/**
 * A till with a bill (split tender) on the counter, on a real core and the embedded sandbox over loopback HTTP,
 * and a PIX part the sandbox pays by itself.
 */
import { expect } from 'vitest';
import type { BillView, SaleView } from '../../src-preload/contract.ts';
import { providerOn } from './provider-side.ts';
import { okValue } from './replies.ts';
import { startTestCore, type TestCore, type TestCoreOptions } from './test-core.ts';
import { waitFor } from './wait-for.ts';

export async function tillWithBill(totalCents: number, options: TestCoreOptions = {}): Promise<{ t: TestCore; bill: BillView }> {
  const t = await startTestCore(options);
  okValue(await t.invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: 'astrapay', environment: 'embedded' } }));
  const bill = okValue<BillView>(await t.invoke('bill.open', { totalCents }));
  return { t, bill };
}

export const billOf = async (t: TestCore, billId: string) => okValue<BillView>(await t.invoke('bill.get', { billId }));

/** A PIX part whose centavos are 01: the sandbox pays it by itself, and the bill takes the counter back. */
export async function pixPartPaidBySandbox(t: TestCore, billId: string, amountCents: number): Promise<SaleView> {
  const pix = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  expect(pix).toMatchObject({ state: 'awaiting_payment', billId });
  await waitFor(async () => (await billOf(t, billId)).paidCents >= amountCents || undefined, 'the sandbox to pay the PIX part');
  await waitFor(async () => okValue(await t.invoke('sale.current')) === null, 'the counter back on the bill');
  return okValue<SaleView>(await t.invoke('sale.get', { saleId: pix.id }));
}

/** The PIX refunds of one charge, as the sandbox's own books hold them. */
export async function pixRefundsAt(t: TestCore, txid: string | undefined): Promise<number[]> {
  const now = Date.now();
  const page = await providerOn(t.sim, 'astrapay').pix?.listRefunds?.({ from: new Date(now - 3_600_000), to: new Date(now + 3_600_000), page: 0, pageSize: 100 });
  return (page?.items ?? []).filter((refund) => refund.txid === txid).map((refund) => refund.amountCents);
}

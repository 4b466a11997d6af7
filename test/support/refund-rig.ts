/**
 * A till core on fake time for refund tests, with what the tests read back: the sale as the till books
 * it, the refunds the sandbox itself holds for a PIX charge (its own list), and a way to move time until
 * something is true.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { PixRefund } from '../../src-main/providers/provider.ts';
import { createFakeTime, driveUntil, type FakeTime } from './fake-scheduler.ts';
import { okValue } from './replies.ts';
import { astrapayOn } from './sandbox.ts';
import { startTestCore, type TestCore, type TestCoreOptions } from './test-core.ts';

export const LOOKUP_WINDOW_MS = 20_000;
export const TEST_CARD = { number: '4111111111111111', holderName: 'JOSE SOUZA', holderDocument: '11144477735', expiry: '122030', cvv: '123' };

export interface RefundRig extends TestCore {
  time: FakeTime;
  sale(saleId: string): Promise<SaleView>;
  /** Advances fake time a step at a time (real I/O runs in between) until `probe` holds. */
  drive<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, stepMs?: number): Promise<T>;
}

export async function startRefundRig(options: TestCoreOptions & { time?: FakeTime } = {}): Promise<RefundRig> {
  const time = options.time ?? createFakeTime();
  const t = await startTestCore({ refundLookupWindowMs: LOOKUP_WINDOW_MS, pollSchedule: () => 500, ...options, time });
  const sale = async (saleId: string) => okValue<SaleView>(await t.invoke('sale.get', { saleId }));
  const drive: RefundRig['drive'] = (probe, what, stepMs) => driveUntil(time, probe, what, stepMs);
  return Object.assign(t, { time, sale, drive });
}

export async function paidPix(t: RefundRig, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents }));
  okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
  okValue(await t.invoke('sale.dismiss'));
  return t.sale(sale.id);
}

export async function paidCard(t: RefundRig, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents, paymentType: 'credit', installments: 1, card: TEST_CARD }));
  okValue(await t.invoke('sale.dismiss'));
  return sale;
}

/** The refunds of one PIX charge as the sandbox lists them (seed 001 refund list), whatever the till thinks. */
export async function refundsAtProvider(t: RefundRig, txid: string): Promise<PixRefund[]> {
  const provider = astrapayOn(t.sim, { clock: t.time.clock });
  const now = t.time.clock.now();
  const page = await provider.pix?.listRefunds?.({ from: new Date(now - 3_600_000), to: new Date(now + 3_600_000), page: 0, pageSize: 100 });
  return (page?.items ?? []).filter((refund) => refund.txid === txid);
}

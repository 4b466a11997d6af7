/**
 * A till that stops with a refund not at an end picks it up on the next start, from whichever state the
 * ledger holds, and drives it to an end. The demo sandbox keeps its state in the data dir, so the same
 * provider answers after the restart.
 */
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { okValue } from '../../support/replies.ts';
import { paidPix, refundsAtProvider, startRefundRig } from '../../support/refund-rig.ts';

const REFUND_ROUTE = 'POST /astrapay/charge/v1/refunds';

describe('refunds across a restart', () => {
  it('resumes a refund left requested (the answer never came) and ends it, paid once', async () => {
    const first = await startRefundRig();
    const sale = await paidPix(first, 7_000);
    first.sim.arm({ route: REFUND_ROUTE, kind: 'status', status: 503, times: 1 });
    const asked = okValue<SaleView>(await first.invoke('sale.refund', { saleId: sale.id, amountCents: 7_000, reason: 'Reinício' }));
    expect(asked.refunds[0]?.state).toBe('requested');
    await first.close();

    const again = await startRefundRig({ dataDir: first.dataDir, time: first.time });
    await again.drive(async () => (await again.sale(sale.id)).refunds[0]?.state === 'completed', 'the resumed refund to complete');
    expect(await refundsAtProvider(again, sale.pix?.txid ?? '')).toHaveLength(1);
  });

  it('resumes a refund left processing and follows it to completed without sending it again', async () => {
    const first = await startRefundRig();
    const sale = await paidPix(first, 3_000);
    const asked = okValue<SaleView>(await first.invoke('sale.refund', { saleId: sale.id, amountCents: 1_000, reason: 'Parcial' }));
    expect(asked.refunds[0]?.state).toBe('processing');
    await first.close();

    const again = await startRefundRig({ dataDir: first.dataDir, time: first.time });
    await again.drive(async () => (await again.sale(sale.id)).refunds[0]?.state === 'completed', 'the resumed refund to complete');
    expect(await refundsAtProvider(again, sale.pix?.txid ?? '')).toHaveLength(1);
    expect(readLedger(again.dataDir, sale.id).attempts.filter((attempt) => attempt.operation === 'refund')).toHaveLength(1);
  });

  it('ends a refund the provider fails after a restart as failed, and frees what it held', async () => {
    const first = await startRefundRig();
    const sale = await paidPix(first, 2_000);
    // The sandbox fails refunds whose centavos are 99.
    okValue(await first.invoke('sale.refund', { saleId: sale.id, amountCents: 1_099, reason: 'Falha' }));
    await first.close();

    const again = await startRefundRig({ dataDir: first.dataDir, time: first.time });
    await again.drive(async () => (await again.sale(sale.id)).refunds[0]?.state === 'failed', 'the resumed refund to fail');
    okValue(await again.invoke('sale.refund', { saleId: sale.id, amountCents: 2_000, reason: 'Total' }));
  });
});

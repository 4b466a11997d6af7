/**
 * The sandbox a till starts in its own process keeps its state in the till's data dir, so demo sales
 * awaiting payment when the till stops are still there for the sandbox of the next run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { SANDBOX_FILE } from '../../../src-main/simulator/store/sandbox-db.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';

describe('the embedded sandbox across a till restart', () => {
  it('keeps its file in the data dir, and a charge ending in 01 centavos still pays itself in the next run', async () => {
    const first = await startTestCore({ demoAutoPayDelayMs: 1500 });
    const sale = okValue<SaleView>(await first.invoke('sale.startPix', { amountCents: 2001 }));
    await first.close();
    expect(existsSync(join(first.dataDir, SANDBOX_FILE))).toBe(true);

    const second = await startTestCore({ dataDir: first.dataDir, demoAutoPayDelayMs: 1500 });
    const changes = recordEvents(second.core.events, 'sale.changed');
    const paid = await changes.next((view) => view?.id === sale.id && view.state === 'paid', 'the sale to be paid');
    expect(paid).toMatchObject({ id: sale.id, amountCents: 2001, problem: null });
  });

  it('lets the cashier simulate the payment of a sale started before the restart', async () => {
    const first = await startTestCore({ demoAutoPayDelayMs: 60_000 });
    const sale = okValue<SaleView>(await first.invoke('sale.startPix', { amountCents: 1250 }));
    await first.close();

    const second = await startTestCore({ dataDir: first.dataDir, demoAutoPayDelayMs: 60_000 });
    const paid = okValue<SaleView>(await second.invoke('sale.simulatePayment', { saleId: sale.id }));
    expect(paid).toMatchObject({ id: sale.id, state: 'paid' });
    expect(second.sim.stats().requests['GET /astrapay/charge/v1/dynamic/:txid']).toBeGreaterThanOrEqual(1);
  });
});

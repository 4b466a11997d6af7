/**
 * Disk full: a sale whose record cannot be written is never charged; a write that fails after the call
 * leaves the sale "needs checking", held in memory, never stuck on the counter, and written once the disk
 * takes it. The cashier is told in plain words (`ledger.disk_full`).
 */
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { openLedger } from '../../../src-main/ledger/open-ledger.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { createDiskSwitch, type DiskSwitch } from '../../support/failing-database.ts';
import { readLedger } from '../../support/ledger-reader.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

const card = { number: '4111111111111111', expiry: '122030', cvv: '123', holderName: 'MARIA DA SILVA', holderDocument: '11144477735' };

async function tillOnSwitch() {
  const disk = createDiskSwitch();
  const t = await startTestCore({ openDatabase: (dir) => openLedger(dir, disk.connect) });
  return { t, disk };
}

/** Fills the disk while the provider is handling the create: the write before the call worked, the one after fails. */
async function fillDiskDuringCall(t: TestCore, disk: DiskSwitch, route: string): Promise<void> {
  t.sim.arm({ route, kind: 'latency', ms: 300, times: 1 });
  await waitFor(() => (t.sim.stats().requests[route] ?? 0) > 0, 'the create to reach the provider');
  disk.full(true);
}

describe('disk full', () => {
  it('before the call: nothing is sent to the provider, the cashier is told, the counter stays free', async () => {
    const { t, disk } = await tillOnSwitch();
    disk.full(true);

    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 1_250 }))).toMatchObject({ reason: 'ledger.disk_full' });
    expect(errorOf(await t.invoke('sale.startCard', { amountCents: 1_250, paymentType: 'credit', installments: 1, card }))).toMatchObject({
      reason: 'ledger.disk_full',
    });

    const sent = Object.keys(t.sim.stats().requests).filter((route) => route.startsWith('POST') && !route.includes('/token'));
    expect(sent).toEqual([]);
    expect(okValue(await t.invoke('sale.current', {}))).toBeNull();
    disk.full(false);
    expect(okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1_250 })).state).toBe('awaiting_payment');
  });

  it('after a card was charged: needs checking, an alert, a free counter, and the record written once the disk has room', async () => {
    const { t, disk } = await tillOnSwitch();
    const alerts = recordEvents(t.core.events, 'alert.raised');
    const route = 'POST /astrapay/card/v1/credit';
    const reply = t.invoke('sale.startCard', { amountCents: 8_800, paymentType: 'credit', installments: 1, card });
    await fillDiskDuringCall(t, disk, route);

    const sale = okValue<SaleView>(await reply);

    expect(sale).toMatchObject({ state: 'needs_checking', problem: { reason: 'ledger.disk_full' }, checking: { last4: '1111', amountCents: 8_800 } });
    expect(alerts.seen).toContainEqual(expect.objectContaining({ kind: 'disk_full' }));
    expect(readLedger(t.dataDir, sale.id).sale?.state).toBe('awaiting_payment');
    expect(okValue(await t.invoke('sale.dismiss', {}))).toBeNull();

    disk.full(false);
    okValue(await t.invoke('sale.startPix', { amountCents: 100 }));
    const written = readLedger(t.dataDir, sale.id);
    expect(written.sale?.state).toBe('needs_checking');
    expect(written.attempts).toEqual([expect.objectContaining({ operation: 'card.charge', outcome: 'ok' })]);
    expect(t.sim.stats().requests[route]).toBe(1);
  });

  it('after a PIX was created: needs checking with its QR kept, not shown as payable', async () => {
    const { t, disk } = await tillOnSwitch();
    const route = 'POST /astrapay/charge/v1/dynamic';
    const reply = t.invoke('sale.startPix', { amountCents: 2_500 });
    await fillDiskDuringCall(t, disk, route);

    const sale = okValue<SaleView>(await reply);

    expect(sale).toMatchObject({ state: 'needs_checking', problem: { reason: 'ledger.disk_full' } });
    expect(sale.pix?.txid).toBeTruthy();
    expect(okValue(await t.invoke('sale.dismiss', {}))).toBeNull();
    disk.full(false);
  });
});

/**
 * Store-wide reconciliation per provider account: two tills selling on one account of the sandbox (in its own
 * process, over HTTP), one refunding the other's sale, against the account's own lists.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { SaleView, StoreReconciliationView } from '../../../src-preload/contract.ts';
import { providerOn } from '../../support/provider-side.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startSandboxProcess } from '../../support/sandbox-process.ts';
import { waitFor } from '../../support/wait-for.ts';
import { newStore, paidCard, startTill, today, useCluster, waitSynced, type Till } from '../store/store-tills.ts';

const cluster = useCluster();

async function paidPix(till: Till, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await till.invoke('sale.startPix', { amountCents }));
  return waitFor(async () => {
    const now = okValue<SaleView>(await till.invoke('sale.get', { saleId: sale.id }));
    return now.state === 'paid' && now;
  }, 'the PIX sale to be paid');
}

describe('store-wide reconciliation', () => {
  it('compares every till’s books with the account’s lists, counting refunds made at another till, and flags what no till did', async () => {
    // A charge of x,01 pays itself at the sandbox.
    const sandbox = await startSandboxProcess({ autoPayDelayMs: 100 });
    onTestFinished(() => sandbox.kill());
    const url = await newStore(cluster());
    const [front, back] = await Promise.all([startTill(url, 'C1', '', { sandboxUrl: sandbox.url }), startTill(url, 'C2', '', { sandboxUrl: sandbox.url })]);
    const frontPix = await paidPix(front, 10_001);
    const backPix = await paidPix(back, 20_001);
    await paidCard(back, 5_000);
    await waitSynced(front);
    okValue(await back.invoke('store.refund', { saleId: frontPix.id, amountCents: 3_001, reason: 'Troca' }));
    await Promise.all([waitSynced(front), waitSynced(back)]);

    const settled = (view: StoreReconciliationView) => view.sections.every((section) => section.rows.length === 0 && section.problem === null);
    const clean = await waitFor(async () => {
      const view = okValue<StoreReconciliationView>(await front.invoke('store.reconcile', { day: today() }));
      return settled(view) && view;
    }, 'the refund made at C2 to settle at the provider');
    const pixSection = clean.sections.find((section) => section.method === 'pix');
    expect(clean.sections.map((section) => [section.providerId, section.environment, section.method, section.tills, section.matched])).toEqual([
      ['astrapay', 'embedded', 'pix', ['C1', 'C2'], 2],
      ['astrapay', 'embedded', 'card', ['C2'], 1],
    ]);
    expect(pixSection?.account).toMatch(/^astrapay\.embedded\.[0-9a-f]{10}$/);

    // Someone refunds C1's sale in the provider's portal, and a charge turns up that no till made.
    const provider = providerOn(sandbox, 'astrapay').pix;
    if (!provider?.refund) throw new Error('Astrapay refunds PIX');
    await provider.refund({ txid: frontPix.pix?.txid ?? '', amountCents: 1_000, description: 'portal', transactionId: randomUUID() });
    const stranger = await provider.create({ amountCents: 701, userReference: randomUUID(), description: 'portal', expiresInSeconds: 600, transactionId: randomUUID() });
    const differences = await waitFor(async () => {
      const view = okValue<StoreReconciliationView>(await back.invoke('store.reconcile', { day: today() }));
      const rows = view.sections.find((section) => section.method === 'pix')?.rows ?? [];
      return rows.some((row) => row.saleId === frontPix.id) && rows.some((row) => row.providerRef === stranger.txid) && rows;
    }, 'the portal refund to settle and the stranger charge to be paid');
    expect(differences.find((row) => row.saleId === frontPix.id)).toMatchObject({ problem: 'refund_differs', tillNetCents: 7_000, providerNetCents: 6_000 });
    expect(differences.some((row) => row.saleId === backPix.id)).toBe(false);
    expect(differences.find((row) => row.providerRef === stranger.txid)).toMatchObject({ problem: 'missing_in_till', saleId: null, providerNetCents: 701 });
    expect(differences).toHaveLength(2);
  });

  it('a difference about a till’s own sale carries that till, and only that till settles it, by the key of its own check', async () => {
    const sandbox = await startSandboxProcess({ autoPayDelayMs: 100 });
    onTestFinished(() => sandbox.kill());
    const url = await newStore(cluster());
    const [front, back] = await Promise.all([startTill(url, 'C1', '', { sandboxUrl: sandbox.url }), startTill(url, 'C2', '', { sandboxUrl: sandbox.url })]);
    const frontPix = await paidPix(front, 8_001);
    await waitSynced(front);
    const provider = providerOn(sandbox, 'astrapay').pix;
    if (!provider?.refund) throw new Error('Astrapay refunds PIX');
    await provider.refund({ txid: frontPix.pix?.txid ?? '', amountCents: 2_000, description: 'portal', transactionId: randomUUID() });
    const stranger = await provider.create({ amountCents: 901, userReference: randomUUID(), description: 'portal', expiresInSeconds: 600, transactionId: randomUUID() });

    const rowsAt = async (till: Till) => okValue<StoreReconciliationView>(await till.invoke('store.reconcile', { day: today() })).sections.flatMap((section) => section.rows);
    const rows = await waitFor(async () => {
      const found = await rowsAt(back);
      return found.some((row) => row.saleId === frontPix.id) && found.some((row) => row.providerRef === stranger.txid) && found;
    }, 'the portal refund to settle and the stranger charge to be paid');
    const ofFront = rows.find((row) => row.saleId === frontPix.id);
    expect(ofFront).toMatchObject({ problem: 'refund_differs', tillCode: 'C1', resolved: null });
    expect(rows.find((row) => row.providerRef === stranger.txid)).toMatchObject({ problem: 'missing_in_till', tillCode: null });

    // C2's own books know nothing of C1's sale: the key means nothing there.
    const settle = (till: Till) => till.invoke('report.resolveDifference', { day: today(), key: ofFront?.key, action: 'mark_resolved', note: 'Devolvido no portal' });
    expect(errorOf(await settle(back))).toMatchObject({ reason: 'reconcile.difference_gone' });
    okValue(await settle(front));
    const after = (await rowsAt(front)).find((row) => row.saleId === frontPix.id);
    expect(after).toMatchObject({ key: ofFront?.key, tillCode: 'C1', resolved: { action: 'mark_resolved', note: 'Devolvido no portal' } });
  });
});

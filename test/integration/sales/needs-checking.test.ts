/**
 * A sale only a person can tell about: the facts to check it by, and a manager's two recorded actions,
 * "foi cobrado" (books it paid) and "não foi cobrado" (fails it), journaled in the ledger.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { LEDGER_FILE } from '../../../src-main/ledger/open-ledger.ts';
import { operations } from '../../../src-preload/contract.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';

const card = { number: '5555555555554444', expiry: '122030', cvv: '123', holderName: 'MARIA DA SILVA', holderDocument: '11144477735' };

async function saleToCheck(): Promise<{ t: TestCore; sale: SaleView }> {
  const t = await startTestCore();
  okValue(await t.invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: 'card-payments', environment: 'embedded' } }));
  t.sim.arm({ route: 'POST /card-payments/v1/card_payments', kind: 'timeout_after_commit', ms: 2500, times: 1 });
  const sale = okValue<SaleView>(await t.invoke('sale.startCard', { amountCents: 6_600, paymentType: 'credit', installments: 1, card }));
  return { t, sale };
}

function resolutions(dataDir: string, saleId: string): unknown[] {
  const db = new DatabaseSync(join(dataDir, LEDGER_FILE), { readOnly: true });
  try {
    return db.prepare('SELECT outcome FROM sale_resolutions WHERE sale_id = ?').all(saleId).map((row) => row.outcome);
  } finally {
    db.close();
  }
}

describe('needs checking', () => {
  it('lists the facts the till has, in the day’s sales too', async () => {
    const { t, sale } = await saleToCheck();
    const facts = { providerId: 'card-payments', environment: 'embedded', amountCents: 6_600, at: sale.createdAt, reference: sale.id, last4: '4444' };
    expect(sale).toMatchObject({ state: 'needs_checking', checking: facts });
    expect(sale.checking?.account).toMatch(/^card-payments\.embedded\.[0-9a-f]+$/);
    const [listed] = okValue<SaleView[]>(await t.invoke('sales.list', { day: new Date().toISOString().slice(0, 10) }));
    expect(listed?.checking).toEqual(sale.checking);
  });

  it('is a manager’s operation', () => {
    expect(operations['sale.resolveChecking'].access).toBe('manager');
  });

  it('"foi cobrado" books it paid, journaled', async () => {
    const { t, sale } = await saleToCheck();

    const resolved = okValue<SaleView>(await t.invoke('sale.resolveChecking', { saleId: sale.id, outcome: 'charged' }));

    expect(resolved).toMatchObject({ state: 'paid', problem: null, checking: null });
    expect(resolutions(t.dataDir, sale.id)).toEqual(['charged']);
    // Once resolved it cannot be resolved again.
    expect(errorOf(await t.invoke('sale.resolveChecking', { saleId: sale.id, outcome: 'not_charged' })).reason).toBe('sale.not_checking');
  });

  it('"não foi cobrado" fails it, journaled, and the counter is free for a new charge', async () => {
    const { t, sale } = await saleToCheck();

    const resolved = okValue<SaleView>(await t.invoke('sale.resolveChecking', { saleId: sale.id, outcome: 'not_charged' }));

    expect(resolved).toMatchObject({ state: 'failed', problem: { reason: 'sale.not_charged' } });
    expect(resolutions(t.dataDir, sale.id)).toEqual(['not_charged']);
    okValue(await t.invoke('sale.dismiss', {}));
    expect(okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 100 })).state).toBe('awaiting_payment');
  });

  it('the display cannot resolve a sale', async () => {
    const { t, sale } = await saleToCheck();
    expect(errorOf(await t.invoke('sale.resolveChecking', { saleId: sale.id, outcome: 'charged' }, 'display')).code).toBe('forbidden');
  });
});

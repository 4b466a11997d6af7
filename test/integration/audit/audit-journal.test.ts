/** The audit journal: who, what, when, with the before and after of settings, and nothing secret in it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView, SaleView } from '../../../src-preload/contract.ts';
import { LEDGER_FILE } from '../../../src-main/ledger/open-ledger.ts';
import { addOperator, operatorNamed, signIn } from '../../support/operators.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore, type TestCore } from '../../support/test-core.ts';

const SECRET = 'journal-must-never-hold-this-7f3a';

const journal = async (t: TestCore, limit = 20) => okValue<AuditEntryView[]>(await t.invoke('audit.list', { limit }));

function rawJournal(dataDir: string): string {
  const db = new DatabaseSync(join(dataDir, LEDGER_FILE), { readOnly: true });
  try {
    return JSON.stringify(db.prepare('SELECT * FROM audit_journal').all());
  } finally {
    db.close();
  }
}

describe('audit journal', () => {
  it('keeps the before and after of a settings change, with who and when', async () => {
    const t = await startTestCore();
    const startedAt = Date.now();

    okValue(await t.invoke('settings.setMerchant', { name: 'Padaria Sol', city: 'Recife', taxId: '12.345.678/0001-95', address: 'Rua A, 1' }));

    const [entry] = await journal(t, 1);
    expect(entry).toMatchObject({
      action: 'settings.setMerchant',
      operatorName: 'Gerente demo',
      approvedByName: 'Gerente demo',
      subject: null,
      before: { name: 'Loja Demo', city: 'São Paulo', taxId: '', address: '' },
      after: { name: 'Padaria Sol', city: 'Recife', taxId: '12.345.678/0001-95', address: 'Rua A, 1' },
    });
    expect(Date.parse(entry?.at ?? '')).toBeGreaterThanOrEqual(startedAt - 1000);
  });

  it('records which credential fields changed, never their values, and never a PIN', async () => {
    const t = await startTestCore();

    okValue(await t.invoke('settings.setCredentials', { id: 'astrapay', environment: 'production', values: { clientId: 'shop-9', clientSecret: SECRET } }));
    await addOperator(t.invoke, 'Caio', 'cashier', '97531864');

    const [added, credentials] = await journal(t, 2);
    expect(added).toMatchObject({ action: 'operators.add', subject: 'Caio (cashier)' });
    expect(credentials).toMatchObject({
      action: 'settings.setCredentials',
      subject: 'astrapay.production',
      before: expect.objectContaining({ 'astrapay.production': [] }),
      after: expect.objectContaining({ 'astrapay.production': ['clientId', 'clientSecret'] }),
    });
    const raw = rawJournal(t.dataDir);
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain('shop-9');
    expect(raw).not.toContain('97531864');
    await t.close();
    expect(readFileSync(join(t.dataDir, LEDGER_FILE)).includes(SECRET)).toBe(false);
  });

  it("records a refused manager's PIN and a sensitive act that failed on its own", async () => {
    const t = await startTestCore();
    const paid = okValue<SaleView>(await t.invoke('sale.startCash', { amountCents: 1000, receivedCents: 1000 }));
    okValue(await t.invoke('sale.dismiss'));
    await addOperator(t.invoke, 'Caio', 'cashier', '2468');
    const manager = await operatorNamed(t.invoke, 'Gerente demo');
    okValue(await t.invoke('session.lock'));
    await signIn(t.invoke, 'Caio', '2468');

    errorOf(await t.invoke('sale.refund', { saleId: paid.id, amountCents: 500, reason: 'Troca', approval: { operatorId: manager.id, pin: '9999' } }));
    const tooMuch = await t.invoke('sale.refund', { saleId: paid.id, amountCents: 5000, reason: 'Troca', approval: { operatorId: manager.id, pin: '1234' } });
    expect(errorOf(tooMuch)).toMatchObject({ reason: 'refund.too_much' });

    const entries = okValue<AuditEntryView[]>(await t.invoke('audit.list', { limit: 2, approval: { operatorId: manager.id, pin: '1234' } }));
    expect(entries).toEqual([
      expect.objectContaining({ action: 'sale.refund', subject: paid.id, operatorName: 'Caio', approvedByName: 'Gerente demo', after: { failed: 'refund.too_much' } }),
      expect.objectContaining({ action: 'approval.refused', subject: 'sale.refund', operatorName: 'Caio', approvedByName: null, after: { reason: 'pin.wrong' } }),
    ]);
  });

  it('lists newest first, as many as asked', async () => {
    const t = await startTestCore();
    for (const city of ['Olinda', 'Natal', 'Belém']) {
      okValue(await t.invoke('settings.setMerchant', { name: 'Loja', city, taxId: '', address: '' }));
    }

    const entries = await journal(t, 2);

    expect(entries.map((entry) => (entry.after as { city: string }).city)).toEqual(['Belém', 'Natal']);
    expect(entries[0]?.id).toBeGreaterThan(entries[1]?.id ?? Infinity);
  });
});

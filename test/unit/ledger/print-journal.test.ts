import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../src-main/ledger/open-ledger.ts';
import { MIGRATIONS } from '../../../src-main/ledger/migrations.ts';
import { createPrintJournal } from '../../../src-main/ledger/print-journal.ts';
import { cardSaleReceipt, dayReport, pixSaleReceipt, SALE_ID } from '../../fixtures/receipt-samples.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdv-journal-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const T0 = '2025-11-21T17:00:00.000Z';
const T1 = '2025-11-21T17:00:05.000Z';

describe('print journal', () => {
  it('hands out pending jobs oldest first, with the document intact', () => {
    const journal = createPrintJournal(openLedger(tempDir()));
    const first = journal.add(pixSaleReceipt(), T0);
    journal.add(dayReport(), T0);
    expect(journal.nextPending()?.id).toBe(first.id);
    expect(journal.nextPending()?.document).toEqual(pixSaleReceipt());
    expect(journal.pendingCount()).toBe(2);
    journal.markDone(first.id, null, T1);
    expect(journal.nextPending()?.kind).toBe('day_report');
    expect(journal.pendingCount()).toBe(1);
  });

  it('records attempts, the problem and the status seen, and clears the problem once printed', () => {
    const journal = createPrintJournal(openLedger(tempDir()));
    const job = journal.add(pixSaleReceipt(), T0);
    const paperOut = { offline: true, coverOpen: false, paperNearEnd: true, paperOut: true, error: false };
    expect(journal.noteProblem(job.id, 'paper_out', paperOut, T1)).toMatchObject({ problem: 'paper_out', status: paperOut, attempts: 0 });
    expect(journal.noteAttempt(job.id, null, T1).attempts).toBe(1);
    expect(journal.markDone(job.id, null, T1)).toMatchObject({ state: 'done', problem: null, status: null, printedAt: T1 });
  });

  it('keeps jobs across a reopen of the ledger file', () => {
    const dir = tempDir();
    const job = createPrintJournal(openLedger(dir)).add(pixSaleReceipt(), T0);
    const reopened = openLedger(dir);
    expect(createPrintJournal(reopened).nextPending()?.id).toBe(job.id);
    expect((reopened.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(MIGRATIONS.length);
  });

  it("finds a sale's latest receipt and lists a sale's jobs newest first", () => {
    const journal = createPrintJournal(openLedger(tempDir()));
    journal.add(pixSaleReceipt(), T0);
    const copy = journal.add(pixSaleReceipt({ copy: true }), T1);
    journal.add(cardSaleReceipt(), T1);
    expect(journal.latestForSale(SALE_ID, 'sale_receipt')?.id).toBe(copy.id);
    expect(journal.list({ saleId: SALE_ID }).map((job) => job.id)[0]).toBe(copy.id);
    expect(journal.list({ saleId: SALE_ID })).toHaveLength(2);
    expect(journal.latestForSale(SALE_ID, 'refund_slip')).toBeUndefined();
  });

  it('stores a job that can never print as failed straight away', () => {
    const journal = createPrintJournal(openLedger(tempDir()));
    expect(journal.add(pixSaleReceipt(), T0, 'not_configured')).toMatchObject({ state: 'failed', problem: 'not_configured' });
    expect(journal.nextPending()).toBeUndefined();
  });
});

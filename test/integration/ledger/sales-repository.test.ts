/** The ledger: a real node:sqlite file in a temp dir, opened, written, closed and opened again. */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { BridgeErrorData } from '../../../src-preload/contract.ts';
import { MIGRATIONS } from '../../../src-main/ledger/migrations.ts';
import { LEDGER_FILE, openLedger } from '../../../src-main/ledger/open-ledger.ts';
import { createSalesRepository } from '../../../src-main/ledger/sales-repository.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const T0 = '2025-01-15T10:00:00.000Z';
const T1 = '2025-01-15T10:00:01.000Z';
const T2 = '2025-01-15T10:00:02.000Z';

const PIX = { txid: 'astra202501abc', copyAndPaste: '000201...6304ABCD', expiresAt: '2025-01-15T10:10:00.000Z', quote: null };
const PROBLEM: BridgeErrorData = { code: 'provider_unavailable', message: 'down', retryable: true, reason: 'provider.server_error' };

function newSale(amountCents = 1250) {
  return { id: randomUUID(), amountCents, currency: 'BRL' as const, method: 'pix' as const, providerId: 'astrapay' as const, providerEnvironment: 'embedded' as const, at: T0 };
}

function openRepo(dir: string) {
  const db = openLedger(dir);
  return { db, repo: createSalesRepository(db) };
}

describe('ledger file', () => {
  it('is in WAL mode with synchronous=FULL', () => {
    const { db } = openRepo(makeTempDir());
    try {
      expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
      expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    } finally {
      db.close();
    }
  });

  it('runs the migrations once: reopening neither fails nor changes the schema', () => {
    const dir = makeTempDir();
    const schemaOf = (db: DatabaseSync) =>
      db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
    const first = openLedger(dir);
    const schema = schemaOf(first);
    first.close();

    const db = openLedger(dir);
    try {
      expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.length });
      expect(schemaOf(db)).toEqual(schema);
      expect(schema.map((row) => row.name)).toEqual(expect.arrayContaining(['sales', 'provider_attempts', 'sale_transitions']));
    } finally {
      db.close();
    }
  });

  it('upgrades a ledger written by the first release and keeps its sales', () => {
    const dir = makeTempDir();
    const old = new DatabaseSync(join(dir, LEDGER_FILE));
    old.exec(MIGRATIONS[0] ?? '');
    old.exec('PRAGMA user_version = 1');
    // Written as the first release's code did, with its own SQL: today's repository expects today's schema.
    const id = randomUUID();
    old
      .prepare(
        "INSERT INTO sales (id, amount_cents, method, state, provider_id, created_at, updated_at) VALUES (?, 4321, 'pix', 'draft', 'demo', ?, ?)",
      )
      .run(id, T0, T0);
    old.close();

    const { db, repo } = openRepo(dir);
    try {
      expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.length });
      expect(repo.get(id)).toMatchObject({ amountCents: 4321, state: 'draft' });
    } finally {
      db.close();
    }
  });
  it('gives the reversals booked before they had a currency their sale’s currency, and reais to those of no sale', () => {
    const dir = makeTempDir();
    const old = new DatabaseSync(join(dir, LEDGER_FILE));
    // The ledger as it was just before reversals had a currency (later steps may follow it).
    const before = MIGRATIONS.findIndex((step) => step.includes('ALTER TABLE reversals ADD COLUMN currency'));
    for (const sql of MIGRATIONS.slice(0, before)) old.exec(sql);
    old.exec(`PRAGMA user_version = ${before}`);
    const saleId = randomUUID();
    old
      .prepare("INSERT INTO sales (id, amount_cents, currency, method, state, provider_id, provider_environment, created_at, updated_at) VALUES (?, 1001, 'USD', 'pix', 'failed', 'payments', 'embedded', ?, ?)")
      .run(saleId, T0, T0);
    const reversal = old.prepare(
      `INSERT INTO reversals (id, sale_id, kind, reason, provider_id, provider_environment, provider_ref, amount_cents, state, transaction_id, created_at, updated_at)
       VALUES (?, ?, 'pix_refund', ?, 'payments', 'embedded', ?, 1001, 'completed', ?, ?, ?)`,
    );
    reversal.run('of-sale', saleId, 'orphan_charge', 'ref-1', randomUUID(), T0, T0);
    reversal.run('of-no-sale', null, 'reconciliation', 'ref-2', randomUUID(), T0, T0);
    old.close();

    const { db, repo } = openRepo(dir);
    try {
      expect(repo.reversals.get('of-sale')?.currency).toBe('USD');
      expect(repo.reversals.get('of-no-sale')?.currency).toBe('BRL');
    } finally {
      db.close();
    }
  });
});

describe('sales repository', () => {
  it('creates a draft with its first transition', () => {
    const { db, repo } = openRepo(makeTempDir());
    const input = newSale(1250);

    const sale = repo.create(input);

    expect(sale).toEqual({
      id: input.id,
      number: 'C1-000001',
      amountCents: 1250,
      currency: 'BRL',
      method: 'pix',
      state: 'draft',
      providerId: 'astrapay',
      providerEnvironment: 'embedded',
      createdAt: T0,
      updatedAt: T0,
      pix: null,
      card: null,
      cardChargeId: null,
      bankTransfer: null,
      refunds: [],
      problem: null,
      pixSettled: false,
      providerAccount: null,
      reversals: [],
      latePaidAt: null,
      cash: null,
      operatorId: null,
      shiftId: null,
      billId: null,
    });
    expect(repo.transitions(input.id)).toEqual([{ from: null, to: 'draft' }]);
    db.close();
  });

  it('updates state, pix and problem, recording each state change in order', () => {
    const { db, repo } = openRepo(makeTempDir());
    const { id } = repo.create(newSale());

    const awaiting = repo.update(id, { state: 'awaiting_payment', pix: PIX, problem: PROBLEM }, T1);
    expect(awaiting).toMatchObject({ state: 'awaiting_payment', pix: PIX, problem: PROBLEM, updatedAt: T1 });

    // A change without a state keeps state and pix; problem: null clears the problem.
    const cleared = repo.update(id, { problem: null }, T1);
    expect(cleared).toMatchObject({ state: 'awaiting_payment', pix: PIX, problem: null });

    const paid = repo.update(id, { state: 'paid' }, T2);
    expect(paid).toMatchObject({ state: 'paid', pix: PIX, problem: null, updatedAt: T2, createdAt: T0 });

    expect(repo.transitions(id)).toEqual([
      { from: null, to: 'draft' },
      { from: 'draft', to: 'awaiting_payment' },
      { from: 'awaiting_payment', to: 'paid' },
    ]);
    db.close();
  });

  it('lists sales by state, oldest first', () => {
    const { db, repo } = openRepo(makeTempDir());
    const late = repo.create({ ...newSale(), at: T2 });
    const early = repo.create({ ...newSale(), at: T0 });
    const other = repo.create({ ...newSale(), at: T1 });
    repo.update(other.id, { state: 'failed' }, T1);

    expect(repo.listByState('draft').map((sale) => sale.id)).toEqual([early.id, late.id]);
    expect(repo.listByState('failed').map((sale) => sale.id)).toEqual([other.id]);
    db.close();
  });

  it('keeps sales, attempts and transitions across close and reopen', () => {
    const dir = makeTempDir();
    const first = openRepo(dir);
    const { id } = first.repo.create(newSale(999));
    const transactionId = randomUUID();
    first.repo.startAttempt(id, 'pix.create', transactionId, T0);
    first.repo.finishAttempt(transactionId, 'ok', null, T1);
    first.repo.update(id, { state: 'awaiting_payment', pix: PIX }, T1);
    first.db.close();

    const second = openRepo(dir);
    try {
      expect(second.repo.get(id)).toMatchObject({ amountCents: 999, state: 'awaiting_payment', pix: PIX });
      expect(second.repo.transitions(id)).toEqual([
        { from: null, to: 'draft' },
        { from: 'draft', to: 'awaiting_payment' },
      ]);
      expect(second.db.prepare('SELECT sale_id, operation, outcome, error_code, finished_at FROM provider_attempts').all()).toEqual([
        { sale_id: id, operation: 'pix.create', outcome: 'ok', error_code: null, finished_at: T1 },
      ]);
    } finally {
      second.db.close();
    }
  });

  it('is readable by another connection as soon as a write returns', () => {
    const dir = makeTempDir();
    const { db, repo } = openRepo(dir);
    const { id } = repo.create(newSale());
    repo.update(id, { state: 'awaiting_payment', pix: PIX }, T1);

    const reader = new DatabaseSync(join(dir, LEDGER_FILE), { readOnly: true });
    try {
      expect(reader.prepare('SELECT state, pix_txid FROM sales WHERE id = ?').get(id)).toEqual({
        state: 'awaiting_payment',
        pix_txid: PIX.txid,
      });
    } finally {
      reader.close();
      db.close();
    }
  });

  it.each([0, -100])('refuses an amount of %i and leaves nothing behind', (amountCents) => {
    const { db, repo } = openRepo(makeTempDir());
    const input = newSale(amountCents);

    expect(() => repo.create(input)).toThrow(/CHECK constraint/);

    expect(repo.get(input.id)).toBeUndefined();
    expect(repo.transitions(input.id)).toEqual([]);
    // The failed transaction was rolled back: the connection still writes.
    expect(repo.create(newSale(1)).state).toBe('draft');
    db.close();
  });

  it('refuses an attempt for a sale that does not exist, and a reused transaction id', () => {
    const { db, repo } = openRepo(makeTempDir());
    const { id } = repo.create(newSale());
    const transactionId = randomUUID();

    expect(() => repo.startAttempt(randomUUID(), 'pix.create', randomUUID(), T0)).toThrow(/FOREIGN KEY/);
    repo.startAttempt(id, 'pix.create', transactionId, T0);
    expect(() => repo.startAttempt(id, 'pix.create', transactionId, T1)).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('reversals in the ledger', () => {
  it('books one reversal per provider charge and kind, and shows it on the sale', () => {
    const { db, repo } = openRepo(makeTempDir());
    const sale = repo.create(newSale(1250));
    const reversal = {
      saleId: sale.id,
      kind: 'card_cancel' as const,
      reason: 'orphan_charge' as const,
      providerId: 'astrapay' as const,
      providerEnvironment: 'embedded' as const,
      providerAccount: 'astrapay.embedded.abc',
      providerRef: 'card-tx-1',
      amountCents: 1250,
      currency: 'BRL' as const,
      state: 'requested' as const,
      at: T0,
    };

    const first = repo.reversals.create({ ...reversal, id: randomUUID(), transactionId: randomUUID() });
    const again = repo.reversals.create({ ...reversal, id: randomUUID(), transactionId: randomUUID() });
    repo.reversals.update(first.id, { state: 'completed', providerReversalId: 'cancel-1' }, T0);

    expect(again.id).toBe(first.id);
    expect(repo.get(sale.id)?.reversals).toEqual([
      { id: first.id, kind: 'card_cancel', reason: 'orphan_charge', providerRef: 'card-tx-1', amountCents: 1250, currency: 'BRL', state: 'completed', createdAt: T0 },
    ]);
    expect(repo.reversals.listByState('requested')).toEqual([]);
    db.close();
  });
});

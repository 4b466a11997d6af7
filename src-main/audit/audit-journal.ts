/**
 * The audit journal: who did what and when, with the manager who authorized it, and the before and after
 * of what changed (settings). Append-only. Callers pass only what may be read later: never a PIN,
 * a credential or a card number.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { AuditEntryView } from '../../src-preload/contract.ts';
import type { Clock } from '../core/ports.ts';

export interface AuditRecord {
  /** Who was signed in at the till. */
  operatorId: string | null;
  /** The manager who authorized it, when it needed one. */
  approvedBy?: string | null;
  action: string;
  subject?: string | null;
  before?: unknown;
  after?: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  action: string;
  subject: string | null;
  before_json: string | null;
  after_json: string | null;
  operator_name: string | null;
  approver_name: string | null;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export interface AuditJournal {
  record(entry: AuditRecord): void;
  /** Newest first. */
  list(limit: number): AuditEntryView[];
}

export interface AuditJournalDeps {
  db: DatabaseSync;
  clock: Clock;
}

export function createAuditJournal({ db, clock }: AuditJournalDeps): AuditJournal {
  const insert = db.prepare(
    'INSERT INTO audit_journal (at, operator_id, approved_by, action, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const latest = db.prepare(
    `SELECT audit_journal.*, who.name AS operator_name, approver.name AS approver_name FROM audit_journal
     LEFT JOIN operators who ON who.id = audit_journal.operator_id
     LEFT JOIN operators approver ON approver.id = audit_journal.approved_by
     ORDER BY audit_journal.id DESC LIMIT ?`,
  );
  return {
    record(entry: AuditRecord): void {
      const at = new Date(clock.now()).toISOString();
      insert.run(at, entry.operatorId, entry.approvedBy ?? null, entry.action, entry.subject ?? null, json(entry.before), json(entry.after));
    },
    list(limit: number): AuditEntryView[] {
      return (latest.all(limit) as unknown as AuditRow[]).map((row) => ({
        id: row.id,
        at: row.at,
        operatorName: row.operator_name,
        approvedByName: row.approver_name,
        action: row.action,
        subject: row.subject,
        before: parse(row.before_json),
        after: parse(row.after_json),
      }));
    },
  };
}


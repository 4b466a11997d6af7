/** Ordered schema steps; `PRAGMA user_version` records how many have run. Never edit a shipped step. */
import { EARLY_MIGRATIONS } from './early-migrations.ts';

export const MIGRATIONS: readonly string[] = [
  ...EARLY_MIGRATIONS,
  `
  -- The credential set that took the sale (provider + environment + a digest of the client id, never a secret):
  -- every later call about the sale goes there, whatever Settings say now.
  ALTER TABLE sales ADD COLUMN provider_account TEXT;
  -- A cancelled or expired PIX or transfer the customer paid anyway: when the till noticed (alert, mark, refund).
  ALTER TABLE sales ADD COLUMN late_paid_at TEXT;

  -- Money the till undoes by itself: an orphan charge (one the ledger books otherwise) or a late payment.
  -- kind: card_cancel | pix_refund | pix_left_to_expire | refund_twice (surfaced, not undone).
  -- state: requested (durable before the provider call) -> completed | failed; recorded for what needs no call.
  CREATE TABLE reversals (
    id TEXT PRIMARY KEY,
    sale_id TEXT NOT NULL REFERENCES sales (id),
    kind TEXT NOT NULL CHECK (kind IN ('card_cancel', 'pix_refund', 'pix_left_to_expire', 'refund_twice')),
    reason TEXT NOT NULL CHECK (reason IN ('orphan_charge', 'late_payment', 'refund_twice')),
    provider_id TEXT NOT NULL,
    provider_environment TEXT NOT NULL,
    provider_account TEXT,
    provider_ref TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    state TEXT NOT NULL CHECK (state IN ('requested', 'completed', 'failed', 'recorded')),
    transaction_id TEXT NOT NULL UNIQUE,
    provider_reversal_id TEXT,
    problem_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (provider_id, provider_environment, provider_ref, kind)
  );
  CREATE INDEX reversals_by_sale ON reversals (sale_id, created_at);
  CREATE INDEX reversals_by_day ON reversals (created_at);
  `,
  `
  -- Money is booked in the currency the provider charged (seed 002 may charge USD).
  ALTER TABLE sales ADD COLUMN currency TEXT NOT NULL DEFAULT 'BRL';
  ALTER TABLE refunds ADD COLUMN currency TEXT NOT NULL DEFAULT 'BRL';
  -- When the latest request for the refund went out: lookups run until a deadline past it before a resend.
  ALTER TABLE refunds ADD COLUMN sent_at TEXT;
  ALTER TABLE refunds ADD COLUMN sends INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX refunds_by_state ON refunds (state, created_at);

  -- A manager's decision about a reconciliation difference, so the next run shows it as resolved.
  CREATE TABLE reconcile_resolutions (
    key TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    note TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  `
  -- What a person decided about a "needs checking" sale. The audit journal says who authorized it; this says which of the two outcomes was chosen.
  CREATE TABLE sale_resolutions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id TEXT NOT NULL REFERENCES sales (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('charged', 'not_charged')),
    operator_id TEXT,
    at TEXT NOT NULL
  );
  `,
  `
  -- Split tender ("pagamento dividido"): a bill is what the customer owes; its tenders are ordinary sales of
  -- one method each, linked by bill_id. It is paid when its paid tenders cover the total.
  CREATE TABLE bills (
    id TEXT PRIMARY KEY,
    total_cents INTEGER NOT NULL CHECK (total_cents > 0),
    currency TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'paid', 'abandoned')),
    operator_id TEXT,
    shift_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX bills_by_state ON bills (state, created_at);
  ALTER TABLE sales ADD COLUMN bill_id TEXT REFERENCES bills (id);
  CREATE INDEX sales_by_bill ON sales (bill_id, created_at);
  `,
  `
  -- The store gets each sale's currency and the credential set that took it, and the operator who was signed in
  -- (the sale's own operator_id, by name: each till has its own operators), not a name typed in the store settings.
  DROP TRIGGER sales_numbered;
  CREATE TRIGGER sales_numbered AFTER INSERT ON sales WHEN NEW.number IS NULL BEGIN
    UPDATE till_identity SET last_number = last_number + 1;
    UPDATE sales SET
      till_code = (SELECT code FROM till_identity),
      number = (SELECT last_number FROM till_identity),
      operator = COALESCE((SELECT name FROM operators WHERE id = NEW.operator_id), '')
    WHERE id = NEW.id;
  END;
  DROP TRIGGER sales_outbox_insert;
  CREATE TRIGGER sales_outbox_insert AFTER INSERT ON sales WHEN NEW.number IS NOT NULL BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('sale', NEW.id, json_object(
      'id', NEW.id, 'till_code', NEW.till_code, 'number', NEW.number, 'operator', NEW.operator,
      'amount_cents', NEW.amount_cents, 'currency', NEW.currency, 'method', NEW.method, 'payment_type', json_extract(NEW.card_json, '$.paymentType'),
      'state', NEW.state, 'provider_id', NEW.provider_id, 'provider_environment', NEW.provider_environment, 'provider_account', NEW.provider_account,
      'pix_txid', NEW.pix_txid, 'card_charge_id', NEW.card_charge_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;
  DROP TRIGGER sales_outbox_update;
  CREATE TRIGGER sales_outbox_update AFTER UPDATE ON sales WHEN NEW.number IS NOT NULL BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('sale', NEW.id, json_object(
      'id', NEW.id, 'till_code', NEW.till_code, 'number', NEW.number, 'operator', NEW.operator,
      'amount_cents', NEW.amount_cents, 'currency', NEW.currency, 'method', NEW.method, 'payment_type', json_extract(NEW.card_json, '$.paymentType'),
      'state', NEW.state, 'provider_id', NEW.provider_id, 'provider_environment', NEW.provider_environment, 'provider_account', NEW.provider_account,
      'pix_txid', NEW.pix_txid, 'card_charge_id', NEW.card_charge_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;
  DROP TRIGGER refunds_outbox_insert;
  CREATE TRIGGER refunds_outbox_insert AFTER INSERT ON refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'currency', NEW.currency, 'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;
  DROP TRIGGER refunds_outbox_update;
  CREATE TRIGGER refunds_outbox_update AFTER UPDATE ON refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'currency', NEW.currency, 'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;
  `,
  `
  -- Refunds this till made of another till's sale (read from the store ledger): the sale is not in this ledger,
  -- so they have their own table. They carry the account and the provider's reference they were sent to, and go
  -- to the store through the outbox like every refund, under this till's code.
  CREATE TABLE other_till_refunds (
    id TEXT PRIMARY KEY,
    sale_id TEXT NOT NULL,
    sale_till_code TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    currency TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('pix', 'card')),
    provider_id TEXT NOT NULL,
    provider_environment TEXT NOT NULL,
    provider_account TEXT,
    provider_ref TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    transaction_id TEXT NOT NULL UNIQUE,
    provider_refund_id TEXT,
    problem_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX other_till_refunds_by_sale ON other_till_refunds (sale_id);
  CREATE TRIGGER other_till_refunds_outbox_insert AFTER INSERT ON other_till_refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'currency', NEW.currency, 'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;
  CREATE TRIGGER other_till_refunds_outbox_update AFTER UPDATE ON other_till_refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'currency', NEW.currency, 'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;
  `,
  `
  -- When the latest request for a refund of another till's sale went out: lookups run until a deadline past it before a resend.
  ALTER TABLE other_till_refunds ADD COLUMN sent_at TEXT;
  CREATE INDEX other_till_refunds_by_state ON other_till_refunds (state, created_at);
  `,
  `
  -- A static PIX has no provider to refund through: the shop gives the money back by hand (cash from the
  -- drawer or a PIX it sends itself). The refund row is the money; this says how it went back.
  CREATE TABLE manual_refunds (
    refund_id TEXT PRIMARY KEY REFERENCES refunds (id),
    paid_back TEXT NOT NULL CHECK (paid_back IN ('cash', 'pix')),
    at TEXT NOT NULL
  );
  `,
  `
  -- A reconciliation difference a manager reverses may be a charge no sale of this till made (money taken
  -- on the shop's account outside the till): such a reversal has no sale. SQLite cannot drop NOT NULL in
  -- place, so the table is rebuilt as it was, with sale_id optional and one more reason: 'reconciliation', a
  -- reversal a manager chose at reconciliation. Nothing references reversals.
  CREATE TABLE reversals_rebuilt (
    id TEXT PRIMARY KEY,
    sale_id TEXT REFERENCES sales (id),
    kind TEXT NOT NULL CHECK (kind IN ('card_cancel', 'pix_refund', 'pix_left_to_expire', 'refund_twice')),
    reason TEXT NOT NULL CHECK (reason IN ('orphan_charge', 'late_payment', 'refund_twice', 'reconciliation')),
    provider_id TEXT NOT NULL,
    provider_environment TEXT NOT NULL,
    provider_account TEXT,
    provider_ref TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    state TEXT NOT NULL CHECK (state IN ('requested', 'completed', 'failed', 'recorded')),
    transaction_id TEXT NOT NULL UNIQUE,
    provider_reversal_id TEXT,
    problem_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (provider_id, provider_environment, provider_ref, kind)
  );
  INSERT INTO reversals_rebuilt (id, sale_id, kind, reason, provider_id, provider_environment, provider_account, provider_ref,
    amount_cents, state, transaction_id, provider_reversal_id, problem_json, created_at, updated_at)
  SELECT id, sale_id, kind, reason, provider_id, provider_environment, provider_account, provider_ref,
    amount_cents, state, transaction_id, provider_reversal_id, problem_json, created_at, updated_at FROM reversals;
  DROP TABLE reversals;
  ALTER TABLE reversals_rebuilt RENAME TO reversals;
  CREATE INDEX reversals_by_sale ON reversals (sale_id, created_at);
  CREATE INDEX reversals_by_day ON reversals (created_at);
  `,
  `
  -- A reversal is in its charge's currency, which is the sale's when there is a sale (earlier rows: reais otherwise).
  ALTER TABLE reversals ADD COLUMN currency TEXT NOT NULL DEFAULT 'BRL';
  UPDATE reversals SET currency = (SELECT s.currency FROM sales s WHERE s.id = reversals.sale_id) WHERE sale_id IS NOT NULL;
  `,
  `
  -- The store learns which bill (split tender) each sale is a tender of. Tenders sold before go out again, so a
  -- store that already has them learns their bill too.
  DROP TRIGGER sales_outbox_insert;
  CREATE TRIGGER sales_outbox_insert AFTER INSERT ON sales WHEN NEW.number IS NOT NULL BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('sale', NEW.id, json_object(
      'id', NEW.id, 'till_code', NEW.till_code, 'number', NEW.number, 'operator', NEW.operator,
      'amount_cents', NEW.amount_cents, 'currency', NEW.currency, 'method', NEW.method, 'payment_type', json_extract(NEW.card_json, '$.paymentType'),
      'state', NEW.state, 'provider_id', NEW.provider_id, 'provider_environment', NEW.provider_environment, 'provider_account', NEW.provider_account,
      'pix_txid', NEW.pix_txid, 'card_charge_id', NEW.card_charge_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at,
      'bill_id', NEW.bill_id));
  END;
  DROP TRIGGER sales_outbox_update;
  CREATE TRIGGER sales_outbox_update AFTER UPDATE ON sales WHEN NEW.number IS NOT NULL BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('sale', NEW.id, json_object(
      'id', NEW.id, 'till_code', NEW.till_code, 'number', NEW.number, 'operator', NEW.operator,
      'amount_cents', NEW.amount_cents, 'currency', NEW.currency, 'method', NEW.method, 'payment_type', json_extract(NEW.card_json, '$.paymentType'),
      'state', NEW.state, 'provider_id', NEW.provider_id, 'provider_environment', NEW.provider_environment, 'provider_account', NEW.provider_account,
      'pix_txid', NEW.pix_txid, 'card_charge_id', NEW.card_charge_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at,
      'bill_id', NEW.bill_id));
  END;
  UPDATE sales SET updated_at = updated_at WHERE bill_id IS NOT NULL;
  `,
  `
  -- A refund given back by hand tells the store how (cash from the drawer, a PIX the shop sent itself), so the store's
  -- day report counts it apart and its reconciliation never looks for it at a provider. The refund is updated to
  -- completed after its manual_refunds row is written, in the same transaction, so its last payload carries the way.
  DROP TRIGGER refunds_outbox_insert;
  CREATE TRIGGER refunds_outbox_insert AFTER INSERT ON refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'currency', NEW.currency, 'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at,
      'paid_back', (SELECT paid_back FROM manual_refunds WHERE refund_id = NEW.id)));
  END;
  DROP TRIGGER refunds_outbox_update;
  CREATE TRIGGER refunds_outbox_update AFTER UPDATE ON refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'currency', NEW.currency, 'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at,
      'paid_back', (SELECT paid_back FROM manual_refunds WHERE refund_id = NEW.id)));
  END;
  -- Refunds made by hand before this step go again, now with the way they went back.
  UPDATE refunds SET updated_at = updated_at WHERE id IN (SELECT refund_id FROM manual_refunds);
  `,
];

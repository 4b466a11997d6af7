/** The ledger's first schema steps: sales, attempts, refunds and the records around them. Never edit a shipped step. */
export const EARLY_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sales (
    id TEXT PRIMARY KEY,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    method TEXT NOT NULL,
    state TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    pix_txid TEXT,
    pix_copy_and_paste TEXT,
    pix_expires_at TEXT,
    problem_json TEXT
  );
  CREATE INDEX sales_by_state ON sales (state, created_at);

  CREATE TABLE provider_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id TEXT NOT NULL REFERENCES sales (id),
    operation TEXT NOT NULL,
    transaction_id TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    outcome TEXT,
    error_code TEXT
  );

  CREATE TABLE sale_transitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id TEXT NOT NULL REFERENCES sales (id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE print_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    sale_id TEXT,
    document_json TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    problem TEXT,
    status_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    printed_at TEXT
  );
  CREATE INDEX print_jobs_by_state ON print_jobs (state, id);
  CREATE INDEX print_jobs_by_sale ON print_jobs (sale_id, id);
  `,
  `
  -- Set when the provider reported a final status for the sale's PIX charge: nothing left to poll.
  ALTER TABLE sales ADD COLUMN pix_settled_at TEXT;
  `,
  `
  -- Card sales keep what a receipt and a refund need, never the card number or CVV.
  ALTER TABLE sales ADD COLUMN provider_environment TEXT NOT NULL DEFAULT 'embedded';
  ALTER TABLE sales ADD COLUMN card_charge_id TEXT;
  ALTER TABLE sales ADD COLUMN card_json TEXT;
  ALTER TABLE sales ADD COLUMN pix_quote_json TEXT;
  ALTER TABLE sales ADD COLUMN bank_transfer_json TEXT;

  CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    sale_id TEXT NOT NULL REFERENCES sales (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    transaction_id TEXT NOT NULL UNIQUE,
    provider_refund_id TEXT,
    problem_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX refunds_by_sale ON refunds (sale_id, created_at);

  -- Provider tokens for saved cards: the till lists them where the provider documents no listing.
  CREATE TABLE saved_cards (
    id TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    provider_environment TEXT NOT NULL,
    brand TEXT NOT NULL,
    first6 TEXT NOT NULL,
    last4 TEXT NOT NULL,
    holder_name TEXT NOT NULL,
    expiry TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (provider_id, provider_environment, id)
  );
  `,  `
  -- Operators and the till's audit journal (who, what, when; before and after for settings).
  CREATE TABLE operators (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('manager', 'cashier')),
    pin_hash TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    failed_pins INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX operators_by_name ON operators (name COLLATE NOCASE);

  CREATE TABLE audit_journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    operator_id TEXT,
    approved_by TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    before_json TEXT,
    after_json TEXT
  );

  -- Shifts: a counted float, cash in and out with a reason, and a blind count at the close.
  CREATE TABLE shifts (
    id TEXT PRIMARY KEY,
    opened_by TEXT NOT NULL REFERENCES operators (id),
    opened_at TEXT NOT NULL,
    float_cents INTEGER NOT NULL CHECK (float_cents >= 0),
    closed_by TEXT REFERENCES operators (id),
    closed_at TEXT,
    counted_json TEXT
  );
  CREATE UNIQUE INDEX one_open_shift ON shifts (closed_at IS NULL) WHERE closed_at IS NULL;

  CREATE TABLE cash_movements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id TEXT NOT NULL REFERENCES shifts (id),
    kind TEXT NOT NULL CHECK (kind IN ('sangria', 'suprimento')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    reason TEXT NOT NULL,
    operator_id TEXT NOT NULL REFERENCES operators (id),
    at TEXT NOT NULL
  );

  -- Every sale belongs to the operator who made it and the shift it was made in; cash keeps the change.
  ALTER TABLE sales ADD COLUMN operator_id TEXT;
  ALTER TABLE sales ADD COLUMN shift_id TEXT;
  ALTER TABLE sales ADD COLUMN cash_json TEXT;
  CREATE INDEX sales_by_shift ON sales (shift_id, created_at);
  `,
  `
  -- Several tills, one shop: this till's identity, its own sale numbers (C2-000123) and the outbox.
  -- Triggers write every sale and refund change to the outbox in the same transaction as the change,
  -- so the store replicator can never miss one, whichever service made it.
  CREATE TABLE till_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    last_number INTEGER NOT NULL DEFAULT 0
  );
  INSERT INTO till_identity (singleton, code, name) VALUES (1, 'C1', 'Caixa 1');

  ALTER TABLE sales ADD COLUMN till_code TEXT;
  ALTER TABLE sales ADD COLUMN number INTEGER;
  ALTER TABLE sales ADD COLUMN operator TEXT;
  UPDATE sales SET till_code = 'C1', operator = '', number = (
    SELECT COUNT(*) FROM sales AS earlier
    WHERE earlier.created_at < sales.created_at OR (earlier.created_at = sales.created_at AND earlier.id <= sales.id)
  );
  UPDATE till_identity SET last_number = (SELECT COUNT(*) FROM sales);
  CREATE UNIQUE INDEX sales_by_number ON sales (till_code, number);

  CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL CHECK (entity IN ('sale', 'refund')),
    entity_id TEXT NOT NULL,
    payload TEXT NOT NULL
  );

  CREATE TRIGGER sales_numbered AFTER INSERT ON sales WHEN NEW.number IS NULL BEGIN
    UPDATE till_identity SET last_number = last_number + 1;
    UPDATE sales SET
      till_code = (SELECT code FROM till_identity),
      number = (SELECT last_number FROM till_identity),
      operator = (SELECT operator FROM till_identity)
    WHERE id = NEW.id;
  END;

  CREATE TRIGGER sales_outbox_insert AFTER INSERT ON sales WHEN NEW.number IS NOT NULL BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('sale', NEW.id, json_object(
      'id', NEW.id, 'till_code', NEW.till_code, 'number', NEW.number, 'operator', NEW.operator,
      'amount_cents', NEW.amount_cents, 'method', NEW.method, 'payment_type', json_extract(NEW.card_json, '$.paymentType'),
      'state', NEW.state, 'provider_id', NEW.provider_id, 'provider_environment', NEW.provider_environment,
      'pix_txid', NEW.pix_txid, 'card_charge_id', NEW.card_charge_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;

  CREATE TRIGGER sales_outbox_update AFTER UPDATE ON sales WHEN NEW.number IS NOT NULL BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('sale', NEW.id, json_object(
      'id', NEW.id, 'till_code', NEW.till_code, 'number', NEW.number, 'operator', NEW.operator,
      'amount_cents', NEW.amount_cents, 'method', NEW.method, 'payment_type', json_extract(NEW.card_json, '$.paymentType'),
      'state', NEW.state, 'provider_id', NEW.provider_id, 'provider_environment', NEW.provider_environment,
      'pix_txid', NEW.pix_txid, 'card_charge_id', NEW.card_charge_id, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;

  CREATE TRIGGER refunds_outbox_insert AFTER INSERT ON refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;

  CREATE TRIGGER refunds_outbox_update AFTER UPDATE ON refunds BEGIN
    INSERT INTO outbox (entity, entity_id, payload) VALUES ('refund', NEW.id, json_object(
      'id', NEW.id, 'sale_id', NEW.sale_id, 'till_code', (SELECT code FROM till_identity), 'amount_cents', NEW.amount_cents,
      'state', NEW.state, 'reason', NEW.reason, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
  END;
  `,
];

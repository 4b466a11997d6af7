/** Ordered schema steps; `PRAGMA user_version` records how many have run. Never edit a shipped step. */
export const MIGRATIONS: readonly string[] = [
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
  `,
];

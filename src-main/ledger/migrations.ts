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
];

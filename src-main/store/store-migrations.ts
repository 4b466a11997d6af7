/**
 * The store ledger's schema, applied by the tills themselves: each step in its own transaction, recorded
 * in `store_schema_version`. Several tills may start at once, so each step takes an advisory lock and
 * looks at the version again before it runs. Never edit a shipped step; append a new one.
 */
import type { StoreClient } from './store-client.ts';

const LOCK_KEY = 0x5044_5601; // "PDV" + 1: any fixed number the shop's database does not use for something else

export const STORE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE tills (
    code TEXT PRIMARY KEY,
    install_id TEXT NOT NULL,
    name TEXT NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL
  );
  CREATE TABLE sales (
    id UUID PRIMARY KEY,
    till_code TEXT NOT NULL,
    number INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    method TEXT NOT NULL,
    payment_type TEXT,
    state TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    provider_environment TEXT NOT NULL,
    pix_txid TEXT,
    card_charge_id TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version BIGINT NOT NULL,
    UNIQUE (till_code, number)
  );
  CREATE INDEX sales_by_day ON sales (created_at);
  CREATE TABLE refunds (
    id UUID PRIMARY KEY,
    sale_id UUID NOT NULL,
    till_code TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    state TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version BIGINT NOT NULL
  );
  CREATE INDEX refunds_by_day ON refunds (created_at);
  CREATE INDEX refunds_by_sale ON refunds (sale_id);
  `,
  `
  -- Who sold, for the owner's filter; and the refund total each sale's refunds lock (SELECT ... FOR UPDATE).
  ALTER TABLE sales ADD COLUMN operator TEXT NOT NULL DEFAULT '';
  CREATE TABLE refund_totals (
    sale_id UUID PRIMARY KEY,
    sale_cents BIGINT NOT NULL,
    reserved_cents BIGINT NOT NULL DEFAULT 0 CHECK (reserved_cents >= 0)
  );
  CREATE TABLE refund_reservations (
    refund_id UUID PRIMARY KEY,
    sale_id UUID NOT NULL REFERENCES refund_totals (sale_id),
    till_code TEXT NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    released BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  INSERT INTO refund_totals (sale_id, sale_cents) SELECT id, amount_cents FROM sales;
  INSERT INTO refund_reservations (refund_id, sale_id, till_code, amount_cents, released)
    SELECT id, sale_id, till_code, amount_cents, state = 'failed' FROM refunds WHERE sale_id IN (SELECT id FROM sales);
  UPDATE refund_totals SET reserved_cents = held.cents
    FROM (SELECT sale_id, SUM(amount_cents) AS cents FROM refund_reservations WHERE NOT released GROUP BY sale_id) AS held
    WHERE refund_totals.sale_id = held.sale_id;
  CREATE INDEX sales_by_till ON sales (till_code, created_at);
  `,
  `
  -- Each till counts its writes in its own row: the sum tells every till that the store views changed.
  CREATE TABLE store_changes (
    till_code TEXT PRIMARY KEY,
    changes BIGINT NOT NULL DEFAULT 0
  );
  `,
  `
  -- Money is booked in the currency the provider charged; rows from before it was sent were reais. The credential
  -- set that took a sale (provider, environment, account digest) lets any till refund it at that account.
  ALTER TABLE sales ADD COLUMN currency TEXT NOT NULL DEFAULT 'BRL';
  ALTER TABLE sales ADD COLUMN provider_account TEXT;
  ALTER TABLE refunds ADD COLUMN currency TEXT NOT NULL DEFAULT 'BRL';
  `,
  `
  -- Split tender: the bill a sale is a tender of. Null for a sale paid at once, and for rows a till sent before it
  -- knew bills (they learn theirs when the till sends them again).
  ALTER TABLE sales ADD COLUMN bill_id UUID;
  CREATE INDEX sales_by_bill ON sales (bill_id, created_at, number) WHERE bill_id IS NOT NULL;
  `,
  `
  -- How a refund given back by hand went back (cash, pix); null for a refund through a provider, and for rows a till
  -- sent before it knew the way (it sends them again with it).
  ALTER TABLE refunds ADD COLUMN paid_back TEXT CHECK (paid_back IN ('cash', 'pix'));
  `,
];

/** Brings the schema up to `steps` (all of them unless a test asks for an older schema). Returns the version reached. */
export async function migrateStore(client: StoreClient, steps: readonly string[] = STORE_MIGRATIONS): Promise<number> {
  await client.transaction(async (tx) => {
    // Two tills creating the table at the same moment would collide in the catalog: the lock makes them take turns.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query('CREATE TABLE IF NOT EXISTS store_schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
  });
  for (;;) {
    const applied = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const [row] = await tx.query<{ version: number | null }>('SELECT MAX(version) AS version FROM store_schema_version');
      const version = row?.version ?? 0;
      const step = steps[version];
      if (step === undefined) return { version, ran: false };
      await tx.query(step);
      await tx.query('INSERT INTO store_schema_version (version, applied_at) VALUES ($1, now())', [version + 1]);
      return { version: version + 1, ran: true };
    });
    if (!applied.ran) return applied.version;
  }
}

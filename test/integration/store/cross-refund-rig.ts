/**
 * What the tests of refunds across tills share: one sandbox in its own process for every till, a PIX sale the
 * customer pays at that sandbox, the provider's own list of a charge's refunds, and this till's refunds of
 * other tills' sales as its ledger holds them.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { onTestFinished } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { LEDGER_FILE } from '../../../src-main/ledger/open-ledger.ts';
import { providerOn } from '../../support/provider-side.ts';
import { okValue } from '../../support/replies.ts';
import { startSandboxProcess, type SandboxProcess } from '../../support/sandbox-process.ts';
import { waitFor } from '../../support/wait-for.ts';
import type { Till } from './store-tills.ts';

export async function sharedSandbox(): Promise<SandboxProcess> {
  // A charge of x,01 pays itself at the sandbox: the customer's side, with no till involved.
  const sandbox = await startSandboxProcess({ autoPayDelayMs: 100 });
  onTestFinished(() => sandbox.kill());
  return sandbox;
}

export async function paidPix(till: Till, amountCents: number): Promise<SaleView> {
  const sale = okValue<SaleView>(await till.invoke('sale.startPix', { amountCents }));
  return waitFor(async () => {
    const now = okValue<SaleView>(await till.invoke('sale.get', { saleId: sale.id }));
    return now.state === 'paid' && now;
  }, 'the PIX sale to be paid');
}

/** The provider's own list of refunds of a charge, as its portal shows them. */
export async function refundsAtProvider(sandbox: SandboxProcess, txid: string) {
  const pix = providerOn(sandbox, 'astrapay').pix;
  if (!pix?.listRefunds) throw new Error('Astrapay lists refunds');
  const day = 24 * 3600_000;
  const page = await pix.listRefunds({ from: new Date(Date.now() - day), to: new Date(Date.now() + day), page: 0, pageSize: 100 });
  return page.items.filter((refund) => refund.txid === txid).map((refund) => refund.amountCents).sort((a, b) => a - b);
}

export interface OtherTillRefundRow {
  id: string;
  sale_id: string;
  amount_cents: number;
  state: string;
  transaction_id: string;
}

/** This till's refunds of other tills' sales, oldest first, read from its ledger file. */
export function otherTillRefundRows(dataDir: string): OtherTillRefundRow[] {
  const db = new DatabaseSync(join(dataDir, LEDGER_FILE), { readOnly: true });
  try {
    return db.prepare('SELECT id, sale_id, amount_cents, state, transaction_id FROM other_till_refunds ORDER BY created_at').all() as unknown as OtherTillRefundRow[];
  } finally {
    db.close();
  }
}

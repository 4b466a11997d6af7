/**
 * An update is applied only when no sale is open: a restart in the middle of a charge would leave it
 * for the poller to sort out and the customer waiting. Waits for the counter to be free, then installs.
 */
import type { SaleView } from '../../src-preload/contract.ts';
import type { PosCore } from '../app/create-pos-core.ts';

const OPEN_STATES = new Set<SaleView['state']>(['draft', 'awaiting_payment']);

async function saleOpen(core: Pick<PosCore, 'router'>): Promise<boolean> {
  const reply = await core.router.handle('sale.current', {}, 'cashier');
  if (!reply.ok) return true;
  const sale = reply.value as SaleView | null;
  return sale !== null && OPEN_STATES.has(sale.state);
}

/** Calls `install` once, as soon as no sale is open. Returns a function that gives up waiting. */
export function installWhenNoSaleOpen(core: Pick<PosCore, 'router' | 'events'>, install: () => void): () => void {
  let done = false;
  const attempt = async () => {
    if (done || (await saleOpen(core)) || done) return;
    done = true;
    off();
    install();
  };
  const off = core.events.on('sale.changed', () => void attempt());
  void attempt();
  return () => {
    done = true;
    off();
  };
}

/**
 * The composition root: both shells call this with their ports and get the router to serve,
 * the event bus to forward, and `close`.
 */
import type { AppInfo, Language, ProviderInfo } from '../../src-preload/contract.ts';
import { createHttpClient } from '../http/http-client.ts';
import { openLedger } from '../ledger/open-ledger.ts';
import { createSalesRepository } from '../ledger/sales-repository.ts';
import { capabilitiesOf } from '../providers/provider.ts';
import { createActiveProviders } from '../providers/provider-registry.ts';
import type { PollSchedule } from '../sales/poll-scheduler.ts';
import { createSaleService } from '../sales/sale-service.ts';
import { startSimulator, type Simulator } from '../simulator/simulator.ts';
import { createEventBus, type EventBus } from './events.ts';
import type { Ports } from './ports.ts';
import { createRouter, type Router } from './router.ts';

export interface CoreOptions {
  version: string;
  /** Demo mode: how long a charge ending in 1 cent takes to pay itself. */
  demoAutoPayDelayMs?: number;
  pixExpiresInSeconds?: number;
  pollSchedule?: PollSchedule;
  providerTimeoutMs?: number;
}

export interface PosCore {
  router: Router;
  events: EventBus;
  /** Present in demo mode: the embedded sandbox the demo provider talks to. */
  simulator: Simulator | undefined;
  close(): Promise<void>;
}

export async function createPosCore(ports: Ports, options: CoreOptions): Promise<PosCore> {
  const db = openLedger(ports.dataDir);
  const events = createEventBus();
  const selections = ports.settings.get('providers');
  const embedded = [selections.pix, selections.card].some((selection) => selection?.environment === 'embedded');
  const simulator = embedded
    ? await startSimulator({ clock: ports.clock, autoPayDelayMs: options.demoAutoPayDelayMs ?? 4000 })
    : undefined;
  const providers = createActiveProviders(selections, {
    secrets: ports.secrets,
    http: createHttpClient(ports.fetch),
    clock: ports.clock,
    simulator,
    ...(options.providerTimeoutMs ? { timeoutMs: options.providerTimeoutMs } : {}),
  });
  const sales = createSaleService({
    sales: createSalesRepository(db),
    provider: providers.pix,
    events,
    clock: ports.clock,
    logger: ports.logger,
    pixExpiresInSeconds: options.pixExpiresInSeconds ?? 600,
    ...(options.pollSchedule ? { pollSchedule: options.pollSchedule } : {}),
  });

  const describe = (role: 'pix' | 'card'): ProviderInfo | null => {
    const provider = providers[role];
    const selection = selections[role];
    return provider && selection
      ? { id: provider.id, name: provider.name, environment: selection.environment, capabilities: capabilitiesOf(provider) }
      : null;
  };
  const info = (): AppInfo => ({
    version: options.version,
    language: ports.settings.get('language'),
    demo: embedded,
    pix: describe('pix'),
    card: describe('card'),
  });
  const setLanguage = ({ language }: { language: Language }): AppInfo => {
    ports.settings.set('language', language);
    const updated = info();
    events.emit('app.changed', updated);
    return updated;
  };

  const router = createRouter(
    {
      'app.info': info,
      'settings.setLanguage': setLanguage,
      'sale.current': () => sales.current(),
      'sale.startPix': ({ amountCents }) => sales.startPix(amountCents),
      'sale.cancel': ({ saleId }) => sales.cancel(saleId),
      'sale.dismiss': () => sales.dismiss(),
      'sale.simulatePayment': ({ saleId }) => sales.simulatePayment(saleId),
    },
    ports.logger,
  );
  sales.resume();
  ports.logger.info('Till ready', { pix: selections.pix?.id ?? null, card: selections.card?.id ?? null, dataDir: ports.dataDir });

  return {
    router,
    events,
    simulator,
    async close() {
      sales.close();
      await simulator?.close();
      db.close();
    },
  };
}

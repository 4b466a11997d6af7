/**
 * The provider's own view of what the till did: a production adapter pointed at the sandbox, asked by the
 * reference the till sends (the sale id), as a bookkeeper would look in the provider's portal.
 */
import type { ProviderId } from '../../src-preload/contract.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import { systemClock, type Clock } from '../../src-main/core/ports.ts';
import { createHttpClient } from '../../src-main/http/http-client.ts';
import { PROVIDERS } from '../../src-main/providers/provider-catalog.ts';
import type { Provider } from '../../src-main/providers/provider.ts';
import type { Simulator } from '../../src-main/simulator/simulator.ts';

/** A sandbox in this process or in its own: only its base URL matters. */
type Sandbox = Pick<Simulator, 'url'>;

export function providerOn(sim: Sandbox, id: ProviderId, clock: Clock = systemClock): Provider {
  const definition = PROVIDERS[id];
  if (!definition) throw new Error(`No provider ${id}`);
  return definition.create({
    baseUrl: `${sim.url}${definition.sandboxPrefix}`,
    credentials: definition.sandboxCredentials,
    http: createHttpClient(globalThis.fetch),
    clock,
    timeoutMs: 5000,
    sandboxUrl: sim.url,
    logger: silentLogger,
  });
}

const DAY_MS = 24 * 3600_000;

/** PIX charges the provider holds for this sale. */
export function pixChargesFor(sim: Sandbox, id: ProviderId, saleId: string) {
  const pix = providerOn(sim, id).pix;
  if (!pix) throw new Error(`${id} takes no PIX`);
  return pix.findByReference(saleId, new Date());
}

/** Card charges the provider holds for this sale. */
export function cardChargesFor(sim: Sandbox, id: ProviderId, saleId: string) {
  const find = providerOn(sim, id).card?.findByReference;
  if (!find) throw new Error(`${id} has no card lookup`);
  return find(saleId, new Date(Date.now() - DAY_MS), new Date(Date.now() + DAY_MS));
}

/** Bank transfers the provider holds for this sale. */
export function transfersFor(sim: Sandbox, id: ProviderId, saleId: string) {
  const transfers = providerOn(sim, id).bankTransfer;
  if (!transfers) throw new Error(`${id} takes no transfers`);
  return transfers.findByReference(saleId);
}

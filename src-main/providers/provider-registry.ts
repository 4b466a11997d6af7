/**
 * Builds the providers the shop selected in Settings: one for PIX and one for cards (often the same).
 * "Embedded" points a provider at the embedded sandbox with its demo credentials; that is the demo mode.
 */
import type { Clock, ProviderSelection, SecretStore } from '../core/ports.ts';
import type { HttpSend } from '../http/http-client.ts';
import type { Simulator } from '../simulator/simulator.ts';
import { PROVIDERS, type ProviderDefinition } from './provider-catalog.ts';
import type { Provider } from './provider.ts';

export const PROVIDER_TIMEOUT_MS = 15_000;

export interface ProviderContext {
  secrets: SecretStore;
  http: HttpSend;
  clock: Clock;
  simulator: Simulator | undefined;
  timeoutMs?: number;
}

export interface ActiveProviders {
  pix: Provider | undefined;
  card: Provider | undefined;
}

export function secretName(selection: ProviderSelection, field: string): string {
  return `${selection.id}.${selection.environment}.${field}`;
}

export function createProvider(selection: ProviderSelection, context: ProviderContext): Provider {
  const definition: ProviderDefinition = PROVIDERS[selection.id];
  const embedded = selection.environment === 'embedded';
  if (embedded && !context.simulator) throw new Error('The embedded environment needs the sandbox running');
  const sandboxUrl = embedded ? context.simulator?.url : undefined;
  const credentials = embedded
    ? definition.sandboxCredentials
    : Object.fromEntries(definition.credentialFields.map((field) => [field, context.secrets.get(secretName(selection, field)) ?? '']));
  return definition.create({
    baseUrl: sandboxUrl ? `${sandboxUrl}${definition.sandboxPrefix}` : definition.baseUrls[selection.environment as 'sandbox' | 'production'],
    credentials,
    http: context.http,
    clock: context.clock,
    timeoutMs: context.timeoutMs ?? PROVIDER_TIMEOUT_MS,
    sandboxUrl,
  });
}

export function createActiveProviders(
  selections: { pix: ProviderSelection | null; card: ProviderSelection | null },
  context: ProviderContext,
): ActiveProviders {
  const pix = selections.pix ? createProvider(selections.pix, context) : undefined;
  const sameAsPix = selections.card && selections.pix && selections.card.id === selections.pix.id && selections.card.environment === selections.pix.environment;
  // One instance when both roles use the same account, so they share a token cache.
  const card = sameAsPix ? pix : selections.card ? createProvider(selections.card, context) : undefined;
  return { pix, card };
}

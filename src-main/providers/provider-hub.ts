/**
 * The providers the shop selected in Settings (one for PIX, one for cards, often the same account),
 * built on demand and cached per provider and environment so both roles share one token cache.
 * Older sales keep talking to the provider that took them, whatever Settings says today.
 * The "embedded" environment points a provider at the demo sandbox, wherever the composition root
 * runs it (in this process or in its own): the hub only asks for its base URL.
 */
import type { Environment, ProviderId, ProviderSelection } from '../../src-preload/contract.ts';
import { accountRemovedError, invalidInput, invalidState, noProviderError } from '../core/errors.ts';
import type { Clock, Logger, SecretStore } from '../core/ports.ts';
import type { HttpSend } from '../http/http-client.ts';
import { accountId } from './provider-account.ts';
import { PROVIDERS } from './provider-catalog.ts';
import type { ProviderDefinition } from './provider-definition.ts';
import type { Provider } from './provider.ts';

export const PROVIDER_TIMEOUT_MS = 15_000;

export interface ProviderHubDeps {
  /** What Settings say at start; `select` changes it. */
  selections: Selections;
  secrets: SecretStore;
  logger: Logger;
  http: HttpSend;
  clock: Clock;
  timeoutMs?: number;
  /** Demo mode: the base URL of the sandbox behind the "embedded" environment, asked for only when needed. */
  sandboxUrl: () => Promise<string>;
}

export interface Selections {
  pix: ProviderSelection | null;
  card: ProviderSelection | null;
}

export function secretName(id: ProviderId, environment: Environment, field: string): string {
  return `${id}.${environment}.${field}`;
}

export function definitionOf(id: ProviderId): ProviderDefinition {
  const definition = PROVIDERS[id];
  if (!definition) throw invalidInput('provider.unknown', `Unknown provider ${id}`);
  return definition;
}

export interface ProviderHub {
  selections(): Selections;
  demo(): boolean;
  /** The credential set the till holds now for this provider and environment (a label, never a secret). */
  account(selection: { id: ProviderId; environment: Environment }): string | null;
  /** The provider taking PIX or cards now, with its selection and account; throws when the shop configured none. */
  active(role: 'pix' | 'card'): { provider: Provider; selection: ProviderSelection; account: string | null };
  /**
   * The provider and account that took a sale, to follow, cancel, reverse or refund it, whatever Settings
   * say now. When that account's credentials are gone (removed or replaced), it says so instead of asking
   * another account about a charge it never saw.
   */
  forSale(sale: { providerId: ProviderId | null; providerEnvironment: Environment; providerAccount: string | null }): Provider;
  select(next: Selections): Promise<void>;
  /** New credentials: the next call builds a fresh client (and token cache) for that account. */
  forget(id: ProviderId, environment: Environment): void;
  testConnection(selection: ProviderSelection): Promise<void>;
}

export async function createProviderHub(options: ProviderHubDeps): Promise<ProviderHub> {
  let selections = options.selections;
  let sandboxUrl: string | undefined;
  const instances = new Map<string, Provider>();

  const needsSandbox = (candidate: Selections) =>
    [candidate.pix, candidate.card].some((selection) => selection?.environment === 'embedded');
  const ensureSandbox = async (candidate: Selections) => {
    if (needsSandbox(candidate) && !sandboxUrl) sandboxUrl = await options.sandboxUrl();
  };

  const credentialsOf = (id: ProviderId, environment: Environment): Record<string, string> => {
    const definition = definitionOf(id);
    const stored = Object.fromEntries(definition.credentialFields.map((field) => [field, options.secrets.get(secretName(id, environment, field)) ?? '']));
    // The demo keys open the sandbox; a shop's other settings for it (seed 002's currency) still apply.
    return environment === 'embedded' ? { ...stored, ...definition.sandboxCredentials } : stored;
  };
  // Read once per credential set (`forget` drops it): the secret store may decrypt or read a file on every get.
  const accounts = new Map<string, string | null>();
  const accountOf = ({ id, environment }: { id: ProviderId; environment: Environment }): string | null => {
    const key = `${id}.${environment}`;
    if (!accounts.has(key)) accounts.set(key, accountId(id, environment, credentialsOf(id, environment)[definitionOf(id).credentialFields[0] ?? ''] ?? ''));
    return accounts.get(key) ?? null;
  };

  const build = ({ id, environment }: { id: ProviderId; environment: Environment }): Provider => {
    const definition = definitionOf(id);
    const embeddedUrl = environment === 'embedded' ? sandboxUrl : undefined;
    if (environment === 'embedded' && !embeddedUrl) throw new Error('The embedded environment needs the sandbox running');
    const credentials = credentialsOf(id, environment);
    return definition.create({
      baseUrl: embeddedUrl ? `${embeddedUrl}${definition.sandboxPrefix}` : definition.baseUrls[environment as 'sandbox' | 'production'],
      credentials,
      http: options.http,
      clock: options.clock,
      timeoutMs: options.timeoutMs ?? PROVIDER_TIMEOUT_MS,
      sandboxUrl: embeddedUrl,
      logger: options.logger,
    });
  };

  const instance = (selection: { id: ProviderId; environment: Environment }): Provider => {
    const key = `${selection.id}.${selection.environment}`;
    let provider = instances.get(key);
    if (!provider) {
      provider = build(selection);
      instances.set(key, provider);
    }
    return provider;
  };

  await ensureSandbox(selections);

  return {
    selections: () => selections,
    /** The credential set the till holds now for this provider and environment (a label, never a secret). */
    account: accountOf,
    demo: () => needsSandbox(selections),
    active(role: 'pix' | 'card'): { provider: Provider; selection: ProviderSelection; account: string | null } {
      const selection = selections[role];
      if (!selection) {
        throw invalidState(`provider.no_${role}`, `No ${role} provider is configured`);
      }
      return { provider: instance(selection), selection, account: accountOf(selection) };
    },
    forSale(sale: { providerId: ProviderId | null; providerEnvironment: Environment; providerAccount: string | null }): Provider {
      if (!sale.providerId) throw noProviderError();
      const selection = { id: sale.providerId, environment: sale.providerEnvironment };
      if (sale.providerAccount !== null && accountOf(selection) !== sale.providerAccount) throw accountRemovedError(sale.providerAccount);
      return instance(selection);
    },
    async select(next: Selections): Promise<void> {
      for (const selection of [next.pix, next.card]) if (selection) definitionOf(selection.id);
      await ensureSandbox(next);
      selections = next;
    },
    forget(id: ProviderId, environment: Environment): void {
      instances.delete(`${id}.${environment}`);
      accounts.delete(`${id}.${environment}`);
    },
    async testConnection(selection: ProviderSelection): Promise<void> {
      await ensureSandbox({ pix: selection, card: null });
      await build(selection).testConnection();
    },
  };
}


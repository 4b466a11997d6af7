/** What it takes to build a provider: the shape every adapter's definition fills in. */
import type { ProviderId } from '../../src-preload/contract.ts';
import type { Clock, Logger } from '../core/ports.ts';
import type { HttpSend } from '../http/http-client.ts';
import type { Provider } from './provider.ts';

export interface ProviderSetup {
  baseUrl: string;
  credentials: Record<string, string>;
  http: HttpSend;
  clock: Clock;
  timeoutMs: number;
  /** Set only in the embedded environment: the sandbox root, for its test controls (simulate a payment). */
  sandboxUrl: string | undefined;
  /** For what a provider must report but not throw (identifiers and codes only, never card data). */
  logger: Logger;
}

export interface ProviderDefinition {
  id: ProviderId;
  name: string;
  credentialFields: readonly string[];
  /** What a shop can pick it for in Settings. */
  roles: readonly ('pix' | 'card')[];
  baseUrls: { sandbox: string; production: string };
  /** Path of this provider's API inside the embedded sandbox. */
  sandboxPrefix: string;
  /** The embedded sandbox's demo credentials (not secrets: they only open the local sandbox). */
  sandboxCredentials: Record<string, string>;
  create(setup: ProviderSetup): Provider;
}

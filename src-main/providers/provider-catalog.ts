/**
 * Every provider a shop can pick in Settings, with what it takes to build one: its documented base
 * URLs, the credential fields it needs, and where it lives inside the embedded sandbox.
 * A provider joins the till by adding its definition here.
 */
import type { ProviderId } from '../../src-preload/contract.ts';
import type { Clock, Logger } from '../core/ports.ts';
import type { HttpSend } from '../http/http-client.ts';
import { ASTRAPAY_DEFINITION } from './astrapay/astrapay-definition.ts';
import { CARD_PAYMENTS_DEFINITION } from './card-payments/card-payments-definition.ts';
import { PAYMENTS_DEFINITION } from './payments/payments-definition.ts';
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

/** The ids come from the contract (PROVIDER_IDS); a provider is offered once its definition is here. */
export const PROVIDERS: Partial<Record<ProviderId, ProviderDefinition>> = {
  astrapay: ASTRAPAY_DEFINITION,
  'card-payments': CARD_PAYMENTS_DEFINITION,
  payments: PAYMENTS_DEFINITION,
};

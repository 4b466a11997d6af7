/**
 * Every provider a shop can pick in Settings, with what it takes to build one: its documented base
 * URLs, the credential fields it needs, and where it lives inside the embedded sandbox.
 * A provider joins the till by adding its definition here.
 */
import type { ProviderId } from '../../src-preload/contract.ts';
import { ASTRAPAY_DEFINITION } from './astrapay/astrapay-definition.ts';
import { CARD_PAYMENTS_DEFINITION } from './card-payments/card-payments-definition.ts';
import { PAYMENTS_DEFINITION } from './payments/payments-definition.ts';
import type { ProviderDefinition } from './provider-definition.ts';

/** The ids come from the contract (PROVIDER_IDS); a provider is offered once its definition is here. */
export const PROVIDERS: Partial<Record<ProviderId, ProviderDefinition>> = {
  astrapay: ASTRAPAY_DEFINITION,
  'card-payments': CARD_PAYMENTS_DEFINITION,
  payments: PAYMENTS_DEFINITION,
};

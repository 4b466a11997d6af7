/** The card gateway of seed 004 in the sandbox, under `/card-payments`, with its saved-card vault. */
import { CARD_PAYMENTS_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { SandboxContext, SandboxModule } from '../sandbox-module.ts';
import { createCardPaymentsRoute } from './card-payments-route.ts';
import { createCardVault } from './card-vault.ts';
import { createTokenizeRoute } from './tokenize-route.ts';

export function createCardPaymentsSandbox(context: SandboxContext): SandboxModule {
  const vault = createCardVault(context.db, context.clock);
  const payments = createCardPaymentsRoute(context.db, vault, context.clock);
  return {
    name: 'Card Payments',
    demoCredentials: CARD_PAYMENTS_DEMO_CREDENTIALS,
    prefix: '/card-payments',
    routes: [
      { method: 'POST', path: '/card-payments/v1/card_payments', handle: payments.handle },
      { method: 'POST', path: '/card-payments/v1/tokenize_card', handle: createTokenizeRoute(vault) },
    ],
    controls: [
      // Every payment the gateway received, approved or not: how a test proves nothing was charged twice.
      { method: 'GET', path: '/__sim/card-payments/payments', handle: () => ({ status: 200, body: { payments: payments.recorded() } }) },
    ],
    // API keys do not expire; the only tokens this gateway issues are saved-card tokens.
    expireTokens: () => vault.clear(),
  };
}

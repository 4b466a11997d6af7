/**
 * The Payments API (seed 002) in the sandbox, under `/payments`, with one control:
 * `POST /__sim/payments/:id/pay` makes the customer pay a pending payment (204; 404 unknown; 409 not pending).
 */
import { PAYMENTS_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { SandboxContext, SandboxModule } from '../sandbox-module.ts';
import { paymentsError } from './auth.ts';
import { paymentRoutes } from './payment-routes.ts';
import { createPaymentStore } from './payment-store.ts';

export function createPaymentsSandbox(context: SandboxContext): SandboxModule {
  const store = createPaymentStore(context.db, context.clock, context.autoPayDelayMs);
  return {
    name: 'Payments',
    demoCredentials: PAYMENTS_DEMO_CREDENTIALS,
    prefix: '/payments',
    routes: paymentRoutes(store),
    controls: [
      {
        method: 'POST',
        path: '/__sim/payments/:id/pay',
        handle(request) {
          const id = request.params.id ?? '';
          if (!store.get(id)) return paymentsError(404, 'Payment not found.');
          return store.pay(id) ? { status: 204 } : paymentsError(409, 'Only a pending payment can be paid.');
        },
      },
    ],
    // An API key has no lifetime, so the `expired_token` fault has nothing to expire here.
    expireTokens() {},
  };
}

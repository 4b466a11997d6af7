/**
 * Astrapay's APIs in the sandbox, under `/astrapay`: OAuth, the PIX charge API (dynamic QR, refunds,
 * static QR) and the credit card API (transactions, tokenized cards). Every route but the token
 * endpoint demands a live bearer token, a UUID x-transaction-id and, with a body, JSON.
 */
import { ASTRAPAY_DEMO_CREDENTIALS } from '../../core/demo-credentials.ts';
import type { SimRoute } from '../http-kit.ts';
import type { SandboxContext, SandboxModule } from '../sandbox-module.ts';
import { createAstrapayAuth, type AstrapayAuth } from './auth.ts';
import { createAstrapayCardSandbox } from './card-sandbox.ts';
import { createAstrapayPixSandbox } from './pix-dynamic.ts';
import { createAstrapayRefundSandbox } from './pix-refunds.ts';
import { ASTRAPAY_STATIC_ROUTES } from './pix-static.ts';
import { createPixStore } from './pix-store.ts';
import { createAstrapayControls } from './sandbox-controls.ts';

export function createAstrapaySandbox(context: SandboxContext): SandboxModule {
  const auth = createAstrapayAuth(context.db, context.clock, context.tokenTtlSeconds);
  const store = createPixStore(context.db, context.clock);
  const pix = createAstrapayPixSandbox(store, context.clock, context.autoPayDelayMs);
  const card = createAstrapayCardSandbox(context.db, context.clock);
  const api = [
    ...pix.routes,
    // A refund settles after the same delay a sandbox charge takes to pay itself.
    ...createAstrapayRefundSandbox(store, context.clock, context.autoPayDelayMs),
    ...ASTRAPAY_STATIC_ROUTES,
    ...card.routes,
  ];
  return {
    name: 'Astrapay',
    demoCredentials: ASTRAPAY_DEMO_CREDENTIALS,
    prefix: '/astrapay',
    routes: [...auth.routes, ...api.map((route) => guarded(auth, route))],
    controls: createAstrapayControls(pix),
    expireTokens: () => auth.expireAll(),
  };
}

function guarded(auth: AstrapayAuth, route: SimRoute): SimRoute {
  return { ...route, handle: (request) => auth.check(request) ?? route.handle(request) };
}

/** Astrapay's APIs in the sandbox: OAuth and the PIX charge API, under `/astrapay`. */
import type { SandboxContext, SandboxModule } from '../sandbox-module.ts';
import { createAstrapayAuth } from './auth.ts';
import { createAstrapayPixSandbox } from './pix-dynamic.ts';

export function createAstrapaySandbox(context: SandboxContext): SandboxModule {
  const auth = createAstrapayAuth(context.clock, context.tokenTtlSeconds);
  const pix = createAstrapayPixSandbox(auth, context.clock, context.autoPayDelayMs);
  return {
    prefix: '/astrapay',
    routes: [...auth.routes, ...pix.routes],
    controls: [
      {
        method: 'POST',
        path: '/__sim/astrapay/pix/:txid/pay',
        handle: (request) =>
          pix.pay(request.params.txid ?? '') ? { status: 204 } : { status: 409, body: { message: 'Not payable' } },
      },
    ],
    expireTokens: () => auth.expireAll(),
  };
}

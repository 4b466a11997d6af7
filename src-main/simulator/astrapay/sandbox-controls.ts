/**
 * Sandbox-only actions under `/__sim/astrapay` (not part of Astrapay's API): the customer's bank
 * paying a PIX charge. An optional JSON body `{ "document": "<CPF or CNPJ>" }` says who pays, so a
 * charge made with `validateDebtor` can be seen refusing somebody else's payment.
 */
import * as v from 'valibot';
import { jsonBody, type SimRoute } from '../http-kit.ts';
import type { AstrapayPixSandbox } from './pix-dynamic.ts';

const PayBody = v.strictObject({ document: v.optional(v.pipe(v.string(), v.regex(/^(\d{11}|\d{14})$/))) });

export function createAstrapayControls(pix: AstrapayPixSandbox): SimRoute[] {
  return [
    {
      method: 'POST',
      path: '/__sim/astrapay/pix/:txid/pay',
      handle(request) {
        const body = request.rawBody.trim() === '' ? { ok: true as const, value: {} } : jsonBody(request);
        const parsed = body.ok ? v.safeParse(PayBody, body.value) : undefined;
        if (!parsed?.success) return { status: 400, body: { message: 'Body must be empty or {"document": "<CPF or CNPJ>"}' } };
        const outcome = pix.pay(request.params.txid ?? '', parsed.output.document);
        if (outcome === 'paid') return { status: 204 };
        if (outcome === 'payer_refused') return { status: 409, body: { message: 'Payer is not the debtor: payment returned' } };
        return { status: 409, body: { message: 'Not payable' } };
      },
    },
  ];
}

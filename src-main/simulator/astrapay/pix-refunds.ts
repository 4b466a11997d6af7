/**
 * Astrapay PIX refunds (seed 001 sections 4-6): only a paid charge can be refunded, in part or in
 * full, never beyond what is left. A refund is PROCESSING until `settleDelayMs` has passed, then
 * ends as refund-rules.ts says; a completed refund turns the charge PARTIALLY REFUNDED or REFUNDED.
 */
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import type { Clock } from '../../core/ports.ts';
import { centsToDecimalString, decimalToCents } from '../../../src-shared/money.ts';
import { jsonBody, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { astrapayError } from './auth.ts';
import { pageReply, readListWindow } from './list-query.ts';
import type { PixStore, StoredRefund } from './pix-store.ts';
import { refundOutcome } from './refund-rules.ts';
import { firstIssue } from './valibot-issue.ts';

const RefundBody = v.strictObject({
  txid: v.pipe(v.string('txid is required'), v.minLength(1), v.maxLength(35)),
  amount: v.pipe(v.number('amount is required'), v.minValue(0.01, 'amount must be at least 0.01')),
  description: v.optional(v.pipe(v.string(), v.maxLength(140))),
});

export function createAstrapayRefundSandbox(store: PixStore, clock: Clock, settleDelayMs: number): SimRoute[] {
  const create = (request: SimRequest): SimResponse => {
    const body = jsonBody(request);
    if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
    const parsed = v.safeParse(RefundBody, body.value);
    if (!parsed.success) return astrapayError(400, 'VALIDATION_ERROR', firstIssue(parsed.issues));
    const { txid, amount, description } = parsed.output;
    const amountCents = decimalToCents(String(amount));
    if (amountCents === undefined) return astrapayError(400, 'VALIDATION_ERROR', 'amount: at most 2 decimal places');
    const charge = store.charges.get(txid);
    if (!charge) return astrapayError(404, 'NOT_FOUND', 'Charge not found');
    if (store.settle(charge).state !== 'PAID') {
      return astrapayError(422, 'CHARGE_NOT_PAID', 'Only a paid charge can be refunded');
    }
    const refundable = store.refundableCents(charge);
    if (amountCents > refundable) {
      return astrapayError(
        422,
        'REFUND_EXCEEDS_AVAILABLE',
        `amount is above what is left to refund (${centsToDecimalString(refundable)})`,
      );
    }
    const createdAt = clock.now();
    const refund: StoredRefund = {
      refundId: randomUUID(),
      txid,
      amountCents,
      description,
      createdAt,
      settlesAt: createdAt + settleDelayMs,
      ...refundOutcome(amountCents),
    };
    store.refunds.put(refund);
    return { status: 201, body: present(refund) };
  };

  const consult = (request: SimRequest): SimResponse => {
    const refund = store.refunds.get(request.params.refundId ?? '');
    if (!refund) return astrapayError(404, 'NOT_FOUND', 'Refund not found');
    return { status: 200, body: present(refund) };
  };

  const list = (request: SimRequest): SimResponse => {
    const read = readListWindow(request);
    if (!read.ok) return read.reply;
    const status = request.query.get('status');
    const statusReason = request.query.get('statusReason');
    const matching = store.refunds
      .list({ from: read.window.initial, to: read.window.end })
      .filter((refund) => (!status || store.refundStatus(refund) === status) && (!statusReason || reasonOf(refund) === statusReason));
    return pageReply(matching, read.window, present);
  };

  const reasonOf = (refund: StoredRefund) => (store.refundStatus(refund) === 'PROCESSING' ? undefined : refund.outcomeReason);

  const present = (refund: StoredRefund) => {
    const status = store.refundStatus(refund);
    return {
      refundId: refund.refundId,
      txid: refund.txid,
      amount: Number(centsToDecimalString(refund.amountCents)),
      description: refund.description ?? null,
      status,
      statusReason: reasonOf(refund) ?? null,
      creationDate: new Date(refund.createdAt).toISOString(),
      updateDate: new Date(status === 'PROCESSING' ? refund.createdAt : refund.settlesAt).toISOString(),
    };
  };

  return [
    { method: 'POST', path: '/astrapay/charge/v1/refunds', handle: create },
    { method: 'GET', path: '/astrapay/charge/v1/refunds', handle: list },
    { method: 'GET', path: '/astrapay/charge/v1/refunds/:refundId', handle: consult },
  ];
}

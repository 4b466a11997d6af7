/**
 * Astrapay dynamic PIX charges as seed 001 documents them, with its sandbox rule: a charge whose
 * centavos are 01 (0.01, 1.01, 2.01...) pays itself after `autoPayDelayMs`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../../core/ports.ts';
import { buildBrCode } from '../br-code.ts';
import { centsToDecimalString } from '../../../src-shared/money.ts';
import { qrPngBase64 } from '../qr-png.ts';
import { jsonBody, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { astrapayError } from './auth.ts';
import { pageReply, readListWindow } from './list-query.ts';
import { CHARGE_STATUS_CODES, type PixStore, type StoredCharge } from './pix-store.ts';
import { validateDynamicCharge } from './pix-validation.ts';

export type PayOutcome = 'paid' | 'not_payable' | 'payer_refused';

export interface AstrapayPixSandbox {
  routes: SimRoute[];
  /** The customer's bank pays; with `validateDebtor`, a payer other than the debtor is turned back. */
  pay(txid: string, payerDocument?: string): PayOutcome;
}

export function createAstrapayPixSandbox(store: PixStore, clock: Clock, autoPayDelayMs: number): AstrapayPixSandbox {
  const { charges } = store;

  const create = (request: SimRequest): SimResponse => {
    const body = jsonBody(request);
    if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
    const checked = validateDynamicCharge(body.value);
    if (!checked.ok) return astrapayError(400, 'VALIDATION_ERROR', checked.message);
    const input = checked.value;
    const createdAt = clock.now();
    const txid = `astra${new Date(createdAt).toISOString().slice(0, 7).replace('-', '')}${randomBytes(12).toString('hex').slice(0, 19)}Z`;
    const pixCopyAndPaste = buildBrCode({
      merchantName: 'Astrapay Sandbox Loja',
      merchantCity: 'Sao Paulo',
      amountCents: input.amountCents,
      location: `pix-sandbox.astrapay.com.br/qr/v2/cobv/${randomUUID().replaceAll('-', '')}`,
    });
    const charge: StoredCharge = {
      ...input,
      txid,
      state: 'ACTIVE',
      pixCopyAndPaste,
      createdAt,
      expiresAt: createdAt + input.expiration * 1000,
      autoPayAt: input.amountCents % 100 === 1 ? createdAt + autoPayDelayMs : undefined,
    };
    charges.put(charge);
    return { status: 201, body: present(charge) };
  };

  const consult = (request: SimRequest): SimResponse => {
    const charge = charges.get(request.params.txid ?? '');
    if (!charge) return astrapayError(404, 'NOT_FOUND', 'Charge not found');
    return { status: 200, body: present(charge) };
  };

  const list = (request: SimRequest): SimResponse => {
    const read = readListWindow(request);
    if (!read.ok) return read.reply;
    const q = request.query;
    const matching = charges
      .list({ from: read.window.initial, to: read.window.end })
      .filter(
        (charge) =>
          (!q.get('status') || store.statusOf(charge) === q.get('status')) &&
          (!q.get('userReference') || charge.userReference === q.get('userReference')) &&
          (!q.get('naturalPersonIdentification') ||
            charge.debtor?.naturalPersonIdentification === q.get('naturalPersonIdentification')) &&
          (!q.get('legalPersonIdentification') ||
            charge.debtor?.legalPersonIdentification === q.get('legalPersonIdentification')),
      );
    return pageReply(matching, read.window, present);
  };

  const present = (charge: StoredCharge) => {
    const status = store.statusOf(charge);
    return {
      txid: charge.txid,
      amount: Number(centsToDecimalString(charge.amountCents)),
      status: { code: CHARGE_STATUS_CODES[status], description: status },
      pixCopyAndPaste: charge.pixCopyAndPaste,
      qrCodeBase64: qrPngBase64(charge.pixCopyAndPaste),
      description: charge.description ?? null,
      userReference: charge.userReference ?? null,
      debtor: charge.debtor ?? null,
      calendar: {
        creationDate: new Date(charge.createdAt).toISOString(),
        expirationDate: new Date(charge.expiresAt).toISOString(),
      },
    };
  };

  return {
    routes: [
      { method: 'POST', path: '/astrapay/charge/v1/dynamic', handle: create },
      { method: 'GET', path: '/astrapay/charge/v1/dynamic', handle: list },
      { method: 'GET', path: '/astrapay/charge/v1/dynamic/:txid', handle: consult },
    ],
    pay(txid, payerDocument) {
      const charge = charges.get(txid);
      if (!charge || store.settle(charge).state !== 'ACTIVE') return 'not_payable';
      const debtor = charge.debtor?.naturalPersonIdentification ?? charge.debtor?.legalPersonIdentification;
      // Seed 001: with validateDebtor, "payments from other people will be automatically refunded".
      if (charge.validateDebtor && payerDocument !== undefined && payerDocument !== debtor) return 'payer_refused';
      charges.put({ ...charge, state: 'PAID' });
      return 'paid';
    },
  };
}

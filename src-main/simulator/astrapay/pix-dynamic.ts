/**
 * Astrapay dynamic PIX charges as seed 001 documents them, with its sandbox rule: a charge whose
 * centavos are 01 (0.01, 1.01, 2.01...) pays itself after `autoPayDelayMs`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { Clock } from '../../core/ports.ts';
import { buildBrCode } from '../../pix/br-code.ts';
import { centsToDecimalString } from '../../../src-shared/money.ts';
import { jsonBody, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { astrapayError, type AstrapayAuth } from './auth.ts';
import { validateDynamicCharge, type DynamicChargeInput } from './pix-validation.ts';

type Status = 'ACTIVE' | 'PAID' | 'EXPIRED' | 'PARTIALLY REFUNDED' | 'REFUNDED';
const STATUS_CODES: Record<Status, string> = { ACTIVE: '2', PAID: '3', EXPIRED: '4', 'PARTIALLY REFUNDED': '5', REFUNDED: '6' };

interface Charge extends DynamicChargeInput {
  txid: string;
  status: Status;
  pixCopyAndPaste: string;
  qrCodeBase64: string;
  createdAt: number;
  expiresAt: number;
  autoPayAt: number | undefined;
}

export interface AstrapayPixSandbox {
  routes: SimRoute[];
  pay(txid: string): boolean;
}

export function createAstrapayPixSandbox(auth: AstrapayAuth, clock: Clock, autoPayDelayMs: number): AstrapayPixSandbox {
  const charges = new Map<string, Charge>();

  const current = (charge: Charge): Charge => {
    if (charge.status === 'ACTIVE') {
      const now = clock.now();
      if (charge.autoPayAt !== undefined && now >= charge.autoPayAt && charge.autoPayAt < charge.expiresAt) {
        charge.status = 'PAID';
      } else if (now >= charge.expiresAt) {
        charge.status = 'EXPIRED';
      }
    }
    return charge;
  };

  const create = async (request: SimRequest): Promise<SimResponse> => {
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
    const png = await QRCode.toDataURL(pixCopyAndPaste, { errorCorrectionLevel: 'M', margin: 1 });
    const charge: Charge = {
      ...input,
      txid,
      status: 'ACTIVE',
      pixCopyAndPaste,
      qrCodeBase64: png.slice(png.indexOf(',') + 1),
      createdAt,
      expiresAt: createdAt + input.expiration * 1000,
      autoPayAt: input.amountCents % 100 === 1 ? createdAt + autoPayDelayMs : undefined,
    };
    charges.set(txid, charge);
    return { status: 201, body: present(charge) };
  };

  const consult = (request: SimRequest): SimResponse => {
    const charge = charges.get(request.params.txid ?? '');
    if (!charge) return astrapayError(404, 'NOT_FOUND', 'Charge not found');
    return { status: 200, body: present(current(charge)) };
  };

  const list = (request: SimRequest): SimResponse => {
    const initial = Date.parse(request.query.get('initialDate') ?? '');
    const end = Date.parse(request.query.get('endDate') ?? '');
    if (Number.isNaN(initial) || Number.isNaN(end)) {
      return astrapayError(400, 'VALIDATION_ERROR', 'initialDate and endDate are required ISO dates');
    }
    const page = Number(request.query.get('page') ?? 0);
    const size = Number(request.query.get('size') ?? 20);
    if (!Number.isInteger(page) || page < 0 || !Number.isInteger(size) || size < 1 || size > 100) {
      return astrapayError(400, 'VALIDATION_ERROR', 'page must be >= 0 and size between 1 and 100');
    }
    const q = request.query;
    const matching = [...charges.values()]
      .map(current)
      .filter(
        (charge) =>
          charge.createdAt >= initial &&
          charge.createdAt <= end &&
          (!q.get('status') || charge.status === q.get('status')) &&
          (!q.get('userReference') || charge.userReference === q.get('userReference')) &&
          (!q.get('naturalPersonIdentification') ||
            charge.debtor?.naturalPersonIdentification === q.get('naturalPersonIdentification')) &&
          (!q.get('legalPersonIdentification') ||
            charge.debtor?.legalPersonIdentification === q.get('legalPersonIdentification')),
      )
      .sort((a, b) => a.createdAt - b.createdAt);
    return {
      status: 200,
      body: {
        content: matching.slice(page * size, (page + 1) * size).map(present),
        page,
        size,
        totalElements: matching.length,
        totalPages: Math.ceil(matching.length / size),
      },
    };
  };

  const guarded = (handle: SimRoute['handle']): SimRoute['handle'] => (request) => auth.check(request) ?? handle(request);

  return {
    routes: [
      { method: 'POST', path: '/astrapay/charge/v1/dynamic', handle: guarded(create) },
      { method: 'GET', path: '/astrapay/charge/v1/dynamic', handle: guarded(list) },
      { method: 'GET', path: '/astrapay/charge/v1/dynamic/:txid', handle: guarded(consult) },
    ],
    pay(txid) {
      const charge = charges.get(txid);
      if (!charge || current(charge).status !== 'ACTIVE') return false;
      charge.status = 'PAID';
      return true;
    },
  };
}

function present(charge: Charge) {
  return {
    txid: charge.txid,
    amount: Number(centsToDecimalString(charge.amountCents)),
    status: { code: STATUS_CODES[charge.status], description: charge.status },
    pixCopyAndPaste: charge.pixCopyAndPaste,
    qrCodeBase64: charge.qrCodeBase64,
    description: charge.description ?? null,
    userReference: charge.userReference ?? null,
    debtor: charge.debtor ?? null,
    calendar: {
      creationDate: new Date(charge.createdAt).toISOString(),
      expirationDate: new Date(charge.expiresAt).toISOString(),
    },
  };
}

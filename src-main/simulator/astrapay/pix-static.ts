/**
 * Astrapay static PIX QR codes (seed 001 sections 7-8): encode builds a reusable BR Code for a PIX
 * key, decode reads one back. Shapes of the answers are our assumption (see the adapter README).
 */
import * as v from 'valibot';
import { buildBrCode, parseBrCode, parseTlv } from '../br-code.ts';
import { decimalToCents, MAX_AMOUNT_CENTS } from '../../../src-shared/money.ts';
import { qrPngBase64 } from '../qr-png.ts';
import { jsonBody, type SimRequest, type SimResponse, type SimRoute } from '../http-kit.ts';
import { astrapayError } from './auth.ts';
import { isPixKey } from './pix-key-rule.ts';
import { firstIssue } from './valibot-issue.ts';

const EncodeBody = v.strictObject({
  keyPix: v.pipe(v.string('keyPix is required'), v.check(isPixKey, 'keyPix is not a CPF, CNPJ, e-mail, +55 phone or random key')),
  merchantName: v.pipe(v.string('merchantName is required'), v.minLength(1), v.maxLength(25)),
  merchantCity: v.pipe(v.string('merchantCity is required'), v.minLength(1), v.maxLength(15)),
  amount: v.optional(v.pipe(v.number(), v.minValue(0.01, 'amount must be at least 0.01'))),
  txid: v.optional(v.pipe(v.string(), v.maxLength(25))),
});

const DecodeBody = v.strictObject({ copyPast: v.pipe(v.string('copyPast is required'), v.minLength(1)) });

const encode = async (request: SimRequest): Promise<SimResponse> => {
  const body = jsonBody(request);
  if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
  const parsed = v.safeParse(EncodeBody, body.value);
  if (!parsed.success) return astrapayError(400, 'VALIDATION_ERROR', firstIssue(parsed.issues));
  const { keyPix, merchantName, merchantCity, amount, txid } = parsed.output;
  const amountCents = amount === undefined ? undefined : decimalToCents(String(amount));
  if (amount !== undefined && (amountCents === undefined || amountCents > MAX_AMOUNT_CENTS)) {
    return astrapayError(400, 'VALIDATION_ERROR', 'amount: at most 2 decimal places and not above the ceiling');
  }
  // BR Code txids are letters and digits only: the seed's own example "static-qr-001" loses its dashes.
  const pixCopyAndPaste = buildBrCode({ pixKey: keyPix, merchantName, merchantCity, amountCents, txid });
  return { status: 200, body: { pixCopyAndPaste, qrCodeBase64: qrPngBase64(pixCopyAndPaste) } };
};

const decode = (request: SimRequest): SimResponse => {
  const body = jsonBody(request);
  if (!body.ok) return astrapayError(400, 'INVALID_JSON', 'Request body is not valid JSON');
  const parsed = v.safeParse(DecodeBody, body.value);
  if (!parsed.success) return astrapayError(400, 'VALIDATION_ERROR', firstIssue(parsed.issues));
  let fields: Map<string, string>;
  let account: Map<string, string>;
  let additional: Map<string, string>;
  try {
    fields = parseBrCode(parsed.output.copyPast);
    account = parseTlv(fields.get('26') ?? '');
    additional = parseTlv(fields.get('62') ?? '');
  } catch (error) {
    return astrapayError(400, 'INVALID_QRCODE', error instanceof Error ? error.message : 'Not a BR Code');
  }
  const keyPix = account.get('01');
  if (account.get('00')?.toLowerCase() !== 'br.gov.bcb.pix' || keyPix === undefined) {
    return astrapayError(400, 'INVALID_QRCODE', 'Not a static PIX QR code');
  }
  const amount = fields.get('54');
  const txid = additional.get('05');
  return {
    status: 200,
    body: {
      keyPix,
      merchantName: fields.get('59') ?? '',
      merchantCity: fields.get('60') ?? '',
      amount: amount === undefined ? null : Number(amount),
      txid: txid === undefined || txid === '***' ? null : txid,
    },
  };
};

export const ASTRAPAY_STATIC_ROUTES: SimRoute[] = [
  { method: 'POST', path: '/astrapay/charge/v1/cob-static/encode', handle: encode },
  { method: 'POST', path: '/astrapay/charge/v1/cob-static/decode', handle: decode },
];

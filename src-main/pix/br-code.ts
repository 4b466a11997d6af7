/**
 * BR Code (EMV QRCPS-MPM) for PIX: build and parse the TLV string behind every PIX QR.
 * Names and cities are transliterated to ASCII and cut to the lengths payer banks accept.
 */
import { centsToDecimalString, type Cents } from '../../src-shared/money.ts';
import { crc16ccitt } from './crc16.ts';

export interface BrCodeInput {
  merchantName: string;
  merchantCity: string;
  amountCents?: Cents;
  /** Dynamic code: the payload location URL, without scheme. */
  location?: string;
  /** Static code: the receiver's PIX key. */
  pixKey?: string;
  txid?: string;
}

export type TlvFields = Map<string, string>;

function tlv(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

export function toBrCodeText(text: string, maxLength: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 .,-]/g, '')
    .toUpperCase()
    .slice(0, maxLength);
}

export function buildBrCode(input: BrCodeInput): string {
  const dynamic = input.location !== undefined;
  const account = dynamic ? tlv('25', input.location ?? '') : tlv('01', input.pixKey ?? '');
  const txid = dynamic ? '***' : (input.txid ?? '***').replace(/[^A-Za-z0-9]/g, '').slice(0, 25) || '***';
  const body = [
    tlv('00', '01'),
    tlv('01', dynamic ? '12' : '11'),
    tlv('26', tlv('00', 'br.gov.bcb.pix') + account),
    tlv('52', '0000'),
    tlv('53', '986'),
    input.amountCents !== undefined ? tlv('54', centsToDecimalString(input.amountCents)) : '',
    tlv('58', 'BR'),
    tlv('59', toBrCodeText(input.merchantName, 25)),
    tlv('60', toBrCodeText(input.merchantCity, 15)),
    tlv('62', tlv('05', txid)),
    '6304',
  ].join('');
  return body + crc16ccitt(body);
}

/** Reads the top-level TLV records; throws when the structure or the CRC is wrong. */
export function parseBrCode(code: string): TlvFields {
  if (code.length < 8 || !code.startsWith('000201')) throw new Error('Not a BR Code');
  const withoutCrc = code.slice(0, -4);
  if (!withoutCrc.endsWith('6304') || crc16ccitt(withoutCrc) !== code.slice(-4)) {
    throw new Error('BR Code CRC does not match');
  }
  return parseTlv(withoutCrc.slice(0, -4));
}

export function parseTlv(text: string): TlvFields {
  const fields: TlvFields = new Map();
  let at = 0;
  while (at < text.length) {
    const id = text.slice(at, at + 2);
    const length = Number(text.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length) || at + 4 + length > text.length) {
      throw new Error(`Malformed BR Code record at ${at}`);
    }
    fields.set(id, text.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

/**
 * The sandbox's own BR Code (EMV QRCPS-MPM as the Central Bank's PIX manual profiles it), written
 * apart from the till's `pix` module so the QR codes each side makes are checked against the other.
 * Records are ID (2 digits), length (2 digits), value; the last one is the CRC16/CCITT-FALSE of all
 * before it, its own "6304" included.
 */
import { centsToDecimalString, type Cents } from '../../src-shared/money.ts';

export interface BrCodeInput {
  merchantName: string;
  merchantCity: string;
  amountCents?: Cents | undefined;
  /** Dynamic code: where the payer's bank fetches the charge (URL without scheme). */
  location?: string;
  /** Static code: the receiver's PIX key, and the txid to reconcile by (letters and digits, ≤ 25). */
  pixKey?: string;
  txid?: string | undefined;
}

const record = (id: string, value: string) => `${id}${String(value.length).padStart(2, '0')}${value}`;

/** The manual's character set for name and city: plain ASCII, cut to the field's limit. */
const plain = (text: string, limit: number) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9 .,-]/g, '')
    .toUpperCase()
    .slice(0, limit);

function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = (crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export function buildBrCode(input: BrCodeInput): string {
  const account = input.location === undefined ? record('01', input.pixKey ?? '') : record('25', input.location);
  const txid = input.location === undefined ? (input.txid ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, 25) : '';
  const payload =
    record('00', '01') +
    record('01', input.location === undefined ? '11' : '12') +
    record('26', record('00', 'br.gov.bcb.pix') + account) +
    record('52', '0000') +
    record('53', '986') +
    (input.amountCents === undefined ? '' : record('54', centsToDecimalString(input.amountCents))) +
    record('58', 'BR') +
    record('59', plain(input.merchantName, 25)) +
    record('60', plain(input.merchantCity, 15)) +
    record('62', record('05', txid || '***')) +
    '6304';
  return payload + crc16(payload);
}

export function parseTlv(text: string): Map<string, string> {
  const records = new Map<string, string>();
  for (let at = 0; at < text.length; ) {
    const header = /^(\d{2})(\d{2})/.exec(text.slice(at, at + 4));
    const length = Number(header?.[2]);
    if (!header || at + 4 + length > text.length) throw new Error(`Malformed BR Code record at ${at}`);
    records.set(header[1] ?? '', text.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return records;
}

/** The top-level records of a code whose CRC is right; throws otherwise. */
export function parseBrCode(code: string): Map<string, string> {
  if (code.length < 8 || !code.startsWith('000201')) throw new Error('Not a BR Code');
  const payload = code.slice(0, -4);
  if (!payload.endsWith('6304') || crc16(payload) !== code.slice(-4)) throw new Error('BR Code CRC does not match');
  return parseTlv(payload.slice(0, -4));
}

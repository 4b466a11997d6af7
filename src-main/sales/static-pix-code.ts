/**
 * The static BR Code the till builds by itself when no provider can make a charge: the shop's own PIX key,
 * the amount, and a txid made from the sale id (letters and digits only, 25 at most, as BCB allows).
 */
import type { Cents } from '../../src-shared/money.ts';
import type { MerchantSettings } from '../../src-preload/contract.ts';
import { buildBrCode, toBrCodeText } from '../pix/br-code.ts';
import type { StaticPixDecoded } from '../providers/provider.ts';

const MAX_TXID = 25;

/** The sale's whole UUID in base 36: 128 bits fit in 25 letters and digits, so no two sales share a txid. */
export function staticTxid(saleId: string): string {
  return BigInt(`0x${saleId.replace(/-/g, '')}`).toString(36).toUpperCase().padStart(MAX_TXID, '0');
}

export interface StaticPixCode {
  txid: string;
  copyAndPaste: string;
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amountCents: Cents;
}

export function buildStaticPixCode(saleId: string, amountCents: Cents, pixKey: string, merchant: MerchantSettings): StaticPixCode {
  const code = { txid: staticTxid(saleId), pixKey, amountCents, merchantName: toBrCodeText(merchant.name, 25), merchantCity: toBrCodeText(merchant.city, 15) };
  return { ...code, copyAndPaste: buildBrCode(code) };
}

/** What the provider read back from our code differs from what we meant: the names of the fields that differ. */
export function staticCodeDifferences(code: StaticPixCode, decoded: StaticPixDecoded): string[] {
  const expected: Record<keyof StaticPixDecoded, unknown> = {
    pixKey: code.pixKey,
    merchantName: code.merchantName,
    merchantCity: code.merchantCity,
    amountCents: code.amountCents,
    txid: code.txid,
  };
  return (Object.keys(expected) as (keyof StaticPixDecoded)[]).filter((field) => decoded[field] !== expected[field]);
}

/** The shop's details as receipts and PIX codes carry them; limits as the contract's `settings.setMerchant` sets them. */
import type { MerchantSettings } from '../../../src-preload/contract.ts';
import { MAX_AMOUNT_CENTS, type Cents } from '../../../src-shared/money.ts';
import { parseBRL } from './brl-input.ts';
import { documentProblem, normalizeDocument } from '../../../src-shared/document-checks.ts';
import type { MessageKey } from './i18n.ts';

export const MERCHANT_LIMITS = { name: 60, city: 60, taxId: 20, address: 120 } as const;

export type MerchantProblems = Partial<Record<keyof MerchantSettings, MessageKey>>;

export type MerchantCheck = { ok: true; merchant: MerchantSettings } | { ok: false; problems: MerchantProblems };

export function checkMerchant(fields: MerchantSettings): MerchantCheck {
  const merchant = {
    name: fields.name.trim(),
    city: fields.city.trim(),
    taxId: fields.taxId.trim(),
    address: fields.address.trim(),
  };
  const problems: MerchantProblems = {};
  if (merchant.name === '' || merchant.name.length > MERCHANT_LIMITS.name) problems.name = 'settings.problem.merchantName';
  if (merchant.city === '' || merchant.city.length > MERCHANT_LIMITS.city) problems.city = 'settings.problem.merchantCity';
  // Optional, but a CNPJ or CPF printed on every receipt had better add up.
  if (merchant.taxId !== '' && (merchant.taxId.length > MERCHANT_LIMITS.taxId || documentProblem(normalizeDocument(merchant.taxId)))) {
    problems.taxId = 'settings.problem.merchantTaxId';
  }
  if (merchant.address.length > MERCHANT_LIMITS.address) problems.address = 'settings.problem.merchantAddress';
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, merchant };
}

/** The large-amount threshold as typed ("1.000,00"): an amount the till could charge, or undefined. */
export function parseLargeAmount(text: string): Cents | undefined {
  const cents = parseBRL(text);
  return cents !== undefined && cents > 0 && cents <= MAX_AMOUNT_CENTS ? cents : undefined;
}

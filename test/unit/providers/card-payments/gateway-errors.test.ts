/**
 * The gateway's error table in code is the seed's table, every entry has a key, and both languages
 * have a message for every key (and the same keys).
 */
import { describe, expect, it } from 'vitest';
import {
  AUTHORIZER_REJECTED,
  GATEWAY_ERROR_TABLE,
  gatewayReason,
  isValidationCode,
  normalizeGatewayCode,
} from '../../../../src-main/providers/card-payments/gateway-errors.ts';
import { cardPaymentsMessages } from '../../../../src-renderer/src/lib/messages/providers/card-payments.ts';
import { ERROR_TABLE_ROWS } from './fixtures/seed-004.ts';

/** Every `card.<problem>` reason the adapter throws (card-input-checks.ts, card-charge.ts, the provider). */
const CARD_REASONS = [
  'number_required', 'number_not_numeric', 'number_too_long', 'unknown_brand', 'number_length', 'number_invalid',
  'expiry_required', 'expiry_format', 'expiry_month', 'expired', 'cvv_invalid', 'holder_name_required',
  'holder_document_required', 'holder_document_invalid', 'installments_invalid', 'debit_installments',
  'amount_invalid', 'amount_too_large', 'saved_card_invalid', 'declined', 'outcome_unknown',
];

describe('gateway error table', () => {
  it('is the seed\'s table: same codes and messages, in the same order', () => {
    expect(GATEWAY_ERROR_TABLE).toHaveLength(ERROR_TABLE_ROWS.length);
    GATEWAY_ERROR_TABLE.forEach((row, index) => {
      expect(ERROR_TABLE_ROWS[index]?.startsWith(`${row.code}${row.msg}`), `${row.code}: ${row.msg}`).toBe(true);
    });
  });

  it('normalises codes with spaces into stable keys and leaves the others alone', () => {
    expect(normalizeGatewayCode('Split value must be higher than zero')).toBe('SPLIT_VALUE_MUST_BE_HIGHER_THAN_ZERO');
    expect(normalizeGatewayCode("Can't have more than 20 splits entries")).toBe('CANT_HAVE_MORE_THAN_20_SPLITS_ENTRIES');
    expect(normalizeGatewayCode('INSTALLMENTSPLAN_ENTRIES_AND_INSTALLMENTSMISMATCH')).toBe('INSTALLMENTSPLAN_ENTRIES_AND_INSTALLMENTSMISMATCH');
  });

  it('counts the table\'s codes as validation errors and AUTHORIZER_REJECTED as a decline', () => {
    for (const row of GATEWAY_ERROR_TABLE) expect(isValidationCode(row.code), row.code).toBe(true);
    expect(isValidationCode(AUTHORIZER_REJECTED)).toBe(false);
  });

  it('gives the three MSG_GENERAL_ERROR rows three different keys', () => {
    const keys = GATEWAY_ERROR_TABLE.filter((row) => row.code === 'MSG_GENERAL_ERROR').map((row) => gatewayReason(row.code, row.msg));
    expect(new Set(keys).size).toBe(3);
  });
});

describe('cashier messages for the card gateway', () => {
  const keys = [
    ...GATEWAY_ERROR_TABLE.map((row) => `error.${gatewayReason(row.code, row.msg)}`),
    'error.gateway.MSG_GENERAL_ERROR',
    `error.gateway.${AUTHORIZER_REJECTED}`,
    ...CARD_REASONS.map((reason) => `error.card.${reason}`),
  ];

  it.each(['pt-BR', 'en'] as const)('%s has a message for every gateway code and card reason', (language) => {
    const catalog = cardPaymentsMessages[language];
    for (const key of keys) expect(catalog[key]?.trim(), `${language} ${key}`).toBeTruthy();
  });

  it('has the same keys in both languages, and different words', () => {
    const en = cardPaymentsMessages.en;
    const pt = cardPaymentsMessages['pt-BR'];
    expect(Object.keys(pt).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter((key) => en[key] === pt[key]);
    expect(untranslated).toEqual([]);
  });
});

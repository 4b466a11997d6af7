import { describe, expect, it } from 'vitest';
import { ERROR_CODES, LANGUAGES } from '../../../../src-preload/contract.ts';
import { catalogs, LANGUAGE_NAMES, translator } from '../../../../src-renderer/src/lib/i18n.ts';

/** Every reason main sends today (src-main/http, the contract's schemas, the sale service). */
const REASONS = [
  'amount.required',
  'amount.too_large',
  'amount.not_positive',
  'amount.too_many_decimals',
  'provider.timeout',
  'provider.unreachable',
  'provider.connection_lost',
  'provider.server_error',
  'provider.garbage',
  'provider.auth_failed',
  'provider.rejected',
  'sale.busy',
  'sale.id_invalid',
  'till.connection_lost',
];

describe('message catalogs', () => {
  it('exist for every language of the contract, with a name each', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('have exactly the same keys in every language', () => {
    const [first, ...rest] = LANGUAGES.map((language) => Object.keys(catalogs[language]).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it('have no empty message', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogs[language])) expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([match]) => match).sort();
    for (const [key, text] of Object.entries(catalogs.en)) {
      expect(placeholders(catalogs['pt-BR'][key as keyof typeof catalogs.en]), key).toEqual(placeholders(text));
    }
  });

  it.each(LANGUAGES)('has a message in %s for every error code of the contract', (language) => {
    for (const code of ERROR_CODES) expect(catalogs[language], code).toHaveProperty([`error.${code}`]);
  });

  it.each(LANGUAGES)('has a message in %s for every reason main sends', (language) => {
    for (const reason of REASONS) expect(catalogs[language], reason).toHaveProperty([`error.${reason}`]);
  });
});

describe('translator', () => {
  it('translates UI strings and fills placeholders', () => {
    expect(translator('pt-BR').t('charge.pix')).toBe('Cobrar com PIX (F2)');
    expect(translator('en').t('charge.pix')).toBe('Charge by PIX (F2)');
    expect(translator('en').t('header.provider', { name: 'Demo' })).toBe('Payments: Demo');
  });

  it('puts an error into words by its reason first', () => {
    const error = translator('pt-BR').error({
      code: 'provider_unavailable',
      message: 'Could not connect to the provider (create charge)',
      retryable: true,
      reason: 'provider.unreachable',
    });
    expect(error).toBe(catalogs['pt-BR']['error.provider.unreachable']);
  });

  it('falls back to the code when the reason is unknown', () => {
    const error = translator('en').error({ code: 'not_found', message: 'x', retryable: false, reason: 'sale.gone_fishing' });
    expect(error).toBe(catalogs.en['error.not_found']);
  });

  it('falls back to the English message when even the code is unknown', () => {
    const data = { code: 'brand_new', message: 'Something new happened', retryable: false } as never;
    expect(translator('pt-BR').error(data)).toBe('Something new happened');
  });

  it('does not mistake inherited properties for messages', () => {
    const data = { code: 'internal', message: 'm', retryable: false, reason: 'constructor' } as const;
    expect(translator('en').error(data)).toBe(catalogs.en['error.internal']);
  });
});

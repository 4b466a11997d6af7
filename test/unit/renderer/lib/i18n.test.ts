import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, LANGUAGES } from '../../../../src-preload/contract.ts';
import { catalogs, LANGUAGE_NAMES, providerCatalogs, translator } from '../../../../src-renderer/src/lib/i18n.ts';

/**
 * Every reason main, the preloads and the renderer can produce, read from the source itself so a new
 * reason without a message fails here: `reason: 'x.y'` in code and message keys in the contract's schemas.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    // The sandbox speaks for the provider: its codes are the provider's, not the till's.
    .filter((file) => file.endsWith('.ts') && !file.includes('simulator'))
    .map((file) => join(dir, file));
}
const root = join(import.meta.dirname, '../../../..');
const KEY = /'([a-z_]+\.[a-z_]+)'/g;
const keysIn = (text: string | undefined) => [...(text ?? '').matchAll(KEY)].map((match) => match[1] ?? '');
const REASONS = new Set(
  ['src-main', 'src-preload', 'src-shared', 'src-renderer/src'].flatMap((dir) =>
    sourceFiles(join(root, dir)).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      // `reason: 'x.y'` (or `reason: cond ? 'x.y' : 'z.w'`) where an error is made.
      const fromCode = [...text.matchAll(/reason: ([^,}\n]+)/g)].flatMap((match) => keysIn(match[1]));
      // A schema's message key is its last argument: `v.picklist(['a', 'b'], 'x.y')`, `Digits(3, 4, 'x.y')`.
      const fromSchemas = [...text.matchAll(/\b(?:v\.\w+|Digits|ShortText)\([^;\n]*?'([a-z_]+\.[a-z_]+)'\)/g)].map((match) => match[1] ?? '');
      // Reasons named once in a type and passed around (`deviceError('device.disconnected', ...)`).
      const fromTypes = [...text.matchAll(/type \w*Reason\w* =([^;]+);/g)].flatMap((match) => keysIn(match[1]));
      return [...fromCode, ...fromSchemas, ...fromTypes];
    }),
  ),
);

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
      expect(placeholders(catalogs['pt-BR'][key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('take each provider file with the same keys in every language', () => {
    for (const [provider, messages] of Object.entries(providerCatalogs)) {
      const [first, ...rest] = LANGUAGES.map((language) => Object.keys(messages[language]).sort());
      for (const keys of rest) expect(keys, provider).toEqual(first);
    }
  });

  it('know the reasons named in device code and in shared schemas', () => {
    for (const reason of ['device.disconnected', 'device.write_timeout', 'serial.parity_invalid', 'printer.cut_invalid', 'card.number_invalid']) {
      expect(REASONS, reason).toContain(reason);
    }
  });

  it.each(LANGUAGES)('has a message in %s for every error code of the contract', (language) => {
    for (const code of ERROR_CODES) expect(catalogs[language], code).toHaveProperty([`error.${code}`]);
  });

  it.each(LANGUAGES)('has a message in %s for every reason main sends', (language) => {
    expect(REASONS.size).toBeGreaterThan(20);
    for (const reason of REASONS) expect(catalogs[language], reason).toHaveProperty([`error.${reason}`]);
  });
});

describe('translator', () => {
  it('translates UI strings and fills placeholders', () => {
    expect(translator('pt-BR').t('charge.pix')).toBe('Cobrar com PIX (F2)');
    expect(translator('en').t('charge.pix')).toBe('Charge by PIX (F2)');
    expect(translator('en').t('header.pixProvider', { name: 'Demo' })).toBe('PIX: Demo');
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

describe('card declines', () => {
  const decline = (code: string, message = 'Provider says no') => ({ code, message });

  it('uses the catalog’s words for a code it knows', () => {
    expect(translator('pt-BR').decline(decline('card.declined'))).toBe(catalogs['pt-BR']['error.card.declined']);
  });

  it('shows the provider’s own message for a code it does not know', () => {
    expect(translator('pt-BR').decline(decline('ZZ_NEVER_SEEN', 'Issuer said no'), 'card-payments')).toBe('Issuer said no');
  });

  it('puts an issuer’s numbered reason first when the catalog knows it', () => {
    const t = translator('pt-BR');
    const text = t.decline(decline('AUTHORIZER_REJECTED', '51 - Insufficient funds'), 'card-payments');
    expect(text).toBe('Saldo insuficiente. O banco do cartão recusou o pagamento. Peça outro cartão ou outra forma de pagamento.');
  });

  it('never repeats the heading ("Cartão recusado") in the reason shown under it', () => {
    for (const language of LANGUAGES) {
      const heading = (catalogs[language]['result.declined'] ?? '').toLowerCase();
      const reasons = Object.entries(catalogs[language]).filter(([key]) => /^(error\.(astrapay|gateway|payments|card)\.|decline\.)/.test(key));
      expect(reasons.length).toBeGreaterThan(10);
      for (const [key, text] of reasons) expect(text.toLowerCase(), `${language} ${key}`).not.toContain(heading);
    }
  });

  it('says something even when the provider gives no words', () => {
    expect(translator('en').decline(decline('ZZ_NEVER_SEEN', '  '))).toBe(catalogs.en['result.declinedNoReason']);
  });
});

describe('runtime keys', () => {
  it('answers undefined for a key the catalog lacks, and fills placeholders otherwise', () => {
    const t = translator('en');
    expect(t.maybe('settings.credential.nope')).toBeUndefined();
    expect(t.maybe('settings.credential.clientId')).toBe('Client ID');
    expect(t.maybe('device.pendingJobs', { count: '2' })).toBe('2 in queue');
  });
});

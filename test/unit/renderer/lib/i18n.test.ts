import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, LANGUAGES } from '../../../../src-preload/contract.ts';
import { catalogs, LANGUAGE_NAMES, translator } from '../../../../src-renderer/src/lib/i18n.ts';

/**
 * Every reason main, the preloads and the renderer can produce, read from the source itself so a new
 * reason without a message fails here: `reason: 'x.y'` in code and message keys in the contract's schemas.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    // The sandbox speaks for the provider, and devices are not behind the contract yet.
    .filter((file) => file.endsWith('.ts') && !file.includes('simulator') && !file.includes('devices'))
    .map((file) => join(dir, file));
}
const root = join(import.meta.dirname, '../../../..');
const REASONS = new Set(
  ['src-main', 'src-preload', 'src-renderer/src'].flatMap((dir) =>
    sourceFiles(join(root, dir)).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const fromCode = [...text.matchAll(/reason: ([^,}\n]+)/g)].flatMap((match) => [
        ...(match[1] ?? '').matchAll(/'([a-z_]+\.[a-z_]+)'/g),
      ]);
      const fromSchemas = [...text.matchAll(/v\.\w+\((?:[^()']*,\s*)?'([a-z_]+\.[a-z_]+)'\)/g)];
      return [...fromCode, ...fromSchemas].map((match) => match[1] ?? '');
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
      expect(placeholders(catalogs['pt-BR'][key as keyof typeof catalogs.en]), key).toEqual(placeholders(text));
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

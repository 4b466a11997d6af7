/** Every Astrapay code and every reason the adapter refuses with has words in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRAPAY_DECLINE_CODES, ASTRAPAY_REFUSAL_CODES } from '../../../../src-main/providers/astrapay/astrapay-codes.ts';
import { en } from '../../../../src-renderer/src/lib/messages/en.ts';
import { astrapayMessages } from '../../../../src-renderer/src/lib/messages/providers/astrapay.ts';
import { DECLINES } from '../../../../src-main/simulator/astrapay/card-rules.ts';

const ADAPTER_DIR = join(import.meta.dirname, '../../../../src-main/providers/astrapay');

/** Reasons written literally in the adapter's local checks, plus the families built from a problem name. */
function reasonsInAdapter(): string[] {
  const reasons = new Set([
    'card.holder_name_required',
    'card.holder_name_too_long',
    'card.holder_name_invalid',
    'amount.too_many_decimals',
    'amount.not_positive',
    'amount.too_large',
  ]);
  for (const file of readdirSync(ADAPTER_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(ADAPTER_DIR, file), 'utf8');
    for (const match of source.matchAll(/invalidInput\(\s*'([a-z_]+\.[a-z_]+)'/g)) reasons.add(match[1] ?? '');
    for (const match of source.matchAll(/checkId\([^,]+,\s*'([a-z_]+\.[a-z_]+)'/g)) reasons.add(match[1] ?? '');
    for (const match of source.matchAll(/checkText\([^,]+,[^,]+,\s*'([a-z_]+\.[a-z_]+)'/g)) reasons.add(match[1] ?? '');
  }
  return [...reasons].sort();
}

describe('Astrapay messages', () => {
  it('has the same keys in pt-BR and en, none of them empty', () => {
    expect(Object.keys(astrapayMessages['pt-BR']).sort()).toEqual(Object.keys(astrapayMessages.en).sort());
    for (const catalog of Object.values(astrapayMessages)) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('explains every decline and refusal code', () => {
    for (const code of [...ASTRAPAY_DECLINE_CODES, ...ASTRAPAY_REFUSAL_CODES]) {
      expect(astrapayMessages.en, code).toHaveProperty([`error.astrapay.${code}`]);
    }
  });

  it('knows every decline code the sandbox answers with', () => {
    for (const code of Object.keys(DECLINES)) expect(ASTRAPAY_DECLINE_CODES, code).toContain(code);
  });

  it('explains every reason the adapter refuses a request with, here or in the main catalog', () => {
    const reasons = reasonsInAdapter();
    expect(reasons.length).toBeGreaterThan(20);
    for (const reason of reasons) {
      const key = `error.${reason}`;
      expect(Object.hasOwn(astrapayMessages.en, key) || Object.hasOwn(en, key), key).toBe(true);
    }
  });
});

/** Every payer.* and payment.* reason the adapter throws has words for the cashier, in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYMENTS_DEFINITION } from '../../../../src-main/providers/payments/payments-definition.ts';
import { paymentsMessages } from '../../../../src-renderer/src/lib/messages/providers/payments.ts';

const adapterDir = join(import.meta.dirname, '../../../../src-main/providers/payments');
const REASONS = new Set(
  readdirSync(adapterDir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(join(adapterDir, file), 'utf8').matchAll(/(?:reason: |invalidInput\()'((?:payer|payment)\.[a-z_]+)'/g)])
    .map((match) => match[1] ?? ''),
);

describe('payments messages', () => {
  it('cover exactly the reasons the adapter throws', () => {
    expect(REASONS.size).toBeGreaterThan(10);
    const keys = [...REASONS].map((reason) => `error.${reason}`).sort();
    for (const catalog of Object.values(paymentsMessages)) {
      expect(Object.keys(catalog).filter((key) => key.startsWith('error.')).sort()).toEqual(keys);
    }
  });

  it('label every setting the provider asks for but the API key (the main catalogs have that one)', () => {
    const labels = PAYMENTS_DEFINITION.credentialFields.filter((field) => field !== 'apiKey').map((field) => `settings.credential.${field}`);
    for (const catalog of Object.values(paymentsMessages)) {
      expect(Object.keys(catalog).filter((key) => key.startsWith('settings.')).sort()).toEqual(labels.sort());
    }
  });

  it('have no empty message', () => {
    for (const catalog of Object.values(paymentsMessages)) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });
});

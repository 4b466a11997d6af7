import { describe, expect, it } from 'vitest';
import { checkPayer, startPixInput } from '../../../../src-renderer/src/lib/payer.ts';

describe('checkPayer', () => {
  it('gives the payer as sale.startPix takes it: payer { name, document, email }', () => {
    expect(checkPayer({ name: '  Maria   da Silva ', document: '123.456.789-09', email: ' maria@example.com ' })).toEqual({
      ok: true,
      payer: { name: 'Maria da Silva', document: '12345678909', email: 'maria@example.com' },
    });
  });

  it('names each field that is missing or wrong', () => {
    expect(checkPayer({ name: 'Al', document: '', email: '' })).toEqual({
      ok: false,
      problems: { name: 'payer.problem.name', document: 'payer.problem.cpfRequired', email: 'payer.problem.emailRequired' },
    });
    expect(checkPayer({ name: 'Maria', document: '111.111.111-11', email: 'maria@' })).toEqual({
      ok: false,
      problems: { document: 'payer.problem.cpfInvalid', email: 'payer.problem.emailInvalid' },
    });
  });
});

describe('startPixInput', () => {
  const payer = { name: 'Maria', document: '12345678909', email: 'maria@example.com' };

  it('carries the payer when there is one, and nothing otherwise (the schema is strict)', () => {
    expect(startPixInput(1201, payer)).toEqual({ amountCents: 1201, payer });
    expect(startPixInput(1201, null)).toEqual({ amountCents: 1201 });
  });
});

import { describe, expect, it } from 'vitest';
import { checkNewCard, checkSavedCard, cvvFieldProblem, emptyCardFields } from '../../../../src-renderer/src/lib/card-form.ts';
import { catalogs } from '../../../../src-renderer/src/lib/i18n.ts';

const NOW = Date.UTC(2026, 0, 15);
const good = {
  number: '4111 1111 1111 1111',
  holderName: '  MARIA SILVA ',
  holderDocument: '123.456.789-09',
  expiry: '12/2030',
  cvv: '123',
};

describe('checkNewCard', () => {
  it('gives the card as the contract takes it: digits only, MMyyyy, trimmed name', () => {
    expect(checkNewCard(good, NOW)).toEqual({
      ok: true,
      card: { number: '4111111111111111', holderName: 'MARIA SILVA', holderDocument: '12345678909', expiry: '122030', cvv: '123' },
    });
  });

  it('points at every field that is wrong, with a message each language has', () => {
    const check = checkNewCard({ number: '4111 1111 1111 1112', holderName: 'M', holderDocument: '123.456.789-00', expiry: '13/2030', cvv: '12' }, NOW);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.problems).sort()).toEqual(['cvv', 'expiry', 'holderDocument', 'holderName', 'number']);
    for (const problem of Object.values(check.problems)) {
      expect(catalogs['pt-BR']).toHaveProperty([problem.key]);
      expect(catalogs.en).toHaveProperty([problem.key]);
    }
    expect(check.problems.number?.key).toBe('cardForm.problem.numberInvalid');
    expect(check.problems.expiry?.key).toBe('cardForm.problem.expiryMonth');
  });

  it('refuses an expired card and an empty form', () => {
    const expired = checkNewCard({ ...good, expiry: '12/2025' }, NOW);
    expect(expired.ok ? null : expired.problems.expiry?.key).toBe('cardForm.problem.expired');
    const empty = checkNewCard(emptyCardFields(), NOW);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems.number?.key).toBe('cardForm.problem.numberRequired');
  });

  it('asks Amex for four CVV digits and the others for three', () => {
    expect(cvvFieldProblem('123', '3782 822463 10005')).toEqual({ key: 'cardForm.problem.cvvLength', params: { length: '4' } });
    expect(cvvFieldProblem('1234', '3782 822463 10005')).toBeUndefined();
    expect(cvvFieldProblem('1234', good.number)).toEqual({ key: 'cardForm.problem.cvvLength', params: { length: '3' } });
  });

  it('takes a CNPJ as the holder’s document', () => {
    expect(checkNewCard({ ...good, holderDocument: '11.222.333/0001-81' }, NOW).ok).toBe(true);
  });
});

describe('checkSavedCard', () => {
  it('needs only the holder’s name and document', () => {
    expect(checkSavedCard('tok_1', 'MARIA', '12345678909')).toEqual({
      ok: true,
      card: { savedCardId: 'tok_1', holderName: 'MARIA', holderDocument: '12345678909' },
    });
    const check = checkSavedCard('tok_1', '', '');
    expect(check.ok ? [] : Object.keys(check.problems).sort()).toEqual(['holderDocument', 'holderName']);
  });
});

/** The shared card rules (src-shared/card-checks.ts): Luhn, brands and lengths, expiry, CVV. */
import { describe, expect, it } from 'vitest';
import {
  cardNumberProblem,
  cvvProblem,
  detectBrand,
  expiryProblem,
  luhnValid,
  normalizeCardNumber,
} from '../../../src-shared/card-checks.ts';

describe('Luhn', () => {
  it('accepts numbers whose check digit adds up and refuses a changed digit or a swap', () => {
    for (const number of ['4111111111111111', '5555555555554444', '378282246310005', '79927398713']) {
      expect(luhnValid(number), number).toBe(true);
    }
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('79927398710')).toBe(false);
    // Swapping two neighbouring digits (a typical typo) breaks it.
    expect(luhnValid('4111111111111111'.replace('41', '14'))).toBe(false);
  });

  it('refuses anything but digits', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('4111-1111-1111-1111')).toBe(false);
  });
});

describe('brands', () => {
  it.each([
    ['4111111111111111', 'visa'],
    ['4012888888881881', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['378282246310005', 'amex'],
    ['6362970000457013', 'elo'],
    ['5067000000000009', 'elo'],
    ['6500310000000005', 'elo'],
    ['6062825624254001', 'hipercard'],
    ['3841000000000007', 'hipercard'],
    ['36490102462661', 'diners'],
    ['30569309025904', 'diners'],
    ['6011111111111117', 'discover'],
    ['3530111333300000', 'jcb'],
  ])('%s is %s', (number, brand) => {
    expect(detectBrand(number)).toBe(brand);
    expect(cardNumberProblem(number)).toBeUndefined();
  });

  it('tells Elo and Hipercard apart from the Visa, Diners and Discover ranges they sit in', () => {
    expect(detectBrand('4389350000000000')).toBe('elo');
    expect(detectBrand('4389360000000000')).toBe('visa');
    expect(detectBrand('3841000000000000')).toBe('hipercard');
    expect(detectBrand('3842000000000000')).toBe('diners');
    expect(detectBrand('6504050000000000')).toBe('elo');
    expect(detectBrand('6504040000000000')).toBe('discover');
  });

  it('knows no brand for other prefixes', () => {
    expect(detectBrand('9111111111111111')).toBeUndefined();
    expect(detectBrand('1234')).toBeUndefined();
    expect(detectBrand('')).toBeUndefined();
  });
});

describe('card number problems', () => {
  it('names the most basic problem first', () => {
    expect(cardNumberProblem('')).toBe('number_required');
    expect(cardNumberProblem('4111x11111111111')).toBe('number_not_numeric');
    expect(cardNumberProblem('41111111111111111111')).toBe('number_too_long');
    expect(cardNumberProblem('9111111111111111')).toBe('unknown_brand');
    expect(cardNumberProblem('411111111111111')).toBe('number_length');
    expect(cardNumberProblem('37828224631000')).toBe('number_length');
    expect(cardNumberProblem('4111111111111112')).toBe('number_invalid');
  });

  it('takes 13- and 19-digit Visa numbers, the longest a number may be', () => {
    expect(cardNumberProblem('4111111111119')).toBeUndefined();
    expect(cardNumberProblem('4111111111111111110')).toBeUndefined();
  });

  it('normalises spaces and dashes away, and nothing else', () => {
    expect(normalizeCardNumber(' 4111 1111-1111 1111 ')).toBe('4111111111111111');
    expect(normalizeCardNumber('4111.1111')).toBe('4111.1111');
  });
});

describe('expiry (MMyyyy)', () => {
  const sept2025 = Date.parse('2025-09-11T12:00:00Z');

  it('refuses a missing, malformed or impossible date', () => {
    expect(expiryProblem('', sept2025)).toBe('expiry_required');
    expect(expiryProblem('01/2029', sept2025)).toBe('expiry_format');
    expect(expiryProblem('0129', sept2025)).toBe('expiry_format');
    expect(expiryProblem('0a2029', sept2025)).toBe('expiry_format');
    expect(expiryProblem('002029', sept2025)).toBe('expiry_month');
    expect(expiryProblem('132029', sept2025)).toBe('expiry_month');
  });

  it('takes the card through the last day of its month, and not after', () => {
    expect(expiryProblem('082025', sept2025)).toBe('expired');
    expect(expiryProblem('092025', sept2025)).toBeUndefined();
    expect(expiryProblem('012029', sept2025)).toBeUndefined();
  });

  it('counts the last day to its end in every Brazilian time zone (Acre, UTC−5)', () => {
    // 30 Sep 2025 23:59 in Rio Branco is 1 Oct 04:59 UTC: the September card still passes.
    expect(expiryProblem('092025', Date.parse('2025-10-01T04:59:59Z'))).toBeUndefined();
    expect(expiryProblem('092025', Date.parse('2025-10-01T05:00:00Z'))).toBe('expired');
  });
});

describe('CVV', () => {
  it('wants 3 digits, or 4 for Amex', () => {
    expect(cvvProblem('123', 'visa')).toBeUndefined();
    expect(cvvProblem('1234', 'amex')).toBeUndefined();
    expect(cvvProblem('1234', 'visa')).toBe('cvv_invalid');
    expect(cvvProblem('123', 'amex')).toBe('cvv_invalid');
    expect(cvvProblem('12a', 'mastercard')).toBe('cvv_invalid');
    expect(cvvProblem('', 'elo')).toBe('cvv_invalid');
  });
});

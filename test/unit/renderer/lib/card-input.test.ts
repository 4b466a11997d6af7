import { describe, expect, it } from 'vitest';
import {
  expiryToMMyyyy,
  groupCardNumber,
  maskCardNumber,
  maskDocument,
  maskExpiry,
  onlyDigits,
} from '../../../../src-renderer/src/lib/card-input.ts';

describe('card number grouping', () => {
  it('groups in fours as it is typed', () => {
    expect(maskCardNumber('4', 'visa')).toBe('4');
    expect(maskCardNumber('41111', 'visa')).toBe('4111 1');
    expect(maskCardNumber('4111111111111111', 'visa')).toBe('4111 1111 1111 1111');
  });

  it('groups Amex 4-6-5 and 14-digit Diners 4-6-4', () => {
    expect(groupCardNumber('378282246310005', 'amex')).toBe('3782 822463 10005');
    expect(groupCardNumber('30569309025904', 'diners')).toBe('3056 930902 5904');
  });

  it('drops anything that is not a digit and stops at 19 digits', () => {
    expect(maskCardNumber('4111-1111 abc 1111', undefined)).toBe('4111 1111 1111');
    expect(onlyDigits(maskCardNumber('1'.repeat(25), undefined))).toHaveLength(19);
  });
});

describe('document mask', () => {
  it('masks a CPF as it is typed', () => {
    expect(maskDocument('123')).toBe('123');
    expect(maskDocument('1234')).toBe('123.4');
    expect(maskDocument('12345678909')).toBe('123.456.789-09');
  });

  it('turns into a CNPJ mask past eleven digits', () => {
    expect(maskDocument('123456789012')).toBe('12.345.678/9012');
    expect(maskDocument('11222333000181')).toBe('11.222.333/0001-81');
    expect(maskDocument('11.222.333/0001-8199')).toBe('11.222.333/0001-81');
  });
});

describe('expiry', () => {
  it('masks as MM/AAAA without a trailing slash to trip over', () => {
    expect(maskExpiry('1')).toBe('1');
    expect(maskExpiry('12')).toBe('12');
    expect(maskExpiry('122')).toBe('12/2');
    expect(maskExpiry('12/2030')).toBe('12/2030');
    expect(maskExpiry('1220301')).toBe('12/2030');
  });

  it('sends MMyyyy, reading a two-digit year as 20yy', () => {
    expect(expiryToMMyyyy('12/2030')).toBe('122030');
    expect(expiryToMMyyyy('01/29')).toBe('012029');
    expect(expiryToMMyyyy('1/2')).toBe('12');
  });
});

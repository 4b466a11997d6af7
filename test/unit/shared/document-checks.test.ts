/** CPF and CNPJ check digits (src-shared/document-checks.ts). */
import { describe, expect, it } from 'vitest';
import { documentProblem, isValidCnpj, isValidCpf, normalizeDocument } from '../../../src-shared/document-checks.ts';

describe('CPF', () => {
  it('accepts valid CPFs, including ones whose check digit is 0', () => {
    for (const cpf of ['52998224725', '11144477735', '12345678909', '39053344705']) expect(isValidCpf(cpf), cpf).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and a repeated digit', () => {
    expect(isValidCpf('52998224726')).toBe(false);
    expect(isValidCpf('52998224715')).toBe(false);
    expect(isValidCpf('5299822472')).toBe(false);
    expect(isValidCpf('00000000000')).toBe(false);
    expect(isValidCpf('11111111111')).toBe(false);
  });
});

describe('CNPJ', () => {
  it('accepts valid CNPJs', () => {
    for (const cnpj of ['11222333000181', '45723174000110', '06990590000123']) expect(isValidCnpj(cnpj), cnpj).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length and a repeated digit', () => {
    expect(isValidCnpj('11222333000182')).toBe(false);
    expect(isValidCnpj('11222333000191')).toBe(false);
    expect(isValidCnpj('1122233300018')).toBe(false);
    expect(isValidCnpj('00000000000000')).toBe(false);
  });
});

describe('document problems', () => {
  it('takes a CPF or a CNPJ, typed with or without punctuation', () => {
    expect(normalizeDocument('529.982.247-25')).toBe('52998224725');
    expect(normalizeDocument('11.222.333/0001-81')).toBe('11222333000181');
    expect(documentProblem(normalizeDocument('529.982.247-25'))).toBeUndefined();
    expect(documentProblem(normalizeDocument('11.222.333/0001-81'))).toBeUndefined();
  });

  it('says whether it is missing or wrong', () => {
    expect(documentProblem('')).toBe('document_required');
    expect(documentProblem('52998224726')).toBe('document_invalid');
    expect(documentProblem('5299822472a')).toBe('document_invalid');
    expect(documentProblem('123')).toBe('document_invalid');
  });
});

import { describe, expect, it } from 'vitest';
import type { BankTransferView } from '../../../../src-preload/contract.ts';
import { accountTypeKey, depositRows, formatDocument } from '../../../../src-renderer/src/lib/bank-details.ts';

const transfer = (patch: Partial<BankTransferView> = {}): BankTransferView => ({
  id: 'pay_1',
  quote: { currency: 'BRL', totalCents: 15_226, subtotalCents: 15_001, exchangeRate: '1.0000', feeCents: 225 },
  bank: {
    name: 'Banco Sandbox S.A.',
    code: '999',
    agency: '0001-9',
    account: '123456-7',
    accountType: 'current account',
    document: '11222333000181',
    beneficiary: 'PDV Demo Ltda',
  },
  ...patch,
});

describe('formatDocument', () => {
  it('punctuates a CPF or a CNPJ, and leaves anything else as given', () => {
    expect(formatDocument('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatDocument('52998224725')).toBe('529.982.247-25');
    expect(formatDocument('529.982.247-25')).toBe('529.982.247-25');
    expect(formatDocument(' 12345 ')).toBe('12345');
  });
});

describe('accountTypeKey', () => {
  it('knows current and savings accounts in either language', () => {
    expect(accountTypeKey('current account')).toBe('transfer.accountType.current');
    expect(accountTypeKey('Conta Corrente')).toBe('transfer.accountType.current');
    expect(accountTypeKey('checking')).toBe('transfer.accountType.current');
    expect(accountTypeKey('savings account')).toBe('transfer.accountType.savings');
    expect(accountTypeKey('Poupança')).toBe('transfer.accountType.savings');
    expect(accountTypeKey('013')).toBeUndefined();
  });
});

describe('depositRows', () => {
  it('lists the amount to deposit (the quote’s total) and every bank detail, each with what to copy', () => {
    const rows = depositRows(15_001, transfer());
    expect(rows.map((row) => row.id)).toEqual(['amount', 'bank', 'code', 'agency', 'account', 'accountType', 'document', 'beneficiary']);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId.amount?.text.replace(/\s/g, ' ')).toBe('R$ 152,26');
    // A bank app takes the figure, not the currency sign.
    expect(byId.amount?.copy).toBe('152,26');
    expect(byId.document).toMatchObject({ text: '11.222.333/0001-81', copy: '11.222.333/0001-81' });
    expect(byId.accountType).toMatchObject({ text: 'current account', textKey: 'transfer.accountType.current' });
    expect(byId.agency).toMatchObject({ label: 'transfer.agency', text: '0001-9', copy: '0001-9' });
  });

  it('asks for the sale’s own amount when the provider gave no quote', () => {
    const amount = depositRows(8000, transfer({ quote: null }))[0];
    expect(amount?.text.replace(/\s/g, ' ')).toBe('R$ 80,00');
    expect(amount?.copy).toBe('80,00');
  });
});

import { describe, expect, it } from 'vitest';
import { checkMerchant } from '../../../../src-renderer/src/lib/merchant-form.ts';

describe('checkMerchant', () => {
  it('trims and accepts a shop with a valid CNPJ, or none', () => {
    expect(checkMerchant({ name: ' Padaria ', city: ' Recife ', taxId: '11.222.333/0001-81', address: ' Rua A, 1 ' })).toEqual({
      ok: true,
      merchant: { name: 'Padaria', city: 'Recife', taxId: '11.222.333/0001-81', address: 'Rua A, 1' },
    });
    expect(checkMerchant({ name: 'Padaria', city: 'Recife', taxId: '', address: '' }).ok).toBe(true);
  });

  it('needs a name and a city, and a tax id that adds up', () => {
    expect(checkMerchant({ name: ' ', city: '', taxId: '11.222.333/0001-82', address: 'x'.repeat(121) })).toEqual({
      ok: false,
      problems: {
        name: 'settings.problem.merchantName',
        city: 'settings.problem.merchantCity',
        taxId: 'settings.problem.merchantTaxId',
        address: 'settings.problem.merchantAddress',
      },
    });
  });
});

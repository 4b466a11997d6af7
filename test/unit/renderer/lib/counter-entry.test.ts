import { describe, expect, it } from 'vitest';
import { entryFromPreview, entryScreen, FRESH_ENTRY } from '../../../../src-renderer/src/lib/counter-entry.ts';

describe('counter entry', () => {
  it('comes back to the card or transfer form main still shows the customer after a reload', () => {
    expect(entryFromPreview({ amountCents: 4500, method: 'card' })).toEqual({ step: 'card', amountCents: 4500 });
    expect(entryFromPreview({ amountCents: 15_001, method: 'bank_transfer' })).toEqual({ step: 'transfer', amountCents: 15_001 });
  });

  it('starts fresh when main shows the customer nothing', () => {
    expect(entryFromPreview(null)).toEqual(FRESH_ENTRY);
    expect(FRESH_ENTRY).toEqual({ step: 'amount', amountCents: 0 });
  });

  it('names each step’s screen apart, whatever the amount', () => {
    expect(entryScreen({ step: 'card', amountCents: 1 })).toBe(entryScreen({ step: 'card', amountCents: 2 }));
    expect(entryScreen({ step: 'card', amountCents: 1 })).not.toBe(entryScreen({ step: 'payer', amountCents: 1 }));
  });
});

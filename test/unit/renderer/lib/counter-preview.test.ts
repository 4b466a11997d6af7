import { describe, expect, it } from 'vitest';
import { counterPreview, previewToSend, samePreview, type CounterState } from '../../../../src-renderer/src/lib/counter-preview.ts';

const state = (patch: Partial<CounterState>): CounterState => ({
  view: 'counter',
  step: 'amount',
  saleOnCounter: false,
  amountCents: 2990,
  canCard: true,
  canTransfer: true,
  ...patch,
});

describe('counterPreview', () => {
  it('shows the amount while the card form is on screen', () => {
    expect(counterPreview(state({ step: 'card' }))).toEqual({ amountCents: 2990, method: 'card' });
  });

  it('shows the amount while the transfer’s payer is typed', () => {
    expect(counterPreview(state({ step: 'transfer' }))).toEqual({ amountCents: 2990, method: 'bank_transfer' });
  });

  it('shows nothing while the amount is typed, or for the PIX payer', () => {
    expect(counterPreview(state({ step: 'amount' }))).toBeNull();
    expect(counterPreview(state({ step: 'payer' }))).toBeNull();
  });

  it('shows nothing once a sale is on the counter: the customer sees the sale', () => {
    expect(counterPreview(state({ step: 'card', saleOnCounter: true }))).toBeNull();
    expect(counterPreview(state({ step: 'transfer', saleOnCounter: true }))).toBeNull();
  });

  it('shows nothing while the cashier is away from the counter', () => {
    expect(counterPreview(state({ step: 'card', view: 'sales' }))).toBeNull();
    expect(counterPreview(state({ step: 'transfer', view: 'settings' }))).toBeNull();
  });

  it('shows nothing for a method the till no longer offers, or without an amount', () => {
    expect(counterPreview(state({ step: 'card', canCard: false }))).toBeNull();
    expect(counterPreview(state({ step: 'transfer', canTransfer: false }))).toBeNull();
    expect(counterPreview(state({ step: 'card', amountCents: 0 }))).toBeNull();
  });
});

describe('samePreview', () => {
  it('compares amount and method', () => {
    expect(samePreview(null, null)).toBe(true);
    expect(samePreview({ amountCents: 1, method: 'card' }, null)).toBe(false);
    expect(samePreview(null, { amountCents: 1, method: 'card' })).toBe(false);
    expect(samePreview({ amountCents: 1, method: 'card' }, { amountCents: 1, method: 'card' })).toBe(true);
    expect(samePreview({ amountCents: 1, method: 'card' }, { amountCents: 2, method: 'card' })).toBe(false);
    expect(samePreview({ amountCents: 1, method: 'card' }, { amountCents: 1, method: 'bank_transfer' })).toBe(false);
  });
});

describe('previewToSend', () => {
  const card = { amountCents: 2990, method: 'card' } as const;

  it('tells main the first time, even "nothing": main may hold a preview from before a reload', () => {
    expect(previewToSend(null, undefined, false)).toEqual({ send: true, preview: null });
    expect(previewToSend(card, undefined, false)).toEqual({ send: true, preview: card });
    expect(previewToSend(null, undefined, true)).toEqual({ send: true, preview: null });
  });

  it('tells main when the cashier opens the card form, and when the cashier goes back without charging', () => {
    expect(previewToSend(card, null, false)).toEqual({ send: true, preview: card });
    expect(previewToSend(null, card, false)).toEqual({ send: true, preview: null });
  });

  it('says nothing again for the same preview', () => {
    expect(previewToSend({ ...card }, card, false)).toEqual({ send: false, preview: card });
    expect(previewToSend(null, null, true)).toEqual({ send: false, preview: null });
  });

  it('leaves it to main when a sale opened: main cleared it already', () => {
    expect(previewToSend(null, card, true)).toEqual({ send: false, preview: null });
  });

  it('shows it again when the charge failed before a sale stayed on the counter', () => {
    expect(previewToSend(card, null, false)).toEqual({ send: true, preview: card });
  });
});

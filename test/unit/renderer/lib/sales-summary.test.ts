import { describe, expect, it } from 'vitest';
import type { AppInfo, ProviderCapabilities, RefundView, SaleView } from '../../../../src-preload/contract.ts';
import {
  canRefund,
  localDay,
  METHOD_KEYS,
  methodKind,
  methodWords,
  pendingRefundCents,
  providerRefunds,
  refundedCents,
  remainingCents,
} from '../../../../src-renderer/src/lib/sales-summary.ts';

const refund = (amountCents: number, state: RefundView['state']): RefundView => ({
  id: `r${amountCents}${state}`,
  amountCents,
  currency: 'BRL',
  state,
  reason: 'x',
  createdAt: '2026-01-15T12:00:00.000Z',
});

const sale = (patch: Partial<SaleView> = {}): SaleView => ({
  id: '00000000-0000-4000-8000-000000000000',
  amountCents: 1000,
  currency: 'BRL',
  method: 'pix',
  state: 'paid',
  createdAt: '2026-01-15T12:00:00.000Z',
  updatedAt: '2026-01-15T12:00:00.000Z',
  pix: null,
  card: null,
  bankTransfer: null,
  refunds: [],
  problem: null,
  ...patch,
});

const caps = (patch: Partial<ProviderCapabilities>): ProviderCapabilities => ({
  pixDynamic: true,
  currency: 'BRL',
  pixRequiresPayer: false,
  pixList: true,
  pixRefund: false,
  pixStatic: false,
  simulatePayment: true,
  card: false,
  cardPaymentTypes: [],
  cardMaxInstallments: 1,
  cardCancel: false,
  cardList: false,
  cardVerify: false,
  cardToken: false,
  bankTransfer: false,
  ...patch,
});

const info = (pix: Partial<ProviderCapabilities>, card: Partial<ProviderCapabilities> | null = null): AppInfo => ({
  version: '0',
  language: 'pt-BR',
  merchantName: 'Loja Demo',
  demo: true,
  pix: { id: 'astrapay', name: 'Demo', environment: 'embedded', capabilities: caps(pix) },
  card: card && { id: 'card-payments', name: 'Gateway', environment: 'embedded', capabilities: caps(card) },
});

describe('refund arithmetic', () => {
  const refunded = sale({ refunds: [refund(300, 'completed'), refund(200, 'processing'), refund(100, 'failed'), refund(50, 'requested')] });

  it('counts as refunded only what went back', () => {
    expect(refundedCents(refunded)).toBe(300);
    expect(pendingRefundCents(refunded)).toBe(250);
  });

  it('leaves to refund the amount less every refund that did not fail', () => {
    expect(remainingCents(refunded)).toBe(1000 - 300 - 200 - 50);
    expect(remainingCents(sale({ refunds: [refund(1000, 'completed')] }))).toBe(0);
  });
});

describe('canRefund', () => {
  it('needs a paid sale, something left, and a provider that refunds that method', () => {
    expect(canRefund(sale(), info({ pixRefund: true }))).toBe(true);
    expect(canRefund(sale(), info({ pixRefund: false }))).toBe(false);
    expect(canRefund(sale({ state: 'expired' }), info({ pixRefund: true }))).toBe(false);
    expect(canRefund(sale({ refunds: [refund(1000, 'completed')] }), info({ pixRefund: true }))).toBe(false);
    expect(canRefund(sale({ method: 'card' }), info({ pixRefund: true }, { cardCancel: true }))).toBe(true);
    expect(canRefund(sale({ method: 'card' }), info({ pixRefund: true }, null))).toBe(false);
    expect(canRefund(sale(), null)).toBe(false);
  });

  it('never offers to refund a bank transfer: the money went back outside the till', () => {
    const transfer = sale({ method: 'bank_transfer' });
    expect(providerRefunds(transfer, info({ pixRefund: true, bankTransfer: true }, { cardCancel: true }))).toBe(false);
    expect(canRefund(transfer, info({ pixRefund: true, bankTransfer: true }, { cardCancel: true }))).toBe(false);
  });

  it('offers a hand-confirmed static PIX for a refund by hand, whatever the provider can do', () => {
    expect(canRefund(sale({ method: 'pix_static' }), info({ pixRefund: false }))).toBe(true);
    expect(canRefund(sale({ method: 'pix_static', state: 'awaiting_payment' }), info({ pixRefund: false }))).toBe(false);
  });

  it('offers a cash sale for a refund from the drawer, with no provider at all', () => {
    expect(canRefund(sale({ method: 'cash' }), null)).toBe(true);
    expect(canRefund(sale({ method: 'cash', refunds: [refund(1000, 'completed')] }), null)).toBe(false);
  });
});

describe('methodWords', () => {
  const card = (paymentType: 'credit' | 'debit', installments: number) =>
    sale({ method: 'card', card: { paymentType, installments, brand: 'Visa', first6: '411111', last4: '1111', authorizationCode: 'A1', decline: null } });

  it('names PIX, credit with installments, credit at once, debit and a card that never got that far', () => {
    expect(methodWords(sale())).toEqual({ key: 'method.pix' });
    expect(methodWords(card('credit', 3))).toEqual({ key: 'method.creditInstallments', params: { count: '3' } });
    expect(methodWords(card('credit', 1))).toEqual({ key: 'method.credit' });
    expect(methodWords(card('debit', 1))).toEqual({ key: 'method.debit' });
    expect(methodWords(sale({ method: 'card' }))).toEqual({ key: 'method.card' });
    expect(methodWords(sale({ method: 'bank_transfer' }))).toEqual({ key: 'method.bankTransfer' });
  });

  it('groups sales as the day report does: pix, credit, debit, bank_transfer', () => {
    expect(methodKind(sale())).toBe('pix');
    expect(methodKind(card('credit', 3))).toBe('credit');
    expect(methodKind(card('debit', 1))).toBe('debit');
    expect(methodKind(sale({ method: 'bank_transfer' }))).toBe('bank_transfer');
    expect(methodKind(sale({ method: 'card' }))).toBe('card');
    expect(METHOD_KEYS.bank_transfer).toBe('method.bankTransfer');
  });
});

describe('localDay', () => {
  it('is the YYYY-MM-DD of the till’s own calendar', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

import { describe, expect, it } from 'vitest';
import type { BridgeErrorData, ReconcileRow, ReconcileSection } from '../../../../src-preload/contract.ts';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';
import {
  providerStatusWords,
  reconcileProblemText,
  reconcileRowLine,
  reconcileRowWords,
  sectionSummary,
  sectionTitle,
  tillStateWords,
} from '../../../../src-renderer/src/lib/reconcile-words.ts';

const pt = translator('pt-BR');
const en = translator('en');

const row = (patch: Partial<ReconcileRow> & Pick<ReconcileRow, 'problem'>): ReconcileRow => ({
  saleId: null,
  method: 'pix',
  currency: 'BRL',
  tillNetCents: 0,
  providerNetCents: 0,
  actions: ['mark_resolved'],
  resolved: null,
  key: 'astrapay.embedded.pix.x',
  providerRef: null,
  tillAmountCents: null,
  providerAmountCents: null,
  tillState: null,
  providerStatus: null,
  ...patch,
});

const section = (patch: Partial<ReconcileSection> = {}): ReconcileSection => ({
  role: 'pix',
  method: 'pix',
  providerName: 'Astrapay',
  providerId: 'astrapay',
  environment: 'embedded',
  account: null,
  uncheckedSales: 0,
  unchecked: [],
  supported: true,
  problem: null,
  matched: 0,
  rows: [],
  ...patch,
});

// Formatted money carries a no-break space after R$: compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('reconcileRowWords', () => {
  it('says a charge paid at the provider that the till never saw, with its txid', () => {
    const words = reconcileRowWords(
      row({ problem: 'missing_in_till', providerRef: 'astra202601abc', providerAmountCents: 5500, providerStatus: 'paid' }),
      'pix',
      pt,
    );
    expect(plain(words.text)).toBe('Pago no provedor e desconhecido no caixa: R$ 55,00');
    expect(words.ref).toBe('txid astra202601abc');
    expect(plain(reconcileRowLine(row({ problem: 'missing_in_till', providerRef: 'astra202601abc', providerAmountCents: 5500 }), 'pix', pt))).toBe(
      'Pago no provedor e desconhecido no caixa: R$ 55,00 (txid astra202601abc)',
    );
  });

  it('calls a card charge’s id a transaction', () => {
    const words = reconcileRowWords(row({ problem: 'missing_in_till', providerRef: 'tx-9', providerAmountCents: 3000 }), 'card', pt);
    expect(words.ref).toBe('transação tx-9');
    expect(reconcileRowWords(row({ problem: 'missing_in_till', providerRef: 'tx-9', providerAmountCents: 3000 }), 'card', en).ref).toBe('transaction tx-9');
  });

  it('says a sale the till has as paid that the provider does not know, with the till’s amount', () => {
    const words = reconcileRowWords(
      row({ problem: 'missing_at_provider', saleId: 's1', providerRef: 'astra1', tillAmountCents: 1201, tillState: 'paid' }),
      'pix',
      pt,
    );
    expect(plain(words.text)).toBe('No caixa como paga, o provedor não tem: R$ 12,01');
    expect(words.ref).toBe('txid astra1');
  });

  it('leaves the reference out when there is none', () => {
    const words = reconcileRowWords(row({ problem: 'missing_at_provider', saleId: 's1', tillAmountCents: 1000, tillState: 'paid' }), 'card', pt);
    expect(words.ref).toBeNull();
    expect(plain(reconcileRowLine(row({ problem: 'missing_at_provider', tillAmountCents: 1000 }), 'card', pt))).toBe(
      'No caixa como paga, o provedor não tem: R$ 10,00',
    );
    expect(reconcileRowWords(row({ problem: 'missing_in_till', providerRef: '  ', providerAmountCents: 1 }), 'pix', pt).ref).toBeNull();
  });

  it('puts both amounts side by side when they differ', () => {
    const words = reconcileRowWords(
      row({ problem: 'amount_differs', saleId: 's1', providerRef: 'astra2', tillAmountCents: 3000, providerAmountCents: 3045, tillState: 'paid', providerStatus: 'paid' }),
      'pix',
      pt,
    );
    expect(plain(words.text)).toBe('Valor diferente: caixa R$ 30,00, provedor R$ 30,45');
    expect(plain(reconcileRowWords(row({ problem: 'amount_differs', tillAmountCents: 3000, providerAmountCents: 3045 }), 'pix', en).text)).toBe(
      'Amount differs: till R$ 30,00, provider R$ 30,45',
    );
  });

  it('puts both nets side by side when the refunds differ', () => {
    const differs = row({ problem: 'refund_differs', tillAmountCents: 8001, providerAmountCents: 8001, tillNetCents: 8001, providerNetCents: 6001 });
    expect(plain(reconcileRowWords(differs, 'pix', pt).text)).toBe('Estornos diferentes: líquido no caixa R$ 80,01, no provedor R$ 60,01');
    expect(plain(reconcileRowWords(differs, 'pix', en).text)).toBe('Refunds differ: net in the till R$ 80,01, at the provider R$ 60,01');
  });

  it('a missing amount reads as a dash, never as R$ 0,00', () => {
    expect(plain(reconcileRowWords(row({ problem: 'amount_differs', tillAmountCents: 3000 }), 'pix', pt).text)).toBe(
      'Valor diferente: caixa R$ 30,00, provedor —',
    );
  });

  it('puts both states side by side, the till’s as the day’s list says it and the provider’s in lower case', () => {
    expect(
      reconcileRowWords(row({ problem: 'status_differs', tillState: 'paid', providerStatus: 'expired', tillAmountCents: 1000, providerAmountCents: 1000 }), 'pix', pt).text,
    ).toBe('Situação diferente: caixa Paga, provedor expirada');
    expect(reconcileRowWords(row({ problem: 'status_differs', tillState: 'cancelled', providerStatus: 'paid' }), 'pix', pt).text).toBe(
      'Situação diferente: caixa Cancelada, provedor paga',
    );
    expect(reconcileRowWords(row({ problem: 'status_differs', tillState: 'failed', providerStatus: 'approved' }), 'card', pt).text).toBe(
      'Situação diferente: caixa Não concluída, provedor aprovada',
    );
    expect(reconcileRowWords(row({ problem: 'status_differs', tillState: 'expired', providerStatus: 'paid' }), 'pix', en).text).toBe(
      'Status differs: till Expired, provider paid',
    );
  });
});

describe('status words', () => {
  it('know every status the providers report', () => {
    const statuses = ['active', 'paid', 'expired', 'refunded', 'partially_refunded', 'denied', 'approved', 'declined', 'pending', 'cancelled'];
    for (const status of statuses) {
      expect(providerStatusWords(status, pt), status).not.toBe(status);
      expect(providerStatusWords(status, en), status).not.toContain('_');
    }
    expect(providerStatusWords('partially_refunded', pt)).toBe('estornada em parte');
    expect(providerStatusWords('PAID', pt)).toBe('paga');
  });

  it('show a status we do not know as the provider wrote it, and say so when there is none', () => {
    expect(providerStatusWords('ON_HOLD', pt)).toBe('ON_HOLD');
    expect(providerStatusWords(null, pt)).toBe('sem situação');
    expect(providerStatusWords(' ', en)).toBe('no status');
    expect(tillStateWords(null, pt)).toBe('sem situação');
    expect(tillStateWords('awaiting_payment', pt)).toBe('Aguardando pagamento');
  });

  it('do not take a key of the catalog for a status', () => {
    // `reconcile.status.constructor` and friends are not statuses.
    expect(providerStatusWords('constructor', pt)).toBe('constructor');
  });
});

describe('sectionTitle', () => {
  it('names the payment method and the provider', () => {
    expect(sectionTitle(section(), pt)).toBe('PIX · Astrapay');
    expect(sectionTitle(section({ role: 'card', providerName: 'Card-payments' }), pt)).toBe('Cartão · Card-payments');
    expect(sectionTitle(section({ role: 'card' }), en)).toBe('Card · Astrapay');
  });
});

describe('sectionSummary', () => {
  it('counts the sales that agree, in the singular for one', () => {
    expect(sectionSummary(section({ matched: 2 }), pt)).toEqual({ matched: '2 vendas conferem', note: 'nenhuma diferença.', troubled: false });
    expect(sectionSummary(section({ matched: 1 }), pt)).toEqual({ matched: '1 venda confere', note: 'nenhuma diferença.', troubled: false });
    expect(sectionSummary(section({ matched: 1 }), en).matched).toBe('1 sale matches');
    expect(sectionSummary(section({ matched: 3 }), en).matched).toBe('3 sales match');
  });

  it('counts the differences listed under it', () => {
    const one = row({ problem: 'missing_in_till', providerRef: 'a', providerAmountCents: 5500 });
    expect(sectionSummary(section({ matched: 2, rows: [one] }), pt)).toEqual({ matched: '2 vendas conferem', note: '1 diferença:', troubled: true });
    expect(sectionSummary(section({ matched: 0, rows: [one, one] }), pt)).toEqual({
      matched: 'Nenhuma venda confere',
      note: '2 diferenças:',
      troubled: true,
    });
  });

  it('says when there was nothing to compare on either side', () => {
    expect(sectionSummary(section(), pt)).toEqual({
      matched: null,
      note: 'Nenhuma cobrança neste dia, nem no caixa nem no provedor.',
      troubled: false,
    });
  });

  it('says the provider cannot be checked when it offers no list', () => {
    expect(sectionSummary(section({ supported: false }), pt)).toEqual({
      matched: null,
      note: 'O provedor não oferece listagem para conferir.',
      troubled: false,
    });
  });
});

describe('reconcileProblemText', () => {
  const error = (patch: Partial<BridgeErrorData>): BridgeErrorData => ({ code: 'internal', message: 'x', retryable: false, ...patch });

  it('says a provider that is down in plain words, without talking of a sale being recorded', () => {
    for (const reason of ['provider.timeout', 'provider.unreachable', 'provider.connection_lost', 'provider.server_error']) {
      const text = reconcileProblemText(error({ code: 'provider_unavailable', reason, retryable: true }), pt);
      expect(text).toBe(
        'Não foi possível conferir com o provedor. O provedor de pagamento não respondeu ou está com problemas agora. Nada mudou no caixa; confira de novo em instantes.',
      );
      expect(text).not.toContain('venda ficou registrada');
    }
    expect(reconcileProblemText(error({ code: 'provider_unavailable' }), en)).toContain('check again in a moment');
  });

  it('uses the till’s words for anything else', () => {
    expect(reconcileProblemText(error({ code: 'provider_auth_failed', reason: 'provider.auth_failed' }), pt)).toBe(
      'Não foi possível conferir com o provedor. O provedor de pagamento recusou as credenciais da loja. Chame o gerente para conferir a configuração.',
    );
    expect(reconcileProblemText(error({ code: 'invalid_input', reason: 'day.invalid' }), pt)).toBe(
      'Não foi possível conferir com o provedor. Escolha um dia válido.',
    );
  });
});

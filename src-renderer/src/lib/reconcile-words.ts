/**
 * The day's check against the provider (`report.reconcile`) in the cashier's words: how many sales
 * agree, and each disagreement as a sentence with the provider's id of the charge to look it up by.
 * Main does the comparing; nothing here decides what agrees.
 */
import type { BridgeErrorData, ReconcileRow, ReconcileSection, SaleState } from '../../../src-preload/contract.ts';
import { formatBRL, type Cents } from '../../../src-shared/money.ts';
import type { MessageKey, Translator } from './i18n.ts';
import { SALE_STATE_KEYS } from './sales-summary.ts';

const ROW_KEYS: Record<ReconcileRow['problem'], MessageKey> = {
  missing_in_till: 'reconcile.row.missing_in_till',
  missing_at_provider: 'reconcile.row.missing_at_provider',
  amount_differs: 'reconcile.row.amount_differs',
  status_differs: 'reconcile.row.status_differs',
  refund_differs: 'reconcile.row.refund_differs',
};

const REF_KEYS: Record<ReconcileSection['role'], MessageKey> = {
  pix: 'reconcile.ref.pix',
  card: 'reconcile.ref.card',
};

/** Trouble reaching the provider: the check can simply be run again, and nothing in the till moved. */
const PROVIDER_DOWN = new Set(['provider.timeout', 'provider.unreachable', 'provider.connection_lost', 'provider.server_error']);

const money = (cents: Cents | null) => (cents === null ? '—' : formatBRL(cents));

/** The till's side of a sale, as the day's list says it ("Paga"). */
export function tillStateWords(state: SaleState | null, i18n: Translator): string {
  return state === null ? i18n.t('reconcile.status.unknown') : i18n.t(SALE_STATE_KEYS[state]);
}

/** The provider's status in our words ("expirada"); a status we do not know yet, as the provider wrote it. */
export function providerStatusWords(status: string | null, i18n: Translator): string {
  const trimmed = status?.trim() ?? '';
  if (trimmed === '') return i18n.t('reconcile.status.unknown');
  return i18n.maybe(`reconcile.status.${trimmed.toLowerCase()}`) ?? trimmed;
}

export interface RowWords {
  /** What disagrees, e.g. "Pago no provedor e desconhecido no caixa: R$ 55,00". */
  text: string;
  /** The provider's id of the charge ("txid astra…", "transação …"), when there is one. */
  ref: string | null;
}

export function reconcileRowWords(row: ReconcileRow, role: ReconcileSection['role'], i18n: Translator): RowWords {
  const params: Record<string, string> =
    row.problem === 'amount_differs'
      ? { till: money(row.tillAmountCents), provider: money(row.providerAmountCents) }
      : row.problem === 'status_differs'
        ? { till: tillStateWords(row.tillState, i18n), provider: providerStatusWords(row.providerStatus, i18n) }
        : row.problem === 'refund_differs'
          ? { till: money(row.tillNetCents), provider: money(row.providerNetCents) }
          : { amount: money(row.problem === 'missing_in_till' ? row.providerAmountCents : row.tillAmountCents) };
  const ref = row.providerRef?.trim() ? i18n.t(REF_KEYS[role], { ref: row.providerRef.trim() }) : null;
  return { text: i18n.t(ROW_KEYS[row.problem], params), ref };
}

/** The whole sentence, as a screen reader or a test reads the row: "… R$ 55,00 (txid …)". */
export function reconcileRowLine(row: ReconcileRow, role: ReconcileSection['role'], i18n: Translator): string {
  const { text, ref } = reconcileRowWords(row, role, i18n);
  return ref ? `${text} (${ref})` : text;
}

/** "PIX · Astrapay", "Cartão · Astrapay". */
export function sectionTitle(section: ReconcileSection, i18n: Translator): string {
  const key = section.method === 'bank_transfer' ? 'reconcile.sectionTransfer' : section.role === 'pix' ? 'reconcile.sectionPix' : 'reconcile.sectionCard';
  return i18n.t(key, { provider: section.providerName });
}

export interface SectionSummary {
  /** "2 vendas conferem"; null when there is nothing to count. */
  matched: string | null;
  /** "nenhuma diferença.", "1 diferença:", or why the section could not be checked. */
  note: string;
  /** Whether the till and the provider disagree on anything. */
  troubled: boolean;
}

export function sectionSummary(section: ReconcileSection, i18n: Translator): SectionSummary {
  if (!section.supported) return { matched: null, note: i18n.t('reconcile.unsupported'), troubled: false };
  const differences = section.rows.length;
  if (section.matched === 0 && differences === 0) return { matched: null, note: i18n.t('reconcile.nothing'), troubled: false };
  const matched =
    section.matched === 0
      ? i18n.t('reconcile.matchedNone')
      : section.matched === 1
        ? i18n.t('reconcile.matchedOne')
        : i18n.t('reconcile.matchedMany', { count: String(section.matched) });
  const note =
    differences === 0
      ? i18n.t('reconcile.allAgree')
      : differences === 1
        ? i18n.t('reconcile.differencesOne')
        : i18n.t('reconcile.differencesMany', { count: String(differences) });
  return { matched, note, troubled: differences > 0 };
}

/** Why the check could not be made: the provider's trouble as what it means here (nothing moved; run it again). */
export function reconcileProblemText(error: BridgeErrorData, i18n: Translator): string {
  const down = error.code === 'provider_unavailable' || (error.reason !== undefined && PROVIDER_DOWN.has(error.reason));
  return `${i18n.t('reconcile.failed')} ${down ? i18n.t('reconcile.providerDown') : i18n.error(error)}`;
}

/** What the provider documents no list for, and how many of the till's sales that left unchecked. */
export function uncheckedWords(section: ReconcileSection, i18n: Translator): string[] {
  const what = section.unchecked.map((item) => i18n.maybe(`reconcile.unchecked.${item}`) ?? item);
  const lines = what.length > 0 ? [i18n.t('reconcile.uncheckedWhat', { what: what.join(', ') })] : [];
  return section.uncheckedSales > 0 && !section.problem ? [...lines, i18n.t('reconcile.uncheckedSales', { count: String(section.uncheckedSales) })] : lines;
}

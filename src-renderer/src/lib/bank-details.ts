/**
 * Where the customer deposits a bank transfer, as the cashier reads it out and the customer types it
 * into a bank app: each detail with its label, the text shown, and what the copy button puts on the clipboard.
 */
import type { BankTransferView } from '../../../src-preload/contract.ts';
import { centsToInput } from './brl-input.ts';
import { maskDocument, onlyDigits } from './card-input.ts';
import type { MessageKey } from './i18n.ts';
import { amountDue } from './quote.ts';

/** A CPF or CNPJ with its usual punctuation; anything else as the provider gave it. */
export function formatDocument(text: string): string {
  const digits = onlyDigits(text);
  return digits.length === 11 || digits.length === 14 ? maskDocument(digits) : text.trim();
}

/** "Conta corrente" or "Conta poupança" when the provider's words say which; otherwise its own words. */
export function accountTypeKey(accountType: string): MessageKey | undefined {
  const words = accountType.trim().toLowerCase();
  if (/current|checking|corrente/.test(words)) return 'transfer.accountType.current';
  if (/saving|poupan/.test(words)) return 'transfer.accountType.savings';
  return undefined;
}

export interface DepositRow {
  /** Stable, for tests and keyed lists. */
  id: 'amount' | 'bank' | 'code' | 'agency' | 'account' | 'accountType' | 'document' | 'beneficiary';
  label: MessageKey;
  /** Shown; a message key's words are filled in by the screen (the account type). */
  text: string;
  textKey?: MessageKey | undefined;
  /** What the copy button copies: digits and marks as a bank app takes them. */
  copy: string;
}

/** Every detail of the deposit, the amount first (the quote's total when there is one). */
export function depositRows(amountCents: number, transfer: BankTransferView): DepositRow[] {
  const due = amountDue(amountCents, transfer.quote);
  const { bank } = transfer;
  const document = formatDocument(bank.document);
  return [
    { id: 'amount', label: 'transfer.amount', text: due.total, copy: centsToInput(due.totalCents) },
    { id: 'bank', label: 'transfer.bank', text: bank.name, copy: bank.name },
    { id: 'code', label: 'transfer.bankCode', text: bank.code, copy: bank.code },
    { id: 'agency', label: 'transfer.agency', text: bank.agency, copy: bank.agency },
    { id: 'account', label: 'transfer.account', text: bank.account, copy: bank.account },
    { id: 'accountType', label: 'transfer.accountType', text: bank.accountType, textKey: accountTypeKey(bank.accountType), copy: bank.accountType },
    { id: 'document', label: 'transfer.document', text: document, copy: document },
    { id: 'beneficiary', label: 'transfer.beneficiary', text: bank.beneficiary, copy: bank.beneficiary },
  ];
}

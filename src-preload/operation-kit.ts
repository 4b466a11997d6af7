/**
 * What the contract's operations are made of: who may call them, the operation() builder, and the input
 * rules several operations share (amounts, ids, cards, PINs). Checked by the router before any handler.
 */
import * as v from 'valibot';
import { MAX_AMOUNT_CENTS } from '../src-shared/money.ts';
import { ENVIRONMENTS, PROVIDER_IDS } from './views.ts';

/** Who is calling: the cashier's window or a read-only customer display. */
export type Access = 'cashier' | 'display';
/**
 * Who may call an operation:
 * - 'display': any window, signed in or not (read-only views);
 * - 'lock_screen': the cashier's window even while the till is locked (signing in, first run);
 * - 'cashier': the cashier's window with an operator signed in (the till starts locked);
 * - 'manager': as 'cashier', and the signed-in operator is a manager or the call carries a manager's
 *   authorization at the spot ("autorização do gerente"): the input gets one more field next to its own,
 *   `approval: { operatorId, pin }` (see ManagerApprovalSchema). The router takes it off, checks the input,
 *   then verifies the PIN (wrong PINs slow down like signing in), and only then calls the handler, which never
 *   sees it. Every 'manager' call that succeeds is written to the audit journal with who authorized it.
 */
export type Requirement = Access | 'manager' | 'lock_screen';

export const AmountCents = v.pipe(
  v.number('amount.required'),
  v.integer('amount.too_many_decimals'),
  v.minValue(1, 'amount.not_positive'),
  v.maxValue(MAX_AMOUNT_CENTS, 'amount.too_large'),
);
export const SaleId = v.pipe(v.string(), v.uuid('sale.id_invalid'));
export const BillId = v.pipe(v.string('bill.id_invalid'), v.uuid('bill.id_invalid'));
export const Empty = v.strictObject({});
export const Digits = (min: number, max: number, key: string) => v.pipe(v.string(key), v.regex(new RegExp(`^\\d{${min},${max}}$`), key));
export const HolderName = v.pipe(v.string('card.holder_name_required'), v.trim(), v.minLength(2, 'card.holder_name_required'), v.maxLength(40, 'card.holder_name_too_long'));
export const HolderDocument = v.pipe(v.string('document.invalid'), v.regex(/^(\d{11}|\d{14})$/, 'document.invalid'));
export const NewCard = v.strictObject({
  number: Digits(12, 19, 'card.number_invalid'),
  holderName: HolderName,
  holderDocument: HolderDocument,
  expiry: v.pipe(v.string('card.expiry_invalid'), v.regex(/^(0[1-9]|1[0-2])\d{4}$/, 'card.expiry_invalid')),
  cvv: Digits(3, 4, 'card.cvv_invalid'),
});
export const SavedCardRef = v.strictObject({
  savedCardId: v.pipe(v.string('card.saved_invalid'), v.minLength(1, 'card.saved_invalid'), v.maxLength(100, 'card.saved_invalid')),
  holderName: HolderName,
  holderDocument: HolderDocument,
});
export const Selection = v.nullable(v.strictObject({ id: v.picklist(PROVIDER_IDS, 'provider.unknown'), environment: v.picklist(ENVIRONMENTS, 'provider.environment_invalid') }));
export const ShortText = (max: number, key: string) => v.pipe(v.string(key), v.trim(), v.maxLength(max, key));
export const Payer = v.strictObject({
  name: ShortText(150, 'payer.name_invalid'),
  document: HolderDocument,
  email: v.optional(ShortText(255, 'payer.email_invalid')),
});
export const Day = v.pipe(v.string('day.invalid'), v.isoDate('day.invalid'));
export const OperatorId = v.pipe(v.string('operator.id_invalid'), v.uuid('operator.id_invalid'));
export const Pin = v.pipe(v.string('operator.pin_invalid'), v.regex(/^\d{4,8}$/, 'operator.pin_invalid'));
export const OperatorName = v.pipe(ShortText(40, 'operator.name_invalid'), v.minLength(1, 'operator.name_invalid'));
export const CashCents = v.pipe(
  v.number('amount.required'),
  v.integer('amount.too_many_decimals'),
  v.minValue(0, 'amount.not_positive'),
  v.maxValue(MAX_AMOUNT_CENTS, 'amount.too_large'),
);
/** A manager's authorization at the spot, carried next to a 'manager' operation's own input. */
export const ManagerApprovalSchema = v.strictObject({ operatorId: OperatorId, pin: Pin }, 'approval.invalid');
export type ManagerApproval = v.InferInput<typeof ManagerApprovalSchema>;

export interface OperationSpec<Input extends v.GenericSchema, Output, A extends Requirement = Requirement> {
  input: Input;
  access: A;
  /** Type-level only: what the operation resolves to. */
  output?: Output;
}

export function operation<Output>() {
  return <Input extends v.GenericSchema, A extends Requirement>(input: Input, access: A): OperationSpec<Input, Output, A> => ({
    input,
    access,
  });
}

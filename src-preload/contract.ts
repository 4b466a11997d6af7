/**
 * The one contract between the UI and the main process: every operation the renderer may call,
 * with its input schema, output type and who may call it, and every event main pushes.
 * Both shells (Electron IPC and the web shell's WebSocket) carry exactly this; main validates
 * every input against these schemas because the renderer is untrusted.
 * No electron import here: main, preload, renderer and tests all share this file.
 */
import * as v from 'valibot';
import { MAX_AMOUNT_CENTS, type Cents } from '../src-shared/money.ts';

export const LANGUAGES = ['pt-BR', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type SaleState = 'draft' | 'awaiting_payment' | 'paid' | 'expired' | 'cancelled' | 'failed';
export type PaymentMethod = 'pix';

export interface PixCharge {
  txid: string;
  copyAndPaste: string;
  expiresAt: string;
}

export interface SaleView {
  id: string;
  amountCents: Cents;
  method: PaymentMethod;
  state: SaleState;
  createdAt: string;
  updatedAt: string;
  pix: PixCharge | null;
  /** Why the sale failed or could not reach the provider yet, in the shape of a bridge error. */
  problem: BridgeErrorData | null;
}

export interface ProviderCapabilities {
  pixDynamic: boolean;
  pixRequiresPayer: boolean;
  pixList: boolean;
  pixRefund: boolean;
  pixStatic: boolean;
  simulatePayment: boolean;
  card: boolean;
  cardPaymentTypes: ('credit' | 'debit')[];
  cardMaxInstallments: number;
  cardCancel: boolean;
  cardList: boolean;
  cardVerify: boolean;
  cardToken: boolean;
  bankTransfer: boolean;
}

export interface ProviderInfo {
  id: string;
  name: string;
  environment: 'embedded' | 'sandbox' | 'production';
  capabilities: ProviderCapabilities;
}

export interface AppInfo {
  version: string;
  language: Language;
  /** True when a provider runs on the embedded sandbox: no real money moves. */
  demo: boolean;
  /** Who takes PIX and who takes cards; null when the till does not offer that method. */
  pix: ProviderInfo | null;
  card: ProviderInfo | null;
}

export type Access = 'cashier' | 'display';

export const ERROR_CODES = [
  'invalid_input',
  'forbidden',
  'not_found',
  'invalid_state',
  'provider_unavailable',
  'provider_bad_response',
  'provider_rejected',
  'provider_auth_failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface BridgeErrorData {
  code: ErrorCode;
  /** English, for logs and integrators; the UI shows its own translation of `reason ?? code`. */
  message: string;
  retryable: boolean;
  /** A finer, stable key such as `amount.too_large`. */
  reason?: string;
  field?: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: BridgeErrorData };

const AmountCents = v.pipe(
  v.number('amount.required'),
  v.integer('amount.too_many_decimals'),
  v.minValue(1, 'amount.not_positive'),
  v.maxValue(MAX_AMOUNT_CENTS, 'amount.too_large'),
);
const SaleId = v.pipe(v.string(), v.uuid('sale.id_invalid'));
const Empty = v.strictObject({});

interface OperationSpec<Input extends v.GenericSchema, Output> {
  input: Input;
  access: Access;
  /** Type-level only: what the operation resolves to. */
  output?: Output;
}

function operation<Output>() {
  return <Input extends v.GenericSchema>(input: Input, access: Access): OperationSpec<Input, Output> => ({
    input,
    access,
  });
}

export const operations = {
  'app.info': operation<AppInfo>()(Empty, 'display'),
  'settings.setLanguage': operation<AppInfo>()(v.strictObject({ language: v.picklist(LANGUAGES) }), 'cashier'),
  'sale.current': operation<SaleView | null>()(Empty, 'display'),
  'sale.startPix': operation<SaleView>()(v.strictObject({ amountCents: AmountCents }), 'cashier'),
  'sale.cancel': operation<SaleView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
  'sale.dismiss': operation<null>()(Empty, 'cashier'),
  'sale.simulatePayment': operation<SaleView>()(v.strictObject({ saleId: SaleId }), 'cashier'),
} as const;

export type OperationName = keyof typeof operations;
export type OperationInput<K extends OperationName> = v.InferInput<(typeof operations)[K]['input']>;
export type OperationOutput<K extends OperationName> = Exclude<(typeof operations)[K]['output'], undefined>;

export interface EventPayloads {
  'sale.changed': SaleView | null;
  'app.changed': AppInfo;
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = ['sale.changed', 'app.changed'];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}

/** What a shell hands the renderer: raw replies, so typed errors survive any transport. */
export interface PosTransport {
  invoke(name: OperationName, input: unknown): Promise<Reply<unknown>>;
  on(name: EventName, listener: (payload: unknown) => void): () => void;
}

/** The IPC channel names the Electron shell uses. */
export const IPC_INVOKE_CHANNEL = 'pos:invoke';
export const IPC_EVENT_CHANNEL = 'pos:event';

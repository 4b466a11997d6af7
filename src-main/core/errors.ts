import type { BridgeErrorData, ErrorCode } from '../../src-preload/contract.ts';

/**
 * The one error type of the main process. Its message is English and safe to log or show an
 * integrator: it never carries credentials, tokens or card data.
 */
export class PosError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly reason: string | undefined;
  readonly field: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { retryable?: boolean; reason?: string; field?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PosError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.reason = options.reason;
    this.field = options.field;
  }

  toData(): BridgeErrorData {
    const data: BridgeErrorData = { code: this.code, message: this.message, retryable: this.retryable };
    if (this.reason !== undefined) data.reason = this.reason;
    if (this.field !== undefined) data.field = this.field;
    return data;
  }
}

export function toErrorData(error: unknown): BridgeErrorData {
  if (error instanceof PosError) return error.toData();
  return { code: 'internal', message: 'Unexpected internal error', retryable: false };
}

/** True when a request may have reached the provider and been applied, so retrying blindly could duplicate it. */
export function isAmbiguous(error: unknown): boolean {
  return (
    error instanceof PosError &&
    error.code === 'provider_unavailable' &&
    (error.reason === 'provider.timeout' || error.reason === 'provider.connection_lost' || error.reason === 'provider.server_error')
  );
}

/** The provider's answer does not have the shape its documentation gives it. */
export function badResponse(where: string): PosError {
  return new PosError('provider_bad_response', `The provider's answer to ${where} is not what its documentation says`, {
    retryable: true,
    reason: 'provider.garbage',
  });
}

/** Maps an HTTP status the adapter did not expect to the error a cashier can act on. */
export function unexpectedStatus(status: number, where: string, providerMessage?: string): PosError {
  const detail = providerMessage ? `: ${redactDigits(providerMessage)}` : '';
  if (status === 401 || status === 403) {
    return new PosError('provider_auth_failed', `The provider refused our credentials (${status})`, { reason: 'provider.auth_failed' });
  }
  if (status === 404) return new PosError('not_found', `The provider does not know ${where}`, { reason: 'provider.not_found' });
  if (status >= 500) {
    return new PosError('provider_unavailable', `The provider failed with ${status} on ${where}${detail}`, {
      retryable: true,
      reason: 'provider.server_error',
    });
  }
  return new PosError('provider_rejected', `The provider refused ${where} (${status})${detail}`, { reason: 'provider.rejected' });
}

/**
 * Provider texts are shown and logged: any run of 9 or more digits is masked, so a provider that echoes a
 * card number (12-19 digits) or a CPF (11) cannot leak it into our errors, and the text is kept short.
 */
export function redactDigits(text: string): string {
  return text.replace(/\d{9,}/g, '[masked]').slice(0, 200);
}

/** What an error may carry besides its reason and message. */
export interface ErrorDetails {
  field?: string;
  retryable?: boolean;
  cause?: unknown;
}

/** Every factory of a family takes the stable reason first, then the English message, then any details. */
const family =
  (code: ErrorCode) =>
  (reason: string, message: string, details: ErrorDetails = {}): PosError =>
    new PosError(code, message, { ...details, reason });

/** Input we refuse before any provider hears of it; the message names the field, never its value. */
export function invalidInput(reason: string, message: string, field?: string): PosError {
  return family('invalid_input')(reason, message, field === undefined ? {} : { field });
}

/** The call makes no sense as things stand (a paid sale cancelled, no shift open, no provider for it). */
export const invalidState = family('invalid_state');
/** Nothing by that id here, or at the provider. */
export const notFound = family('not_found');
/** Not for this caller now: the till is locked, a manager is needed, the PIN is wrong. */
export const forbidden = family('forbidden');
/** The provider refused the request and said why. */
export const providerRejected = family('provider_rejected');
/** The provider could not be reached or did not answer in time: it may or may not have acted. */
export const providerUnavailable = family('provider_unavailable');
/** The provider answered something we cannot trust. */
export const providerBadResponse = family('provider_bad_response');
/** The shop's store server is away or refuses us; the till keeps selling on its own. */
export const storeUnavailable = family('store_unavailable');
/** A printer or pole display the till works around, never a failed sale. */
export const deviceUnavailable = family('device_unavailable');
/** Our own trouble (the ledger, a stop mid-call), told plainly. */
export const internalError = family('internal');

/** The error a reply carried, thrown again as it was (e.g. a refund the provider refused). */
export function fromErrorData({ code, message, ...details }: BridgeErrorData): PosError {
  return new PosError(code, message, details);
}

/** Every cashier call while nobody is signed in. */
export function sessionLockedError(): PosError {
  return forbidden('session.locked', 'The till is locked: sign in first');
}

/** Only the demo provider (the sandbox) can be told that a customer paid. */
export function notDemoError(): PosError {
  return invalidState('sale.not_demo', 'Only the demo provider can simulate a payment');
}

/** A payment for a charge that cannot take one (any more). */
export function notPayableError(message: string): PosError {
  return invalidState('sale.not_payable', message);
}

/** Only a paid sale can be refunded, at this till or from another. */
export function notRefundableError(state: string): PosError {
  return invalidState('refund.not_paid', `A ${state} sale cannot be refunded`);
}

/** The provider has no refund for this kind of sale. */
export function refundUnsupportedError(): PosError {
  return invalidState('refund.unsupported', 'This provider does not refund this kind of sale');
}

/** A refund from the store of a sale the store ledger does not hold. */
export function saleNotInStoreError(): PosError {
  return notFound('refund.sale_not_in_store', 'The store ledger does not have this sale');
}

/** A cash sale, or one the ledger never tied to a provider. */
export function noProviderError(): PosError {
  return invalidState('sale.no_provider', 'No provider took this sale');
}

/** A create whose answer we did not hear or could not read: it may exist at the provider. */
export function mayHaveApplied(error: unknown): boolean {
  if (isAmbiguous(error)) return true;
  return error instanceof PosError && (error.code === 'provider_bad_response' || error.reason === 'card.outcome_unknown');
}

/** SQLite's own words for a full disk (SQLITE_FULL is 13); anything else that fails a write is "write failed". */
function isDiskFull(error: unknown): boolean {
  const errcode = (error as { errcode?: unknown }).errcode;
  return errcode === 13 || (error instanceof Error && /disk is full|SQLITE_FULL/i.test(error.message));
}

/** The ledger could not write: the cashier is told plainly, and nothing is charged on its account. */
export function ledgerWriteError(cause: unknown): PosError {
  const full = isDiskFull(cause);
  return new PosError('internal', full ? 'The disk is full: the ledger cannot be written' : 'The ledger cannot be written', {
    reason: full ? 'ledger.disk_full' : 'ledger.write_failed',
    cause,
  });
}

export function isLedgerWriteError(error: unknown): error is PosError {
  return error instanceof PosError && (error.reason === 'ledger.disk_full' || error.reason === 'ledger.write_failed');
}

/** The credential set that took a sale is no longer in Settings: its provider cannot be asked about it. */
export function accountRemovedError(account: string): PosError {
  return new PosError('invalid_state', `The credentials of ${account} were removed`, { reason: 'provider.account_removed' });
}

/** The provider was asked by our reference until past its processing time and holds nothing. */
export function notCreatedError(): PosError {
  return new PosError('provider_unavailable', 'The provider did not create the charge', { reason: 'provider.not_created', retryable: true });
}

/** Only a person can tell whether the customer was charged; the error that left it unknown keeps its code. */
export function outcomeUnknownError(reason: 'card.outcome_unknown' | 'sale.outcome_unknown', message: string, cause?: PosError): PosError {
  return new PosError(cause?.code ?? 'provider_unavailable', message, { reason, cause });
}

export function notCheckingError(): PosError {
  return new PosError('invalid_state', 'Only a sale that needs checking can be resolved', { reason: 'sale.not_checking' });
}

/** The account that took the sale offers no call to undo this kind of charge. */
export function reversalUnsupported(what: string): PosError {
  return new PosError('invalid_state', `This provider takes no ${what}`, { reason: 'reversal.unsupported' });
}

/** The provider documents no way to learn whether a reversal sent to it was made: a person checks. */
export function reversalUnknowable(): PosError {
  return new PosError('provider_unavailable', 'The provider gives no way to learn whether the reversal was made', { reason: 'reversal.unknowable' });
}

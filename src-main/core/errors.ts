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

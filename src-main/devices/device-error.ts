import { deviceUnavailable, type PosError } from '../core/errors.ts';

/** Stable reasons the Settings screen can translate ("device.disconnected", ...). */
export type DeviceErrorReason =
  | 'device.not_configured'
  | 'device.disconnected'
  | 'device.closed'
  | 'device.write_timeout'
  | 'device.write_failed';

/** Device trouble is a state the till works around, never a failed sale. */
export function deviceError(reason: DeviceErrorReason, message: string, cause?: unknown): PosError {
  return deviceUnavailable(reason, message, { retryable: true, cause });
}

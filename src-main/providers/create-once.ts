/**
 * No double charge or refund: a create that may have reached the provider (timeout, dropped connection,
 * 5xx) is never blindly repeated. We first look for what it may have made; only when there is nothing do
 * we create again.
 */
import { isAmbiguous } from '../core/errors.ts';

export async function createOnce<T>(create: () => Promise<T>, findExisting: () => Promise<T | undefined>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!isAmbiguous(error)) throw error;
  }
  return (await findExisting()) ?? create();
}

/**
 * A promise rejected with nobody listening must not end the till (and leave a card charge "outcome
 * unknown"): it is logged with its stack and the till keeps selling; the ledger's transactions are
 * all synchronous, so no half-written record is left behind.
 */
import type { Logger } from '../core/ports.ts';

export function guardProcess(logger: Logger): () => void {
  const onRejection = (reason: unknown) =>
    logger.error('Unhandled rejection', { error: reason instanceof Error ? (reason.stack ?? reason.message) : String(reason) });
  process.on('unhandledRejection', onRejection);
  return () => process.off('unhandledRejection', onRejection);
}

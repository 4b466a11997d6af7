/**
 * Refunds across tills: before any provider hears of a refund, the till holds its amount against the
 * sale's refund total in the store, under a row lock (SELECT ... FOR UPDATE). Two tills refunding the
 * same sale at once take turns on that row, and the second one sees what the first one took.
 */
import type { Cents } from '../../src-shared/money.ts';
import { invalidInput, saleNotInStoreError } from '../core/errors.ts';
import { countStoreChange } from './store-changes.ts';
import type { StoreClient } from './store-client.ts';

export interface Reservation {
  refundId: string;
  saleId: string;
  amountCents: Cents;
  tillCode: string;
}

/** Holds `amountCents` of what is left to refund on the sale; refuses when less is left. Idempotent by refund id. */
export async function reserveRefund(client: StoreClient, reservation: Reservation): Promise<{ leftCents: Cents }> {
  return client.transaction(async (tx) => {
    const [total] = await tx.query<{ sale_cents: number; reserved_cents: number }>(
      'SELECT sale_cents, reserved_cents FROM refund_totals WHERE sale_id = $1 FOR UPDATE',
      [reservation.saleId],
    );
    if (!total) throw saleNotInStoreError();
    const [held] = await tx.query<{ amount_cents: number; released: boolean }>(
      'SELECT amount_cents, released FROM refund_reservations WHERE refund_id = $1',
      [reservation.refundId],
    );
    if (held && !held.released) return { leftCents: total.sale_cents - total.reserved_cents };
    const left = total.sale_cents - total.reserved_cents;
    if (reservation.amountCents > left) {
      throw invalidInput('refund.too_much', 'The refund is larger than what is left to refund across the shop', 'amountCents');
    }
    await tx.query(
      `INSERT INTO refund_reservations (refund_id, sale_id, till_code, amount_cents) VALUES ($1, $2, $3, $4)
       ON CONFLICT (refund_id) DO UPDATE SET released = false, amount_cents = EXCLUDED.amount_cents`,
      [reservation.refundId, reservation.saleId, reservation.tillCode, reservation.amountCents],
    );
    await tx.query('UPDATE refund_totals SET reserved_cents = reserved_cents + $2 WHERE sale_id = $1', [reservation.saleId, reservation.amountCents]);
    await countStoreChange(tx, reservation.tillCode);
    return { leftCents: left - reservation.amountCents };
  });
}

/** The refund did not happen (the provider refused it): its amount is free again. */
export async function releaseRefund(client: StoreClient, refundId: string): Promise<void> {
  await client.transaction(async (tx) => {
    const [held] = await tx.query<{ sale_id: string; till_code: string }>('SELECT sale_id, till_code FROM refund_reservations WHERE refund_id = $1', [refundId]);
    if (!held) return;
    await tx.query('SELECT 1 FROM refund_totals WHERE sale_id = $1 FOR UPDATE', [held.sale_id]);
    const released = await tx.query<{ amount_cents: number }>(
      'UPDATE refund_reservations SET released = true WHERE refund_id = $1 AND NOT released RETURNING amount_cents',
      [refundId],
    );
    const amount = released[0]?.amount_cents ?? 0;
    if (amount === 0) return;
    await tx.query('UPDATE refund_totals SET reserved_cents = reserved_cents - $2 WHERE sale_id = $1', [held.sale_id, amount]);
    await countStoreChange(tx, held.till_code);
  });
}

/** Per-launch random tokens for the web shell: one for the cashier, a read-only one for the customer display. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Access } from '../../src-preload/contract.ts';

export interface AccessTokens {
  cashier: string;
  display: string;
  /** Which access a presented token grants, compared in constant time. */
  accessFor(presented: string | null): Access | undefined;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function createAccessTokens(): AccessTokens {
  const cashier = randomBytes(24).toString('base64url');
  const display = randomBytes(24).toString('base64url');
  // Hashing first gives equal-length buffers, so the comparison time does not depend on the guess.
  const cashierDigest = digest(cashier);
  const displayDigest = digest(display);
  return {
    cashier,
    display,
    accessFor(presented) {
      if (!presented) return undefined;
      const candidate = digest(presented);
      const isCashier = timingSafeEqual(candidate, cashierDigest);
      const isDisplay = timingSafeEqual(candidate, displayDigest);
      return isCashier ? 'cashier' : isDisplay ? 'display' : undefined;
    },
  };
}

/**
 * The web shell's two tokens: one for the cashier, a read-only one for the customer display. Kept per
 * install in the data dir (0600), so open pages get back in after a restart; a manager can rotate them,
 * which shuts out every page holding the old ones.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Access } from '../../src-preload/contract.ts';

export interface AccessTokens {
  readonly cashier: string;
  readonly display: string;
  /** Which access a presented token grants, compared in constant time. */
  accessFor(presented: string | null): Access | undefined;
  /** New tokens (saved first); listeners are told so they can close sockets opened with the old ones. */
  rotate(): void;
  onRotate(listener: () => void): () => void;
}

interface Pair {
  cashier: string;
  display: string;
}

export const ACCESS_TOKENS_FILE = 'access-tokens.json';

const digest = (value: string) => createHash('sha256').update(value).digest();
const newToken = () => randomBytes(24).toString('base64url');
const isToken = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{32,}$/.test(value);

function load(file: string): Pair | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<keyof Pair, unknown>>;
    return isToken(saved.cashier) && isToken(saved.display) ? { cashier: saved.cashier, display: saved.display } : undefined;
  } catch {
    return undefined;
  }
}

function save(file: string, pair: Pair): void {
  // Write then rename, so a crash mid-write never leaves the till without readable tokens.
  writeFileSync(`${file}.tmp`, JSON.stringify(pair), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

/** With a file, tokens persist there; without one (tests), they live for this process only. */
export function createAccessTokens(file?: string): AccessTokens {
  const fresh = (): Pair => ({ cashier: newToken(), display: newToken() });
  let pair = (file && load(file)) || fresh();
  if (file) save(file, pair);
  // Hashing first gives equal-length buffers, so the comparison time does not depend on the guess.
  let digests = { cashier: digest(pair.cashier), display: digest(pair.display) };
  const listeners = new Set<() => void>();
  return {
    get cashier() {
      return pair.cashier;
    },
    get display() {
      return pair.display;
    },
    accessFor(presented) {
      if (!presented) return undefined;
      const candidate = digest(presented);
      const isCashier = timingSafeEqual(candidate, digests.cashier);
      const isDisplay = timingSafeEqual(candidate, digests.display);
      return isCashier ? 'cashier' : isDisplay ? 'display' : undefined;
    },
    rotate() {
      const next = fresh();
      if (file) save(file, next);
      pair = next;
      digests = { cashier: digest(pair.cashier), display: digest(pair.display) };
      for (const listener of [...listeners]) listener();
    },
    onRotate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

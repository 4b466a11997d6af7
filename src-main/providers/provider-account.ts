/**
 * A stable name for the credential set that took a sale: provider, environment and a short digest of the
 * account's first credential field (the client id, or the API key where that is all there is). The digest
 * identifies the account without revealing it; it is written with the sale so every later call about the
 * sale can check it is talking to the same account.
 */
import { createHash } from 'node:crypto';
import type { Environment, ProviderId } from '../../src-preload/contract.ts';

export function accountId(id: ProviderId, environment: Environment, firstCredential: string): string | null {
  if (firstCredential === '') return null;
  const digest = createHash('sha256').update(`${id}\n${firstCredential}`).digest('hex').slice(0, 10);
  return `${id}.${environment}.${digest}`;
}

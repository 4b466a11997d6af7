/** "Loja com vários caixas" in Settings: the write-only connection string, "testar conexão", till codes, and turning it off. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreSettingsView, StoreSyncView } from '../../../src-preload/contract.ts';
import { freePort } from '../../support/pg-cluster.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';
import { newStore, startTill, storeStatus, today, useCluster, waitSynced } from './store-tills.ts';

const cluster = useCluster();

describe('store settings', () => {
  it('keeps the connection string in the secret store only, and tests it', async () => {
    const url = await newStore(cluster());
    const secretUrl = url.replace('pdv@', 'pdv:s3cr3t-Pa55@');
    const till = await startTestCore();
    expect(okValue<StoreSettingsView>(await till.invoke('store.settings'))).toEqual({ enabled: false, tillCode: 'C1', tillName: 'Caixa 1', connectionSet: false });
    expect(okValue(await till.invoke('store.testConnection', { connectionString: secretUrl }))).toBeNull();

    const view = okValue<StoreSettingsView>(
      await till.invoke('store.configure', { enabled: true, tillCode: ' c2 ', tillName: 'Caixa da frente', connectionString: secretUrl }),
    );
    expect(view).toEqual({ enabled: true, tillCode: 'C2', tillName: 'Caixa da frente', connectionSet: true });
    await waitSynced(till);
    // Tested again without retyping it: the saved one is used.
    expect(okValue(await till.invoke('store.testConnection', {}))).toBeNull();
    expect(readFileSync(join(till.dataDir, 'secrets.plain.json'), 'utf8')).toContain('s3cr3t-Pa55');
    expect(readFileSync(join(till.dataDir, 'settings.json'), 'utf8')).not.toContain('s3cr3t');
    expect(till.logger.lines().join('\n')).not.toContain('s3cr3t');
  });

  it('says why a server cannot be reached, without repeating the password', async () => {
    const till = await startTestCore();
    const nowhere = `postgres://pdv:s3cr3t-Pa55@127.0.0.1:${await freePort()}/shop`;
    const error = errorOf(await till.invoke('store.testConnection', { connectionString: nowhere }));
    expect(error).toMatchObject({ code: 'store_unavailable', reason: 'store.unreachable', retryable: true });
    expect(JSON.stringify(error)).not.toContain('s3cr3t');
    const noDatabase = errorOf(await till.invoke('store.testConnection', { connectionString: `${cluster().url.replace(/postgres$/, 'missing_db')}` }));
    expect(noDatabase).toMatchObject({ reason: 'store.no_database' });
    expect(errorOf(await till.invoke('store.configure', { enabled: true, tillCode: 'C1', tillName: 'Caixa 1' }))).toMatchObject({
      reason: 'store.connection_missing',
    });
    expect(errorOf(await till.invoke('store.configure', { enabled: false, tillCode: 'C-1!', tillName: 'Caixa 1' }))).toMatchObject({
      reason: 'store.till_code_invalid',
    });
    expect(errorOf(await till.invoke('store.dayReport', { day: today() }))).toMatchObject({ reason: 'store.not_configured' });
  });

  it('refuses a till code another till of the shop already uses, and works alone again when turned off', async () => {
    const url = await newStore(cluster());
    await waitSynced(await startTill(url, 'C1'));
    const second = await startTill(url, 'C1');
    const refused = await waitFor(async () => {
      const status = await storeStatus(second);
      return status.state === 'offline' && status;
    }, 'the second C1 to be refused');
    expect(refused.problem).toMatchObject({ reason: 'store.till_code_taken' });

    okValue(await second.invoke('store.configure', { enabled: true, tillCode: 'C2', tillName: 'Caixa 2' }));
    await waitSynced(second);
    okValue(await second.invoke('store.configure', { enabled: false, tillCode: 'C2', tillName: 'Caixa 2' }));
    expect(okValue<StoreSyncView>(await second.invoke('store.status'))).toEqual({ state: 'single', pendingItems: 0, pendingChanges: 0, problem: null });
  });
});

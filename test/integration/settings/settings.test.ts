/** Settings through the router: merchant, providers per role, write-only credentials, test connection. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo, SettingsView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';

const SECRET = 'correct-horse-battery-staple-42';

describe('settings', () => {
  it('keeps credentials write-only: the screen learns which fields are set, never their value', async () => {
    const t = await startTestCore();
    const saved = okValue<SettingsView>(
      await t.invoke('settings.setCredentials', { id: 'astrapay', environment: 'production', values: { clientId: 'shop-1', clientSecret: SECRET } }),
    );
    expect(saved.credentialsSet['astrapay.production']).toEqual(['clientId', 'clientSecret']);
    expect(saved.credentialsSet['astrapay.sandbox']).toEqual([]);
    expect(JSON.stringify(okValue(await t.invoke('settings.get')))).not.toContain(SECRET);
    expect(JSON.stringify(okValue(await t.invoke('app.info')))).not.toContain(SECRET);

    // Only the secret store holds it; settings.json never does.
    const files = readdirSync(t.dataDir);
    expect(readFileSync(join(t.dataDir, 'settings.json'), 'utf8')).not.toContain(SECRET);
    expect(files.some((file) => readFileSync(join(t.dataDir, file)).includes(SECRET))).toBe(true);

    const cleared = okValue<SettingsView>(
      await t.invoke('settings.setCredentials', { id: 'astrapay', environment: 'production', values: { clientSecret: '' } }),
    );
    expect(cleared.credentialsSet['astrapay.production']).toEqual(['clientId']);
    expect(errorOf(await t.invoke('settings.setCredentials', { id: 'astrapay', environment: 'production', values: { password: 'x' } }))).toMatchObject({
      reason: 'credentials.unknown_field',
    });
  });

  it('switches providers per role, tells the windows, and refuses what a provider cannot do', async () => {
    const t = await startTestCore();
    const apps = recordEvents(t.core.events, 'app.changed');
    okValue(await t.invoke('settings.setProviders', { pix: null, card: { id: 'astrapay', environment: 'embedded' } }));
    const info = await apps.next((app) => app.pix === null, 'PIX to be switched off');
    expect(info.card?.id).toBe('astrapay');

    const before = Object.values(t.sim.stats().requests).reduce((sum, count) => sum + count, 0);
    expect(errorOf(await t.invoke('sale.startPix', { amountCents: 500 }))).toMatchObject({ reason: 'provider.no_pix' });
    expect(Object.values(t.sim.stats().requests).reduce((sum, count) => sum + count, 0)).toBe(before);

    okValue(await t.invoke('settings.setProviders', { pix: { id: 'astrapay', environment: 'embedded' }, card: null }));
    expect(okValue<AppInfo>(await t.invoke('app.info')).card).toBeNull();
  });

  it('tests a connection and reports the provider’s reason when it fails', async () => {
    const t = await startTestCore();
    expect(okValue(await t.invoke('settings.testConnection', { id: 'astrapay', environment: 'embedded' }))).toBeNull();
    // Unreachable without internet, refused with it (the credentials are made up): a typed reason either way, never the secret.
    okValue(await t.invoke('settings.setCredentials', { id: 'astrapay', environment: 'production', values: { clientId: 'a', clientSecret: SECRET } }));
    const failed = errorOf(await t.invoke('settings.testConnection', { id: 'astrapay', environment: 'production' }));
    expect(['provider_unavailable', 'provider_auth_failed']).toContain(failed.code);
    expect(JSON.stringify(failed)).not.toContain(SECRET);
  });

  it('keeps the merchant details for receipts', async () => {
    const t = await startTestCore();
    const merchant = { name: 'Mercadinho Boa Vista', city: 'Belo Horizonte', taxId: '12.345.678/0001-95', address: 'Av. Afonso Pena, 100' };
    expect(okValue<SettingsView>(await t.invoke('settings.setMerchant', merchant)).merchant).toEqual(merchant);
    expect(errorOf(await t.invoke('settings.setMerchant', { ...merchant, name: '' }))).toMatchObject({ reason: 'merchant.name_invalid' });
    const restarted = await startTestCore({ dataDir: t.dataDir });
    await t.close();
    expect(okValue<SettingsView>(await restarted.invoke('settings.get')).merchant).toEqual(merchant);
  });
});

/**
 * Each sale keeps the provider, environment and account that took it: later calls go there whatever
 * Settings say now, and when that account's credentials are gone the till says so plainly.
 */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src-main/core/logger.ts';
import { systemClock } from '../../../src-main/core/ports.ts';
import { createHttpClient } from '../../../src-main/http/http-client.ts';
import { createProviderHub } from '../../../src-main/providers/provider-hub.ts';
import { createFileSecretStore } from '../../../src-main/web/node-ports.ts';
import type { SaleView } from '../../../src-preload/contract.ts';
import { okValue } from '../../support/replies.ts';
import { payPix } from '../../support/sandbox.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

async function hubWithSecrets() {
  const secrets = createFileSecretStore(makeTempDir());
  const selection = { id: 'astrapay' as const, environment: 'sandbox' as const };
  const hub = await createProviderHub({
    selections: { pix: selection, card: null },
    secrets,
    logger: silentLogger,
    http: createHttpClient(globalThis.fetch),
    clock: systemClock,
    sandboxUrl: () => Promise.reject(new Error('no sandbox in this test')),
  });
  return { hub, secrets };
}

describe('the account that took a sale', () => {
  it('is named by provider, environment and a digest of the client id, never a secret', async () => {
    const { hub, secrets } = await hubWithSecrets();
    secrets.set('astrapay.sandbox.clientId', 'shop-client-1');
    secrets.set('astrapay.sandbox.clientSecret', 'very-secret-value');

    const { account } = hub.active('pix');

    expect(account).toMatch(/^astrapay\.sandbox\.[0-9a-f]{10}$/);
    expect(account).not.toContain('shop-client-1');
    expect(account).not.toContain('very-secret');
  });

  it('is asked about its sales while its credentials are there; replaced or removed, the till says so', async () => {
    const { hub, secrets } = await hubWithSecrets();
    secrets.set('astrapay.sandbox.clientId', 'shop-client-1');
    secrets.set('astrapay.sandbox.clientSecret', 'secret-1');
    const sale = { providerId: 'astrapay' as const, providerEnvironment: 'sandbox' as const, providerAccount: hub.active('pix').account };
    expect(hub.forSale(sale).id).toBe('astrapay');

    secrets.set('astrapay.sandbox.clientId', 'another-shop');
    hub.forget('astrapay', 'sandbox');
    expect(() => hub.forSale(sale)).toThrow(expect.objectContaining({ reason: 'provider.account_removed' }));

    secrets.delete('astrapay.sandbox.clientId');
    expect(() => hub.forSale(sale)).toThrow(expect.objectContaining({ reason: 'provider.account_removed' }));
  });
});

describe('after Settings switch provider', () => {
  it('an Astrapay sale is still followed at Astrapay, paid and refunded there', async () => {
    const t = await startTestCore();
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 1_250 }));
    okValue(await t.invoke('settings.setProviders', { pix: { id: 'payments', environment: 'embedded' }, card: null }));

    expect(await payPix(t.sim, sale.pix?.txid ?? '')).toBe(true);

    await waitFor(async () => okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).state === 'paid', 'paid at Astrapay');
    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 1_250, reason: 'troca' }));
    await waitFor(async () => okValue<SaleView>(await t.invoke('sale.get', { saleId: sale.id })).refunds[0]?.state === 'completed', 'refunded at Astrapay');
  });
});

/**
 * The sandbox in its own process keeps what a provider keeps: after a `kill -9` and a restart on the
 * same data dir, charges, refunds, card transactions, saved cards and access tokens are all still there.
 */
import { describe, expect, it } from 'vitest';
import type { SaleView } from '../../../src-preload/contract.ts';
import { PosError } from '../../../src-main/core/errors.ts';
import { cardOf, pixOf } from '../../../src-main/providers/provider.ts';
import { cardCharge, cardData, refundRequest } from '../providers/astrapay/astrapay-fixtures.ts';
import { okValue } from '../../support/replies.ts';
import { astrapayOn, createRequest, payPix } from '../../support/sandbox.ts';
import { startSandboxProcess } from '../../support/sandbox-process.ts';
import { startTestCore } from '../../support/test-core.ts';
import { waitFor } from '../../support/wait-for.ts';

describe('the sandbox in its own process', () => {
  it('pays, after a kill -9 and a restart, a PIX charge the Astrapay adapter made before', async () => {
    const sandbox = await startSandboxProcess();
    const pix = pixOf(astrapayOn(sandbox));
    const charge = await pix.create(createRequest(1250));

    await sandbox.kill();
    await expect(pix.get(charge.txid)).rejects.toBeInstanceOf(PosError);
    await sandbox.restart();

    expect(await pix.get(charge.txid)).toMatchObject({ txid: charge.txid, status: 'active', amountCents: 1250 });
    expect(await payPix(sandbox, charge.txid)).toBe(true);
    expect(await pix.get(charge.txid)).toMatchObject({ status: 'paid', copyAndPaste: charge.copyAndPaste });
  });

  it('still pays a charge ending in 01 centavos by itself when it was killed before the due time', async () => {
    const sandbox = await startSandboxProcess({ autoPayDelayMs: 1500 });
    const pix = pixOf(astrapayOn(sandbox));
    const charge = await pix.create(createRequest(1001));
    await sandbox.kill();
    await sandbox.restart();

    const paid = await waitFor(async () => (await pix.get(charge.txid)).status === 'paid', 'the charge to pay itself', { intervalMs: 100 });
    expect(paid).toBe(true);
  });

  it('keeps refunds, card transactions and saved cards across a kill -9', async () => {
    const sandbox = await startSandboxProcess({ autoPayDelayMs: 60_000 });
    const provider = astrapayOn(sandbox);
    const pix = pixOf(provider);
    const card = cardOf(provider);
    const charge = await pix.create(createRequest(3000));
    expect(await payPix(sandbox, charge.txid)).toBe(true);
    const refund = await pix.refund?.(refundRequest(charge.txid, 1000));
    const cardSale = await card.charge(cardCharge(4500));
    const cancelled = await card.cancel?.(cardSale.id, 500);
    const saved = await card.savedCards?.save(cardData());
    const from = new Date(Date.now() - 60_000);

    await sandbox.kill();
    await sandbox.restart();

    expect(await pix.getRefund?.(refund?.id ?? '')).toMatchObject({ id: refund?.id, amountCents: 1000 });
    const refunds = await pix.listRefunds?.({ from, to: new Date(Date.now() + 60_000), page: 0, pageSize: 20 });
    expect(refunds?.items.map((item) => item.id)).toEqual([refund?.id]);
    expect(await card.get?.(cardSale.id)).toMatchObject({ id: cardSale.id, amountCents: 4500, status: cancelled?.status });
    expect((await card.charge(cardCharge(700, cardData(), { source: { kind: 'saved', savedCardId: saved?.id ?? '', holderName: 'Maria Silva', holderDocument: '52998224725' } }))).status).toBe('approved');
    // A second refund beyond what is left is still refused: the first one counts after the restart.
    await expect(pix.refund?.(refundRequest(charge.txid, 2001))).rejects.toBeInstanceOf(PosError);
  });

  it('serves a till pointed at it with a sandbox URL: a sale made before its crash is paid after it', async () => {
    const sandbox = await startSandboxProcess({ autoPayDelayMs: 60_000 });
    const till = await startTestCore({ sandboxUrl: sandbox.url });
    expect(till.core.simulator).toBeUndefined();
    const sale = okValue<SaleView>(await till.invoke('sale.startPix', { amountCents: 1990 }));

    await sandbox.kill();
    await sandbox.restart();

    const paid = okValue<SaleView>(await till.invoke('sale.simulatePayment', { saleId: sale.id }));
    expect(paid).toMatchObject({ id: sale.id, state: 'paid' });
  });
});

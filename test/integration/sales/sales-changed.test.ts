/** `sales.changed`: every change of every sale reaches the windows, not only the sale on the counter. */
import { describe, expect, it } from 'vitest';
import type { SaleView, SettingsView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';

describe('sales.changed', () => {
  it('announces a refund settling on a sale that is no longer on the counter', async () => {
    const t = await startTestCore();
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 4_000 }));
    okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
    okValue(await t.invoke('sale.dismiss'));
    const counter = recordEvents(t.core.events, 'sale.changed');
    const all = recordEvents(t.core.events, 'sales.changed');

    okValue(await t.invoke('sale.refund', { saleId: sale.id, amountCents: 1_000, reason: 'Troca' }));
    const settled = await all.next((view) => view.id === sale.id && view.refunds[0]?.state === 'completed', 'the refund completed');
    expect(settled.refunds[0]).toMatchObject({ amountCents: 1_000 });
    // The counter is empty: its event says nothing about an old sale.
    expect(counter.seen.filter((view) => view?.id === sale.id)).toEqual([]);
  });

  it('announces the counter’s sale too, with the same view', async () => {
    const t = await startTestCore();
    const counter = recordEvents(t.core.events, 'sale.changed');
    const all = recordEvents(t.core.events, 'sales.changed');
    const sale = okValue<SaleView>(await t.invoke('sale.startPix', { amountCents: 2_500 }));
    okValue(await t.invoke('sale.simulatePayment', { saleId: sale.id }));
    const paid = await all.next((view) => view.id === sale.id && view.state === 'paid', 'the paid sale');
    expect(await counter.next((view) => view?.state === 'paid', 'the paid sale on the counter')).toEqual(paid);
  });
});

describe('large amount threshold', () => {
  it('is kept with the merchant details and reaches the counter through app.info', async () => {
    const t = await startTestCore();
    expect(okValue<SettingsView>(await t.invoke('settings.get')).largeAmountCents).toBe(100_000);
    const merchant = { name: 'Padaria', city: 'Recife', taxId: '', address: '' };
    const saved = okValue<SettingsView>(await t.invoke('settings.setMerchant', { ...merchant, largeAmountCents: 50_000 }));
    expect(saved).toMatchObject({ merchant, largeAmountCents: 50_000 });
    expect(okValue<{ largeAmountCents: number }>(await t.invoke('app.info'))).toMatchObject({ largeAmountCents: 50_000 });
    // Saving the merchant without it leaves the threshold as it was.
    expect(okValue<SettingsView>(await t.invoke('settings.setMerchant', merchant)).largeAmountCents).toBe(50_000);
  });
});

/** The amount the cashier is about to charge by card reaches the customer's screen before the sale exists. */
import { describe, expect, it } from 'vitest';
import type { CounterPreview } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';

describe('counter preview', () => {
  it('is shown to the display, replaced by the sale, and gone when the counter clears', async () => {
    const t = await startTestCore();
    const previews = recordEvents(t.core.events, 'counter.preview');
    okValue(await t.invoke('counter.setPreview', { preview: { amountCents: 2_990, method: 'card' } }));
    expect(okValue<CounterPreview | null>(await t.invoke('counter.preview', {}, 'display'))).toEqual({ amountCents: 2_990, method: 'card' });
    expect(errorOf(await t.invoke('counter.setPreview', { preview: null }, 'display'))).toMatchObject({ code: 'forbidden' });

    okValue(
      await t.invoke('sale.startCard', {
        amountCents: 2_990,
        paymentType: 'credit',
        installments: 1,
        card: { number: '4111111111111111', holderName: 'ANA LIMA', holderDocument: '11144477735', expiry: '122030', cvv: '123' },
      }),
    );
    expect(previews.seen).toEqual([{ amountCents: 2_990, method: 'card' }, null]);
    expect(okValue(await t.invoke('counter.preview', {}, 'display'))).toBeNull();

    okValue(await t.invoke('sale.dismiss'));
    okValue(await t.invoke('counter.setPreview', { preview: { amountCents: 100, method: 'card' } }));
    okValue(await t.invoke('counter.setPreview', { preview: null }));
    expect(previews.seen.at(-1)).toBeNull();
  });
});

/** The router as a window meets it: core.router.handle(name, input, access) on a real core. */
import { describe, expect, it } from 'vitest';
import type { AppInfo, SaleView } from '../../../src-preload/contract.ts';
import { recordEvents } from '../../support/event-recorder.ts';
import { errorOf, okValue } from '../../support/replies.ts';
import { startTestCore } from '../../support/test-core.ts';

describe('router: operations and input validation', () => {
  it('refuses an unknown operation', async () => {
    const { invoke } = await startTestCore();

    for (const name of ['sale.refundEverything', '__proto__', 'toString', 42]) {
      expect(errorOf(await invoke(name as string))).toMatchObject({ code: 'invalid_input', reason: 'operation.unknown' });
    }
  });

  it.each([
    ['zero', { amountCents: 0 }, 'amount.not_positive'],
    ['negative', { amountCents: -5 }, 'amount.not_positive'],
    ['a fraction of a cent', { amountCents: 12.5 }, 'amount.too_many_decimals'],
    ['over R$ 100.000.000,00', { amountCents: 10_000_000_001 }, 'amount.too_large'],
    ['a string', { amountCents: '1250' }, 'amount.required'],
    ['NaN', { amountCents: Number.NaN }, 'amount.required'],
    ['missing', {}, 'amount.required'],
  ])('refuses sale.startPix with an amount that is %s, before any HTTP call', async (_, input, reason) => {
    const { invoke, sim } = await startTestCore();
    const before = sim.stats().requests;

    const error = errorOf(await invoke('sale.startPix', input));

    expect(error).toMatchObject({ code: 'invalid_input', reason, field: 'amountCents', retryable: false });
    expect(sim.stats().requests).toEqual(before);
    expect(okValue(await invoke('sale.current'))).toBeNull();
  });

  it.each([
    ['an extra field', { amountCents: 1250, tip: 100 }, 'input.invalid'],
    ['a non-object input', 'amountCents=1250', 'input.invalid'],
    // An array is an object without the amountCents key.
    ['an array', [1250], 'amount.required'],
  ])('refuses sale.startPix with %s, before any HTTP call', async (_, input, reason) => {
    const { invoke, sim } = await startTestCore();

    expect(errorOf(await invoke('sale.startPix', input))).toMatchObject({ code: 'invalid_input', reason });
    expect(sim.stats().requests).toEqual({});
  });

  it('accepts the largest amount allowed (R$ 100.000.000,00)', async () => {
    const { invoke } = await startTestCore();

    const sale = okValue<SaleView>(await invoke('sale.startPix', { amountCents: 10_000_000_000 }));

    expect(sale).toMatchObject({ amountCents: 10_000_000_000, state: 'awaiting_payment' });
  });

  it('refuses a sale id that is not a UUID', async () => {
    const { invoke } = await startTestCore();
    expect(errorOf(await invoke('sale.cancel', { saleId: "1' OR '1'='1" }))).toMatchObject({
      code: 'invalid_input',
      reason: 'sale.id_invalid',
      field: 'saleId',
    });
  });
});

describe('router: customer display access', () => {
  it('may read app.info and sale.current', async () => {
    const { invoke } = await startTestCore();

    expect(okValue<AppInfo>(await invoke('app.info', {}, 'display'))).toMatchObject({ demo: true, language: 'pt-BR' });
    expect(okValue(await invoke('sale.current', {}, 'display'))).toBeNull();
  });

  it.each([
    ['sale.startPix', { amountCents: 1250 }],
    ['sale.cancel', { saleId: '7b0e3c4a-2f7e-4d8e-9a51-3e4f5a6b7c8d' }],
    ['sale.dismiss', {}],
    ['sale.simulatePayment', { saleId: '7b0e3c4a-2f7e-4d8e-9a51-3e4f5a6b7c8d' }],
    ['settings.setLanguage', { language: 'en' }],
  ])('gets forbidden for %s, and nothing happens', async (name, input) => {
    const { invoke, sim } = await startTestCore();

    expect(errorOf(await invoke(name, input, 'display'))).toMatchObject({ code: 'forbidden', reason: 'access.read_only' });
    expect(sim.stats().requests).toEqual({});
    expect(okValue<AppInfo>(await invoke('app.info')).language).toBe('pt-BR');
  });
});

describe('router: settings.setLanguage', () => {
  it('emits app.changed and persists across a restart on the same data dir', async () => {
    const first = await startTestCore();
    const changes = recordEvents(first.core.events, 'app.changed');

    const info = okValue<AppInfo>(await first.invoke('settings.setLanguage', { language: 'en' }));

    expect(info.language).toBe('en');
    expect(changes.seen).toEqual([info]);
    await first.close();

    const second = await startTestCore({ dataDir: first.dataDir });
    expect(okValue<AppInfo>(await second.invoke('app.info')).language).toBe('en');
  });

  it('refuses a language the till does not speak', async () => {
    const { invoke, core } = await startTestCore();
    const changes = recordEvents(core.events, 'app.changed');

    expect(errorOf(await invoke('settings.setLanguage', { language: 'fr' }))).toMatchObject({ code: 'invalid_input', field: 'language' });
    expect(changes.seen).toEqual([]);
    expect(okValue<AppInfo>(await invoke('app.info')).language).toBe('pt-BR');
  });
});

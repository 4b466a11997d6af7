/**
 * The pole display over a pty pair follows the same `sale.changed` events the customer window gets,
 * in both command sets, and never lets a display fault reach the sale.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEventBus, type EventBus } from '../../../../src-main/core/events.ts';
import { DEFAULT_DISPLAY_SETTINGS } from '../../../../src-shared/device-settings.ts';
import { createPoleDisplay } from '../../../../src-main/devices/pole-display/pole-display.ts';
import type { AppInfo, Language, SaleState, SaleView } from '../../../../src-preload/contract.ts';
import { attachToPty } from '../../../fixtures/device-links.ts';
import { PoleDisplayEmulator } from '../../../fixtures/pole-display-emulator.ts';
import { createSocatPair, type SocatPair } from '../../../fixtures/socat-pair.ts';
import { createRecordingLogger } from '../../../support/recording-logger.ts';
import { waitFor } from '../../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function sale(state: SaleState): SaleView {
  const at = '2025-11-21T17:03:05.000Z';
  return { id: '3f2c9a1e-7b4d-4e8a-9c21-5d6e7f809a1b', amountCents: 1201, currency: 'BRL', method: 'pix', state, createdAt: at, updatedAt: at, pix: null, card: null, bankTransfer: null, refunds: [], problem: null };
}

async function rig(commandSet: 'epson' | 'cd5220', options: { language?: () => Language } = {}) {
  const pair = await createSocatPair(`display-${commandSet}`);
  cleanup.push(() => pair.close());
  const screen = new PoleDisplayEmulator(commandSet, 'cp437');
  const end = await attachToPty(pair.devicePath, screen);
  cleanup.push(() => end.close());
  const events = createEventBus();
  const display = createPoleDisplay({
    settings: { ...DEFAULT_DISPLAY_SETTINGS, commandSet, codePage: 'cp437', serial: { ...DEFAULT_DISPLAY_SETTINGS.serial, path: pair.appPath } },
    events,
    logger: createRecordingLogger(),
    language: options.language ?? (() => 'pt-BR'),
    merchantName: () => 'Padaria São João',
    reconnect: { initialMs: 10, maxMs: 100 },
    // The display end may open after the app has written: the pty drops what came before.
    repaintMs: 50,
  });
  display.start();
  cleanup.push(() => display.close());
  return { pair, screen, events, display };
}

async function expectScreen(screen: PoleDisplayEmulator, lines: [string, string]): Promise<void> {
  await waitFor(() => JSON.stringify(screen.lines()) === JSON.stringify(lines), `the display to read ${JSON.stringify(lines)}`);
}

describe.each(['epson', 'cd5220'] as const)('pole display (%s)', (commandSet) => {
  it('shows each moment of a PIX sale, transliterated to the display code page', async () => {
    const { screen, events, display } = await rig(commandSet);
    await expectScreen(screen, ['  Padaria Sao Joao', '     Bem-vindo!']);
    events.emit('sale.changed', sale('draft'));
    await expectScreen(screen, ['Total a pagar', '            R$ 12,01']);
    events.emit('sale.changed', sale('awaiting_payment'));
    await expectScreen(screen, ['Pague com PIX', '            R$ 12,01']);
    events.emit('sale.changed', sale('paid'));
    await expectScreen(screen, ['Pago        R$ 12,01', 'Obrigado, até logo!']);
    events.emit('sale.changed', sale('expired'));
    await expectScreen(screen, ['    PIX expirado', 'Peça um novo código']);
    events.emit('sale.changed', null);
    await expectScreen(screen, ['  Padaria Sao Joao', '     Bem-vindo!']);
    expect(display.status()).toMatchObject({ condition: 'ready', lines: ['  Padaria Sao Joao', '     Bem-vindo!'] });
    expect(screen.unknown).toEqual([]);
  });

  it('ends on the latest screen when events come faster than the display', async () => {
    const { screen, events } = await rig(commandSet);
    await expectScreen(screen, ['  Padaria Sao Joao', '     Bem-vindo!']);
    for (const state of ['draft', 'awaiting_payment', 'failed', 'draft', 'awaiting_payment', 'cancelled'] as const) {
      events.emit('sale.changed', sale(state));
    }
    await expectScreen(screen, ['  Venda cancelada', '']);
  });
});

describe('pole display faults', () => {
  it('keeps the sale flowing while the display is unplugged, and catches up when it is back', async () => {
    const { pair, screen, events, display } = await rig('epson');
    await expectScreen(screen, ['  Padaria Sao Joao', '     Bem-vindo!']);
    await pair.unplug();
    await waitFor(() => display.status().condition === 'disconnected', 'the display to show as disconnected');
    expect(() => events.emit('sale.changed', sale('awaiting_payment'))).not.toThrow();
    expect(() => events.emit('sale.changed', sale('paid'))).not.toThrow();

    const back = await plugBack(pair);
    await expectScreen(back, ['Pago        R$ 12,01', 'Obrigado, até logo!']);
    expect(display.status().condition).toBe('ready');
  });

  it('never throws into the sale flow, even when building the screen fails', async () => {
    const bus = createEventBus();
    let broken = false;
    const display = createPoleDisplay({
      settings: { ...DEFAULT_DISPLAY_SETTINGS, serial: { ...DEFAULT_DISPLAY_SETTINGS.serial, path: '/nonexistent/tty' } },
      events: bus,
      logger: createRecordingLogger(),
      language: () => {
        if (broken) throw new Error('settings unreadable');
        return 'pt-BR';
      },
      merchantName: () => 'Loja',
      reconnect: { initialMs: 10, maxMs: 100 },
    });
    display.start();
    cleanup.push(() => display.close());
    broken = true;
    expect(() => bus.emit('sale.changed', sale('paid'))).not.toThrow();
    expect(display.status().condition).toBe('disconnected');
  });

  it('follows a language change', async () => {
    let language: Language = 'pt-BR';
    const { screen, events } = await rig('cd5220', { language: () => language });
    events.emit('sale.changed', sale('awaiting_payment'));
    await expectScreen(screen, ['Pague com PIX', '            R$ 12,01']);
    language = 'en';
    emitLanguage(events, language);
    await expectScreen(screen, ['Pay with PIX', '            R$ 12,01']);
  });

  it('puts up a test screen, and refuses when no port is set', async () => {
    const { screen, display } = await rig('epson');
    await waitFor(() => display.status().condition === 'ready', 'the display to connect');
    await display.testDisplay();
    await expectScreen(screen, ['Teste do visor', 'AOÇÉ aoçé 123456789']);

    const unset = createPoleDisplay({
      settings: DEFAULT_DISPLAY_SETTINGS,
      events: createEventBus(),
      logger: createRecordingLogger(),
      language: () => 'pt-BR',
      merchantName: () => 'Loja',
    });
    unset.start();
    await expect(unset.testDisplay()).rejects.toMatchObject({ reason: 'device.not_configured' });
    expect(unset.status().condition).toBe('not_configured');
    await unset.close();
  });
});

async function plugBack(pair: SocatPair): Promise<PoleDisplayEmulator> {
  await pair.plugIn();
  const screen = new PoleDisplayEmulator('epson', 'cp437');
  const end = await attachToPty(pair.devicePath, screen);
  cleanup.push(() => end.close());
  return screen;
}

/** The display reads the language from its getter; of the event it only needs the fact that it came. */
function emitLanguage(events: EventBus, language: Language): void {
  events.emit('app.changed', { language } as AppInfo);
}

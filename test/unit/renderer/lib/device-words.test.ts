import { describe, expect, it } from 'vitest';
import type { DeviceStatusView, PrintJobView } from '../../../../src-preload/contract.ts';
import { displayWords, jobWords, printerConfigured, printerWords } from '../../../../src-renderer/src/lib/device-words.ts';
import { translator } from '../../../../src-renderer/src/lib/i18n.ts';

const printer = (patch: Partial<DeviceStatusView['printer']> = {}): DeviceStatusView['printer'] => ({
  condition: 'ready',
  paperNearEnd: false,
  pendingJobs: 0,
  model: 'generic',
  nativeQr: true,
  ...patch,
});

const job = (patch: Partial<PrintJobView>): PrintJobView => ({
  id: 1,
  kind: 'test',
  saleId: null,
  state: 'pending',
  attempts: 0,
  problem: null,
  status: null,
  createdAt: '',
  updatedAt: '',
  printedAt: null,
  ...patch,
} as PrintJobView);

describe('printer words', () => {
  const t = translator('pt-BR');

  it('says each condition the way the cashier expects', () => {
    expect(t.t(printerWords(printer()).key)).toBe('Pronta');
    expect(t.t(printerWords(printer({ paperNearEnd: true })).key)).toBe('Pouco papel');
    expect(t.t(printerWords(printer({ condition: 'paper_out' })).key)).toBe('Sem papel');
    expect(t.t(printerWords(printer({ condition: 'cover_open' })).key)).toBe('Tampa aberta');
    expect(t.t(printerWords(printer({ condition: 'disconnected' })).key)).toBe('Desconectada');
    expect(t.t(printerWords(printer({ condition: 'not_configured' })).key)).toBe('Não configurada');
  });

  it('tells whether a printer is set up at all', () => {
    expect(printerConfigured(null)).toBe(false);
    expect(printerConfigured({ printer: printer({ condition: 'not_configured' }), display: { condition: 'not_configured', lines: null } })).toBe(false);
    expect(printerConfigured({ printer: printer({ condition: 'paper_out' }), display: { condition: 'not_configured', lines: null } })).toBe(true);
  });

  it('says the display’s condition', () => {
    expect(t.t(displayWords({ condition: 'not_configured', lines: null }).key)).toBe('Não configurado');
    expect(displayWords({ condition: 'ready', lines: ['a', 'b'] }).tone).toBe('ok');
  });
});

describe('jobWords', () => {
  it('says printed, queued, waiting for a reason, or failed', () => {
    const answered = { offline: false, coverOpen: false, paperNearEnd: false, paperOut: false, error: false };
    expect(jobWords(job({ state: 'done', status: answered }))).toEqual({ key: 'print.done', problem: null, tone: 'ok' });
    // Queued is not a success yet: neutral, not green.
    expect(jobWords(job({ state: 'pending' }))).toEqual({ key: 'print.queued', problem: null, tone: 'off' });
    expect(jobWords(job({ state: 'pending', problem: 'paper_out' }))).toEqual({ key: 'print.waiting', problem: 'print.problem.paper_out', tone: 'warn' });
    expect(jobWords(job({ state: 'failed', problem: 'not_configured' }))).toEqual({
      key: 'print.failed',
      problem: 'print.problem.not_configured',
      tone: 'bad',
    });
  });

  it('says printed only when the printer confirmed it with its status', () => {
    expect(jobWords(job({ state: 'done', status: null }))).toEqual({ key: 'print.sentUnconfirmed', problem: null, tone: 'off' });
    expect(translator('pt-BR').t(jobWords(job({ state: 'done', status: null })).key)).not.toMatch(/\bimpresso\b/i);
  });
});

/**
 * The card number and the security code never leave the request: not in a thrown error (message, stack,
 * cause, bridge data), not in a log line, not in what the adapter returns, not in what the sandbox keeps.
 */
import { describe, expect, it } from 'vitest';
import { PosError } from '../../../../src-main/core/errors.ts';
import type { CardApi, CardData } from '../../../../src-main/providers/provider.ts';
import { createRecordingLogger } from '../../../support/recording-logger.ts';
import { arm } from '../../../support/sandbox.ts';
import { card, cardApiOn, CHARGE_ROUTE, chargeRequest, recordedPayments, startCardSandbox, TEST_CARDS } from './card-gateway.ts';

/** A Luhn-valid Visa whose middle digits (880343) appear in nothing else the test produces. */
const NUMBER = '4539148803436467';
const CVV = '739';

function everythingAbout(error: unknown): string[] {
  const texts: string[] = [];
  for (let current = error; current !== undefined; current = (current as { cause?: unknown }).cause) {
    texts.push(String(current), (current as Error).stack ?? '', JSON.stringify(current));
    if (current instanceof PosError) texts.push(JSON.stringify(current.toData()));
  }
  return texts;
}

/** Whole numbers, plus our own card's middle digits (first 6 and last 4 may be kept; the rest never). */
function expectNoCardData(texts: string[], numbers: string[]): void {
  for (const text of texts) {
    for (const number of numbers) expect(text.includes(number), `card number in: ${text}`).toBe(false);
    expect(text.includes(NUMBER.slice(6, 12)), `middle digits of the card in: ${text}`).toBe(false);
    expect(/(?<!\d)739(?!\d)/.test(text), `security code in: ${text}`).toBe(false);
  }
}

async function collect(run: () => Promise<unknown>, into: string[]): Promise<void> {
  try {
    into.push(JSON.stringify(await run()));
  } catch (error) {
    into.push(...everythingAbout(error));
  }
}

describe('card data stays out of errors, logs, answers and storage', () => {
  it('through approvals, declines, gateway failures, faults, wrong keys and local refusals', async () => {
    const sim = await startCardSandbox();
    const logger = createRecordingLogger();
    const api = cardApiOn(sim, { logger, timeoutMs: 500 });
    const wrongKey = cardApiOn(sim, { logger, apiKey: 'wrong' });
    const ours = (overrides: Partial<CardData> = {}) => card(NUMBER, { cvv: CVV, ...overrides });
    const charge = (source: CardData, on: CardApi = api) =>
      on.charge(chargeRequest({ reference: 'sale-hygiene', transactionId: 'attempt-hygiene', source: { kind: 'card', card: source } }));
    const texts: string[] = [];

    await collect(() => charge(ours()), texts);
    await collect(() => charge(card('4539 1488 0343 6467', { cvv: CVV })), texts);
    await collect(() => api.verify?.(ours()) ?? Promise.resolve(), texts);
    await collect(() => api.savedCards?.save(ours()) ?? Promise.resolve(), texts);
    await collect(() => charge(card(TEST_CARDS.declines46, { cvv: CVV })), texts);
    await collect(() => api.verify?.(card(TEST_CARDS.declines51, { cvv: CVV })) ?? Promise.resolve(), texts);
    await collect(() => charge(card(TEST_CARDS.fails500, { cvv: CVV })), texts);
    await collect(() => charge(ours(), wrongKey), texts);
    for (const kind of ['garbage', 'reset', 'timeout_after_commit'] as const) {
      arm(sim, { route: CHARGE_ROUTE, kind, ms: kind === 'timeout_after_commit' ? 1500 : 0 });
      await collect(() => charge(ours()), texts);
    }
    // Refused locally: a mistyped number, a short code, an expired card.
    await collect(() => charge(card('4539148803436468', { cvv: CVV })), texts);
    await collect(() => charge(ours({ cvv: '73' })), texts);
    await collect(() => charge(ours({ expiry: '012020' })), texts);

    expect(logger.entries.map((entry) => entry.message)).toEqual(
      expect.arrayContaining(['Card charge declined', 'Card charge outcome unknown; not retried']),
    );
    texts.push(...logger.lines(), JSON.stringify(await recordedPayments(sim)));
    expectNoCardData(texts, [NUMBER, '4539148803436468', TEST_CARDS.declines46, TEST_CARDS.declines51, TEST_CARDS.fails500]);
    // The test looked at what it meant to: approvals, declines and failures all went through.
    expect(texts.some((text) => text.includes('"status":"approved"'))).toBe(true);
    expect(texts.some((text) => text.includes('46 - Identification required'))).toBe(true);
    expect(texts.some((text) => text.includes('card.outcome_unknown'))).toBe(true);
    expect(texts.some((text) => text.includes('card.number_invalid'))).toBe(true);
  });
});

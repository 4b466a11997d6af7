/**
 * Helpers for the card gateway tests: the production adapter pointed at the embedded sandbox over
 * loopback, the sandbox's record of payments, and card data that passes every local check.
 */
import type { Clock, Logger } from '../../../../src-main/core/ports.ts';
import { PosError } from '../../../../src-main/core/errors.ts';
import { createHttpClient } from '../../../../src-main/http/http-client.ts';
import { createCardPaymentsProvider } from '../../../../src-main/providers/card-payments/card-payments-provider.ts';
import { cardOf, type CardApi, type CardData, type CreateCardCharge, type Provider } from '../../../../src-main/providers/provider.ts';
import { CARD_PAYMENTS_DEMO_CREDENTIALS } from '../../../../src-main/core/demo-credentials.ts';
import type { RecordedPayment } from '../../../../src-main/simulator/card-payments/card-payments-route.ts';
import type { Simulator, SimulatorOptions } from '../../../../src-main/simulator/simulator.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { startTestSandbox } from '../../../support/sandbox.ts';

export const CHARGE_ROUTE = 'POST /card-payments/v1/card_payments';
export const TOKENIZE_ROUTE = 'POST /card-payments/v1/tokenize_card';

/** The seed's own moment (its 201 example's created_at): every expiry below is judged against it. */
export const SEED_NOW = Date.parse('2025-09-11T19:45:00Z');

/** A valid CPF (the seed's "00000000000" is not one). */
export const CPF = '52998224725';

export const TEST_CARDS = {
  visa: '4111111111111111',
  mastercard: '5555555555554444',
  amex: '378282246310005',
  elo: '6362970000457013',
  hipercard: '6062825624254001',
  diners: '36490102462661',
  declines46: '4000000000000002',
  declines51: '5105105105105100',
  waits3ds: '4000000000003220',
  fails500: '4000000000000119',
} as const;

export function card(number: string = TEST_CARDS.visa, overrides: Partial<CardData> = {}): CardData {
  return { number, holderName: 'John Doe', holderDocument: CPF, expiry: '012029', cvv: number.length === 15 ? '1234' : '123', ...overrides };
}

export function chargeRequest(overrides: Partial<CreateCardCharge> = {}): CreateCardCharge {
  return {
    amountCents: 1000,
    paymentType: 'credit',
    installments: 1,
    source: { kind: 'card', card: card() },
    reference: 'sale-0001',
    transactionId: 'attempt-0001',
    ...overrides,
  };
}

/** A sandbox on the seed's date (a fake clock that only moves if a test moves it). */
export function startCardSandbox(options: SimulatorOptions = {}): Promise<Simulator> {
  return startTestSandbox({ clock: createFakeClock(SEED_NOW), ...options });
}

export interface CardProviderOptions {
  apiKey?: string;
  timeoutMs?: number;
  clock?: Clock;
  logger?: Logger;
}

export function cardPaymentsOn(sim: Simulator, options: CardProviderOptions = {}): Provider {
  return createCardPaymentsProvider({
    config: {
      baseUrl: `${sim.url}/card-payments`,
      apiKey: options.apiKey ?? CARD_PAYMENTS_DEMO_CREDENTIALS.apiKey,
      timeoutMs: options.timeoutMs ?? 2000,
    },
    http: createHttpClient(globalThis.fetch),
    clock: options.clock ?? createFakeClock(SEED_NOW),
    ...(options.logger && { logger: options.logger }),
  });
}

export function cardApiOn(sim: Simulator, options: CardProviderOptions = {}): CardApi {
  return cardOf(cardPaymentsOn(sim, options));
}

/** Every payment the sandbox's gateway received, through its test control. */
export async function recordedPayments(sim: Simulator): Promise<RecordedPayment[]> {
  const response = await fetch(`${sim.url}/__sim/card-payments/payments`);
  return ((await response.json()) as { payments: RecordedPayment[] }).payments;
}

/** Resolves with the PosError a promise rejects with; fails if it resolves or rejects with anything else. */
export async function posErrorOf(promise: Promise<unknown>): Promise<PosError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`Expected a PosError, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  if (!(error instanceof PosError)) throw new Error(`Expected a PosError, got ${String(error)}`);
  return error;
}

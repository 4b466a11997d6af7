/** Test data and small helpers for the Astrapay adapter tests: cards, payers, paid charges, raw reads. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { PosError } from '../../../../src-main/core/errors.ts';
import { pixOf, type CardData, type CreateCardCharge, type CreatePixRefund, type Provider } from '../../../../src-main/providers/provider.ts';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { createRequest, getToken, payPix, pixHeaders } from '../../../support/sandbox.ts';

/** The sandbox's test cards (README "Test cards"). */
export const CARDS = {
  visa: '4111111111111111',
  mastercard: '5555555555554444',
  amex: '378282246310005',
  insufficientFunds: '4000000000009995',
  doNotHonor: '4000000000000002',
  serverError: '4000000000000119',
} as const;

/** Valid check digits, made up: a CPF and a CNPJ nobody holds. */
export const CPF = '52998224725';
export const CNPJ = '11222333000181';

/** December, three years from now: always in the future. */
export const FUTURE_EXPIRY = `12${new Date().getFullYear() + 3}`;

export function cardData(number: string = CARDS.visa, overrides: Partial<CardData> = {}): CardData {
  return { number, holderName: 'Maria Silva', holderDocument: CPF, expiry: FUTURE_EXPIRY, cvv: number.length === 15 ? '1234' : '123', ...overrides };
}

export function cardCharge(amountCents: number, card: CardData = cardData(), overrides: Partial<CreateCardCharge> = {}): CreateCardCharge {
  return {
    amountCents,
    paymentType: 'credit',
    installments: 1,
    source: { kind: 'card', card },
    reference: randomUUID(),
    transactionId: randomUUID(),
    ...overrides,
  };
}

export function savedCharge(amountCents: number, savedCardId: string, overrides: Partial<CreateCardCharge> = {}): CreateCardCharge {
  return cardCharge(amountCents, cardData(), {
    source: { kind: 'saved', savedCardId, holderName: 'Maria Silva', holderDocument: CPF },
    ...overrides,
  });
}

export function refundRequest(txid: string, amountCents: number, description = 'Devolução teste'): CreatePixRefund {
  return { txid, amountCents, description, transactionId: randomUUID() };
}

/** A PIX charge the sandbox's customer has paid. */
export async function paidCharge(sim: Simulator, provider: Provider, amountCents: number) {
  const charge = await pixOf(provider).create(createRequest(amountCents));
  if (!(await payPix(sim, charge.txid))) throw new Error('the sandbox would not pay the charge');
  return charge;
}

/** Resolves with the PosError a promise rejects with; fails if it resolves or rejects with anything else. */
export async function posErrorOf(promise: Promise<unknown>): Promise<PosError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`Expected a PosError, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PosError);
  return error as PosError;
}

/** A raw GET on the sandbox's Astrapay API, with a token of its own. */
export async function rawGet<T>(sim: Simulator, path: string, query: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${sim.url}/astrapay${path}?${new URLSearchParams(query)}`, { headers: pixHeaders(await getToken(sim)) });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export function aroundNow(): { initialDate: string; endDate: string } {
  return { initialDate: new Date(Date.now() - 3600_000).toISOString(), endDate: new Date(Date.now() + 3600_000).toISOString() };
}

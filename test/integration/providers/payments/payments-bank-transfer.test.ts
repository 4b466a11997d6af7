/** The Payments provider's bank transfer (seed 002) against the sandbox: deposit details, consult, no double charge. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BankTransferRequest } from '../../../../src-main/providers/provider.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import { arm, CREATE_ROUTE, DETAILS_ROUTE, LIST_ROUTE, paymentsFor, paymentsOn, PAYER, startPaymentsSandbox } from './payments-on-sandbox.ts';

function transferRequest(amountCents: number): BankTransferRequest {
  return { amountCents, payer: PAYER, reference: randomUUID(), transactionId: randomUUID() };
}

const SANDBOX_ACCOUNT = {
  name: 'Banco Sandbox S.A.',
  code: '999',
  agency: '0001-9',
  account: '123456-7',
  accountType: 'current account',
  document: '11222333000181',
  beneficiary: 'Payments Sandbox Ltda',
};

describe('Payments provider: bank transfer', () => {
  it('shows the account to deposit into and what the customer pays', async () => {
    const sim = await startPaymentsSandbox();

    const transfer = await paymentsOn(sim).bankTransfer?.create(transferRequest(25000));

    expect(transfer).toMatchObject({ status: 'pending', amountCents: 25000, bank: SANDBOX_ACCOUNT });
    expect(transfer?.quote).toEqual({ currency: 'BRL', totalCents: 25375, subtotalCents: 25000, exchangeRate: '1.0000', feeCents: 375 });
    expect(transfer?.id).toEqual(expect.any(String));
  });

  it('in USD, converted at the sandbox rate', async () => {
    const sim = await startPaymentsSandbox();
    const transfer = await paymentsOn(sim, { currency: 'USD' }).bankTransfer?.create(transferRequest(1000));
    expect(transfer?.quote).toEqual({ currency: 'USD', totalCents: 5329, subtotalCents: 5250, exchangeRate: '5.2500', feeCents: 79 });
  });

  it('get follows its status, pending → paid by the 01-centavos rule', async () => {
    const clock = createFakeClock();
    const sim = await startPaymentsSandbox({ clock, autoPayDelayMs: 20_000 });
    const transfers = paymentsOn(sim).bankTransfer;
    const created = await transfers?.create(transferRequest(7001));

    expect(await transfers?.get(created?.id ?? '')).toMatchObject({ id: created?.id, status: 'pending', bank: SANDBOX_ACCOUNT });
    clock.advance(20_000);
    expect(await transfers?.get(created?.id ?? '')).toMatchObject({ status: 'paid', amountCents: 7001, quote: created?.quote });
  });

  it('a PIX charge id is not a bank transfer', async () => {
    const sim = await startPaymentsSandbox();
    const provider = paymentsOn(sim);
    const charge = await provider.pix?.create({
      amountCents: 1000,
      userReference: randomUUID(),
      description: 'x',
      expiresInSeconds: 60,
      transactionId: randomUUID(),
      payer: PAYER,
    });
    await expect(provider.bankTransfer?.get(charge?.txid ?? '')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('no double charge: a create answered after the timeout is not sent again, and findByReference finds the one transfer', async () => {
    const sim = await startPaymentsSandbox();
    const request = transferRequest(4200);
    arm(sim, { route: CREATE_ROUTE, kind: 'timeout_after_commit', ms: 2500 });
    const transfers = paymentsOn(sim, { timeoutMs: 500 }).bankTransfer;

    await expect(transfers?.create(request)).rejects.toMatchObject({ reason: 'provider.timeout' });
    const found = (await transfers?.findByReference(request.reference)) ?? [];

    expect(found).toEqual([expect.objectContaining({ amountCents: 4200, bank: SANDBOX_ACCOUNT })]);
    expect((await paymentsFor(sim, request.reference)).map((payment) => payment.id)).toEqual(found.map((transfer) => transfer.id));
    expect(sim.stats().requests).toMatchObject({ [CREATE_ROUTE]: 1, [LIST_ROUTE]: 2, [DETAILS_ROUTE]: 1 });
  });
});

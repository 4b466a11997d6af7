/**
 * kill -9 of the till at each step of a sale, with the provider's sandbox in its own process: after the
 * restart every sale is resolved by asking the provider by the reference the till sent, never by sending
 * the charge again, and the money at the provider matches the books.
 */
import { describe, expect, it } from 'vitest';
import { readSales } from '../../support/ledger-reader.ts';
import { cardChargesFor, pixChargesFor, transfersFor } from '../../support/provider-side.ts';
import { okValue } from '../../support/replies.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { armSandbox, sandboxRequests, startSandboxChild, startTillProcess } from '../../support/till-process.ts';
import { waitFor } from '../../support/wait-for.ts';

const card = { number: '4111111111111111', expiry: '122030', cvv: '123', holderName: 'MARIA DA SILVA', holderDocument: '11144477735' };
const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };

/** Starts a call in the till, kills the till once the provider has the request, restarts it and waits until it has resolved it. */
async function killDuringCall(route: string, fault: { kind: string; ms: number }, name: string, input: unknown, setup?: unknown) {
  const sandbox = await startSandboxChild();
  const dataDir = makeTempDir('pdv-kill-');
  const first = await startTillProcess(dataDir, sandbox);
  if (setup) okValue(await first.invoke('settings.setProviders', setup));
  await armSandbox(sandbox, { route, ...fault });
  void first.invoke(name, input);
  await waitFor(async () => ((await sandboxRequests(sandbox))[route] ?? 0) > 0, 'the request at the provider');
  await first.kill();
  const [interrupted] = readSales(dataDir);
  const second = await startTillProcess(dataDir, sandbox);
  await second.settled;
  const saleId = String(interrupted?.id);
  return { sandbox, dataDir, saleId, interrupted, till: second, sale: () => readSales(dataDir).find((row) => row.id === saleId) };
}

describe('kill -9 of the till during a sale', () => {
  it('PIX, while the provider is still creating the charge: after the restart the QR is found, one charge', async () => {
    const run = await killDuringCall('POST /astrapay/charge/v1/dynamic', { kind: 'latency', ms: 800 }, 'sale.startPix', { amountCents: 1_250 });

    expect(run.interrupted).toMatchObject({ state: 'draft' });
    const charges = await pixChargesFor({ url: run.sandbox }, 'astrapay', run.saleId);
    expect(charges).toHaveLength(1);
    expect(run.sale()).toMatchObject({ state: 'awaiting_payment', pix_txid: charges[0]?.txid });
    expect((await sandboxRequests(run.sandbox))['POST /astrapay/charge/v1/dynamic']).toBe(1);
  });

  it('card, after the provider charged it but before the till heard: booked paid after the restart, charged once', async () => {
    const run = await killDuringCall('POST /astrapay/card/v1/credit', { kind: 'timeout_after_commit', ms: 5000 }, 'sale.startCard', {
      amountCents: 4_400,
      paymentType: 'credit',
      installments: 1,
      card,
    });

    expect(run.interrupted).toMatchObject({ state: 'awaiting_payment' });
    expect(run.sale()).toMatchObject({ state: 'paid' });
    const charges = await cardChargesFor({ url: run.sandbox }, 'astrapay', run.saleId);
    expect(charges.map((charge) => charge.status)).toEqual(['approved']);
    expect((await sandboxRequests(run.sandbox))['POST /astrapay/card/v1/credit']).toBe(1);
  });

  it('card on the gateway with no lookup: needs checking after the restart, never charged again', async () => {
    const setup = { pix: { id: 'astrapay', environment: 'embedded' }, card: { id: 'card-payments', environment: 'embedded' } };
    const run = await killDuringCall('POST /card-payments/v1/card_payments', { kind: 'latency', ms: 800 }, 'sale.startCard', { amountCents: 4_400, paymentType: 'credit', installments: 1, card }, setup);

    expect(run.sale()).toMatchObject({ state: 'needs_checking' });
    expect((await sandboxRequests(run.sandbox))['POST /card-payments/v1/card_payments']).toBe(1);
  });

  it('bank transfer, while the provider is still creating it: found after the restart, one transfer', async () => {
    const setup = { pix: { id: 'payments', environment: 'embedded' }, card: null };
    const run = await killDuringCall('POST /payments/v1/payment', { kind: 'latency', ms: 800 }, 'sale.startBankTransfer', { amountCents: 15_000, payer: PAYER }, setup);

    const transfers = await transfersFor({ url: run.sandbox }, 'payments', run.saleId);
    expect(transfers).toHaveLength(1);
    expect(run.sale()).toMatchObject({ state: 'awaiting_payment' });
    expect((await sandboxRequests(run.sandbox))['POST /payments/v1/payment']).toBe(1);
  });

  it('PIX awaiting payment, paid while the till was down: paid after the restart', async () => {
    const sandbox = await startSandboxChild();
    const dataDir = makeTempDir('pdv-kill-');
    const first = await startTillProcess(dataDir, sandbox);
    const sale = okValue<{ id: string; pix: { txid: string } }>(await first.invoke('sale.startPix', { amountCents: 1_250 }));
    await first.kill();
    const paid = await fetch(`${sandbox}/__sim/astrapay/pix/${encodeURIComponent(sale.pix.txid)}/pay`, { method: 'POST' });
    expect(paid.status).toBe(204);

    await startTillProcess(dataDir, sandbox);

    await waitFor(() => readSales(dataDir).find((row) => row.id === sale.id && row.state === 'paid'), 'the sale paid');
  });
});

/** Print jobs outlive the app: pending jobs in the ledger print after a restart, in order. */
import { afterEach, expect, it } from 'vitest';
import { attachToPty } from '../../../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../../../fixtures/escpos-printer-emulator.ts';
import { jobById, startPrinter, tempLedgerDir } from '../../../fixtures/printer-rig.ts';
import { cardSaleReceipt, dayReport, pixSaleReceipt } from '../../../fixtures/receipt-samples.ts';
import { createSocatPair } from '../../../fixtures/socat-pair.ts';
import { waitFor } from '../../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

it('resumes pending jobs from the ledger after a restart', async () => {
  const pair = await createSocatPair('restart');
  cleanup.push(() => pair.close());
  await pair.unplug();
  const ledger = tempLedgerDir();
  cleanup.push(() => ledger.remove());

  // First run: the printer is off, the sales go on.
  const before = startPrinter({ dataDir: ledger.dir, path: pair.appPath });
  const jobs = [before.print(pixSaleReceipt()), before.print(cardSaleReceipt()), before.print(dayReport())];
  await waitFor(() => jobById(before, jobs[0]?.id ?? 0)?.problem === 'disconnected', 'the jobs to wait for the printer');
  expect(before.status()).toMatchObject({ condition: 'disconnected', pendingJobs: 3 });
  await before.close();

  // Second run, on the same ledger file, with the printer back.
  await pair.plugIn();
  const printer = new EscPosPrinterEmulator();
  const end = await attachToPty(pair.devicePath, printer);
  cleanup.push(() => end.close());
  const after = startPrinter({ dataDir: ledger.dir, path: pair.appPath });
  cleanup.push(() => after.close());

  const receipts = await waitFor(() => (printer.receipts().length === 3 ? printer.receipts() : undefined), 'three receipts');
  expect(receipts[0]?.text).toMatch(/Pagamento\s+PIX/);
  expect(receipts[1]?.text).toMatch(/Parcelas\s+3x/);
  expect(receipts[2]?.text).toContain('RELATÓRIO DO DIA');
  await waitFor(() => jobs.every((job) => jobById(after, job.id)?.state === 'done'), 'the journal to say done');
  expect(after.status().pendingJobs).toBe(0);
});

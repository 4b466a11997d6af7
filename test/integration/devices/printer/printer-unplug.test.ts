/**
 * Pulling the printer's cable in the middle of a job and plugging it back in: socat is killed while the
 * printer is still receiving, then a new socat comes up on the same paths with a fresh printer.
 */
import { afterEach, expect, it } from 'vitest';
import { attachToPty } from '../../../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../../../fixtures/escpos-printer-emulator.ts';
import { jobById, startPrinter, tempLedgerDir } from '../../../fixtures/printer-rig.ts';
import { decodeQrMatrix, imageToMatrix } from '../../../fixtures/qr-decoder.ts';
import { PIX_COPY_AND_PASTE, pixChargeSlip } from '../../../fixtures/receipt-samples.ts';
import { createSocatPair } from '../../../fixtures/socat-pair.ts';
import { waitFor } from '../../../support/wait-for.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

it('finishes a job interrupted by an unplugged printer once it is back, and the journal says done', async () => {
  const pair = await createSocatPair('unplug');
  cleanup.push(() => pair.close());
  const ledger = tempLedgerDir();
  cleanup.push(() => ledger.remove());

  // The raster QR makes the job (about 11 KB) far larger than what the ptys and socat buffer.
  const first = new EscPosPrinterEmulator();
  let pulled: Promise<void> | undefined;
  const firstEnd = await attachToPty(pair.devicePath, first, () => {
    if (pulled || first.receipts(true).length === 0) return;
    firstEnd.stall();
    pulled = pair.unplug();
  });
  cleanup.push(() => firstEnd.close());

  const service = startPrinter({ dataDir: ledger.dir, path: pair.appPath, settings: { model: 'epson-tm-t88iii' } });
  cleanup.push(() => service.close());
  const job = service.print(pixChargeSlip());

  await waitFor(() => pulled !== undefined, 'the cable to be pulled mid-job');
  await pulled;
  const interrupted = await waitFor(() => {
    const current = jobById(service, job.id);
    return current?.problem && current.state === 'pending' ? current : undefined;
  }, 'the job to be held');
  expect(interrupted.attempts).toBe(1);
  expect(first.receipts(true).length).toBe(1);
  expect(first.receipts()).toEqual([]);
  await waitFor(() => service.status().condition === 'disconnected', 'the printer to show as disconnected');

  await pair.plugIn();
  const second = new EscPosPrinterEmulator();
  const secondEnd = await attachToPty(pair.devicePath, second);
  cleanup.push(() => secondEnd.close());

  const [receipt] = await waitFor(() => (second.receipts().length > 0 ? second.receipts() : undefined), 'the whole receipt on the new printer');
  expect(receipt?.cut).toBe('partial');
  expect(receipt?.text).toContain('R$ 12,01');
  expect(decodeQrMatrix(imageToMatrix(receipt?.images[0] as NonNullable<NonNullable<typeof receipt>['images'][0]>))).toBe(PIX_COPY_AND_PASTE);

  const done = await waitFor(() => (jobById(service, job.id)?.state === 'done' ? jobById(service, job.id) : undefined), 'the journal to say done');
  expect(done).toMatchObject({ attempts: 2, problem: null });
  expect(service.status()).toMatchObject({ condition: 'ready', pendingJobs: 0 });
});

/**
 * The print worker: journaled jobs go out one at a time, in order, each after a DLE EOT check. While the
 * printer is away, out of paper or open, jobs wait and retry with backoff; `enqueue` only writes the
 * journal row, so a sale never waits for paper.
 */
import type { Clock, Logger } from '../../core/ports.ts';
import type { PrintJournal } from './print-journal-port.ts';
import { backoffDelay, createWaiter, type Backoff } from '../retry-timing.ts';
import type { SerialTransport } from '../serial-transport.ts';
import type { PrintDocument } from './print-documents.ts';
import type { PrintJob, PrintProblem } from './print-job.ts';
import { checkPrinter, type PrinterCheck } from './printer-status.ts';

export interface PrintTiming {
  /** Between retries while the printer is not ready or a write broke off. */
  retry: Backoff;
  /** DLE EOT cadence with nothing to print, so the UI sees a cover opened while idle. */
  idlePollMs: number;
  replyTimeoutMs: number;
  /** For the status answer after a job: some printers answer only once they have printed what came before. */
  confirmTimeoutMs: number;
  /** A receipt pending longer than this is dropped: its customer left long ago. Day reports never go stale. */
  staleAfterMs: number;
  maxWriteAttempts: number;
  /** A test page answers "does the printer work now?": after this long it reports the problem instead of waiting. */
  testPageWaitMs: number;
}

export const DEFAULT_PRINT_TIMING: PrintTiming = {
  retry: { initialMs: 500, maxMs: 15_000 },
  idlePollMs: 5000,
  replyTimeoutMs: 1000,
  confirmTimeoutMs: 10_000,
  staleAfterMs: 12 * 60 * 60 * 1000,
  maxWriteAttempts: 5,
  testPageWaitMs: 5000,
};

export interface PrintQueueOptions {
  journal: PrintJournal;
  transport: SerialTransport;
  render(document: PrintDocument): Uint8Array;
  statusQuery: boolean;
  clock: Clock;
  logger: Logger;
  timing: PrintTiming;
  /** Called whenever the printer's condition or a job changed. */
  onChange(): void;
}

export interface PrintQueue {
  start(): void;
  enqueue(document: PrintDocument): PrintJob;
  lastCheck(): PrinterCheck;
  /** Ends the worker; the caller closes the transport so that a write in flight breaks off. */
  stop(): Promise<void>;
}

type Outcome = 'printed' | 'dropped' | 'waiting';

export function createPrintQueue(options: PrintQueueOptions): PrintQueue {
  const { journal, transport, clock, logger, timing } = options;
  const waiter = createWaiter();
  let check: PrinterCheck = { condition: 'disconnected', status: null };
  let running: Promise<void> | undefined;
  let stopped = false;
  const now = (): string => new Date(clock.now()).toISOString();

  const setCheck = (next: PrinterCheck): void => {
    if (JSON.stringify(next) === JSON.stringify(check)) return;
    check = next;
    options.onChange();
  };

  const probe = (replyTimeoutMs = timing.replyTimeoutMs): Promise<PrinterCheck> =>
    checkPrinter(transport, { statusQuery: options.statusQuery, replyTimeoutMs });

  const noteProblem = (job: PrintJob, problem: PrintProblem): void => {
    if (job.problem === problem && JSON.stringify(job.status) === JSON.stringify(check.status)) return;
    journal.noteProblem(job.id, problem, check.status, now());
    options.onChange();
  };

  const fail = (job: PrintJob, problem: PrintProblem): Outcome => {
    journal.markFailed(job.id, problem, now());
    logger.warn('Print job failed', { jobId: job.id, kind: job.kind, problem });
    options.onChange();
    return 'dropped';
  };

  const attempt = async (job: PrintJob): Promise<Outcome> => {
    const age = clock.now() - Date.parse(job.createdAt);
    if (job.kind !== 'day_report' && age > timing.staleAfterMs) return fail(job, 'stale');
    if (check.condition !== 'ready') {
      if (job.kind === 'test_page' && age > timing.testPageWaitMs) return fail(job, check.condition);
      noteProblem(job, check.condition);
      return 'waiting';
    }
    let bytes: Uint8Array;
    try {
      bytes = options.render(job.document);
    } catch (error) {
      logger.error('Print job could not be rendered', { jobId: job.id, message: (error as Error).message });
      return fail(job, 'render_failed');
    }
    const sent = journal.noteAttempt(job.id, check.status, now());
    options.onChange();
    let problem: PrintProblem | undefined;
    let after: PrinterCheck = check;
    try {
      await transport.write(bytes);
      // The answer to a status request sent after the job means the printer has received all of it:
      // "drained" only means the OS (or a USB adapter) has the bytes, and they die with the cable.
      after = await probe(timing.confirmTimeoutMs);
      setCheck(after);
      if (after.condition === 'disconnected' || after.condition === 'no_reply') problem = after.condition;
    } catch (error) {
      logger.warn('Print job interrupted', { jobId: job.id, message: (error as Error).message });
      problem = 'write_failed';
    }
    if (problem) {
      if (sent.attempts >= timing.maxWriteAttempts) return fail(sent, problem);
      noteProblem(sent, problem);
      return 'waiting';
    }
    // Paper that ran out during the job stays on the job's status: the printer holds the rest and
    // finishes once reloaded, so sending it again would print it twice.
    journal.markDone(job.id, after.status, now());
    options.onChange();
    return 'printed';
  };

  /** One turn of the worker: what to wait for before the next. */
  const turn = async (): Promise<'idle' | Outcome> => {
    setCheck(await probe());
    const job = journal.nextPending();
    if (!job || stopped) return 'idle';
    return attempt(job);
  };

  const loop = async (): Promise<void> => {
    let retries = 0;
    while (!stopped) {
      let outcome: 'idle' | Outcome;
      try {
        outcome = await turn();
      } catch (error) {
        // A busy ledger or a bug in one job must not end printing for the day.
        logger.error('Print worker error', { message: (error as Error).message });
        outcome = 'waiting';
      }
      if (outcome === 'idle') await waiter.wait(timing.idlePollMs);
      if (outcome === 'waiting') await waiter.wait(backoffDelay(retries++, timing.retry));
      if (outcome === 'idle' || outcome === 'printed' || outcome === 'dropped') retries = 0;
    }
  };

  transport.onState((state) => {
    if (state === 'open') waiter.wake();
    else setCheck({ condition: 'disconnected', status: null });
  });

  return {
    start() {
      running ??= loop();
    },
    enqueue(document) {
      const job = journal.add(document, now());
      waiter.wake();
      options.onChange();
      return job;
    },
    lastCheck: () => check,
    async stop() {
      stopped = true;
      waiter.wake();
      await running;
    },
  };
}

/**
 * Starts the real web shell (`src-main/web/cli.ts`, as `npm run start:web` does after building) on a
 * temp data dir and reads the URLs it prints.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';
import { closePages } from './cashier.ts';

export interface RunningShell {
  cashierUrl: string;
  customerUrl: string;
  origin: string;
  sandboxUrl: string;
  dataDir: string;
  /** The lines the shell printed at launch (tablet display, certificate fingerprint, …). */
  output: string;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../../..');

export async function startShell(
  options: { autoPayDelayMs?: number; dataDir?: string; args?: string[] } = {},
): Promise<RunningShell> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pdv-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'src-main/web/cli.ts'), '--no-open', '--data-dir', dataDir, '--auto-pay-delay-ms', String(options.autoPayDelayMs ?? 3000), ...(options.args ?? [])],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const urls = await new Promise<Record<string, string>>((resolveUrls, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const cashier = /Cashier:\s+(\S+)/.exec(output)?.[1];
      const customer = /Customer display:\s+(\S+)/.exec(output)?.[1];
      const sandbox = /Demo PSP sandbox:\s+(\S+)/.exec(output)?.[1];
      if (cashier && customer && sandbox) resolveUrls({ cashier, customer, sandbox });
    });
    child.once('exit', (code) => reject(new Error(`web shell exited with ${code}: ${output}`)));
  });
  return {
    cashierUrl: urls.cashier ?? '',
    customerUrl: urls.customer ?? '',
    sandboxUrl: urls.sandbox ?? '',
    origin: new URL(urls.cashier ?? '').origin,
    dataDir,
    output,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Decodes the QR in a PNG with zbarimg, as a phone's camera would. */
export function decodeQr(pngPath: string): string {
  return execFileSync('zbarimg', ['--quiet', '--raw', pngPath], { encoding: 'utf8' }).trim();
}

/**
 * A fresh web shell for every test of the spec that calls this, stopped (with the windows the test
 * opened) after it. The handle reads through to the running shell.
 */
export function useShell(options: { autoPayDelayMs?: number } = {}): RunningShell {
  let current: RunningShell | undefined;
  test.beforeEach(async () => {
    current = await startShell(options);
  });
  test.afterEach(async () => {
    await closePages();
    await current?.stop();
    current = undefined;
  });
  const live = (): RunningShell => {
    if (!current) throw new Error('The web shell only runs inside a test');
    return current;
  };
  return {
    get cashierUrl() {
      return live().cashierUrl;
    },
    get customerUrl() {
      return live().customerUrl;
    },
    get origin() {
      return live().origin;
    },
    get sandboxUrl() {
      return live().sandboxUrl;
    },
    get dataDir() {
      return live().dataDir;
    },
    get output() {
      return live().output;
    },
    stop: () => live().stop(),
  };
}

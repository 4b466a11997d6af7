/**
 * The demo sandbox in its own process (`src-main/simulator/cli.ts`), as `npm run simulator` runs it,
 * on a temp data dir: tests kill it (`kill -9`) and start it again on the same data dir and port,
 * the way a real provider restarts under a till that keeps its URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import type { FaultInput } from './sandbox.ts';
import { makeTempDir } from './temp-dir.ts';

const CLI = resolve(import.meta.dirname, '../../src-main/simulator/cli.ts');
const LISTENING = /PSP sandbox listening on (http:\/\/\S+)/;

export interface SandboxProcessOptions {
  /** How long a charge ending in 01 centavos takes to pay itself. */
  autoPayDelayMs?: number;
  dataDir?: string;
}

export interface SandboxProcess {
  readonly url: string;
  readonly dataDir: string;
  /** Arms a fault through the sandbox's control endpoint (`times` defaults to 1). */
  arm(fault: FaultInput): Promise<void>;
  /** SIGKILL, as a crash: nothing gets to close cleanly. */
  kill(): Promise<void>;
  /** Starts it again on the same data dir and port. */
  restart(): Promise<void>;
}

export async function startSandboxProcess(options: SandboxProcessOptions = {}): Promise<SandboxProcess> {
  const dataDir = options.dataDir ?? makeTempDir('pdv-sandbox-');
  const autoPayDelayMs = String(options.autoPayDelayMs ?? 5000);
  let child: ChildProcess | undefined;

  const launch = async (port: string): Promise<string> => {
    const started = spawn(process.execPath, [CLI, '--port', port, '--data-dir', dataDir, '--auto-pay-delay-ms', autoPayDelayMs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    return new Promise((found, fail) => {
      let output = '';
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const url = LISTENING.exec(output)?.[1];
        if (url) found(url);
      };
      started.stdout?.on('data', read);
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      started.once('exit', (code) => fail(new Error(`The sandbox exited (${code}) before listening:\n${output}`)));
    });
  };

  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill('SIGKILL');
    await exited;
  };
  onTestFinished(kill);

  const url = await launch('0');
  const port = new URL(url).port;
  return {
    url,
    dataDir,
    async arm(fault) {
      const response = await fetch(`${url}/__sim/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ times: 1, ...fault }),
      });
      if (response.status !== 204) throw new Error(`arming the fault failed: ${response.status} ${await response.text()}`);
    },
    kill,
    async restart() {
      await kill();
      await launch(port);
    },
  };
}

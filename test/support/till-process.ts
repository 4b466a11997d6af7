/**
 * A till in its own process (till-child.ts) and a sandbox in another (`src-main/simulator/cli.ts`), so a
 * test can `kill -9` the till at any step of a sale while the provider carries on, then start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { onTestFinished } from 'vitest';
import type { Reply } from '../../src-preload/contract.ts';

const CHILD = resolve(import.meta.dirname, 'till-child.ts');
const SANDBOX_CLI = resolve(import.meta.dirname, '../../src-main/simulator/cli.ts');

export interface TillProcess {
  invoke(name: string, input?: unknown): Promise<Reply<unknown>>;
  /** Resolves once every call the last crash interrupted has been resolved with the provider. */
  settled: Promise<void>;
  /** SIGKILL: nothing gets to finish or close. */
  kill(): Promise<void>;
}

function killer(child: ChildProcess) {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  };
}

/** The sandbox as `npm run simulator` runs it, on an ephemeral port; its base URL. */
export async function startSandboxChild(): Promise<string> {
  const child = spawn(process.execPath, [SANDBOX_CLI, '--port', '0', '--auto-pay-delay-ms', '200'], { stdio: ['ignore', 'pipe', 'inherit'] });
  onTestFinished(killer(child));
  return new Promise((found, fail) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) found(url);
    });
    child.once('exit', (code) => fail(new Error(`The sandbox exited (${code}):\n${output}`)));
  });
}

export async function startTillProcess(dataDir: string, sandboxUrl: string): Promise<TillProcess> {
  const child = spawn(process.execPath, [CHILD, dataDir, sandboxUrl], { stdio: ['pipe', 'pipe', 'ignore'] });
  const kill = killer(child);
  onTestFinished(kill);
  const waiting = new Map<number, (reply: Reply<unknown>) => void>();
  let nextId = 0;
  let ready: () => void = () => undefined;
  let settledNow: () => void = () => undefined;
  const isReady = new Promise<void>((done) => (ready = done));
  const settled = new Promise<void>((done) => (settledNow = done));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { id?: number; reply?: Reply<unknown>; ready?: true; settled?: true };
    if (message.ready) ready();
    if (message.settled) settledNow();
    if (message.id !== undefined && message.reply) waiting.get(message.id)?.(message.reply);
  });
  await Promise.race([isReady, new Promise((_, fail) => child.once('exit', () => fail(new Error('The till exited before it was ready'))))]);
  return {
    invoke(name, input = {}) {
      const id = nextId++;
      const reply = new Promise<Reply<unknown>>((done) => waiting.set(id, done));
      child.stdin?.write(`${JSON.stringify({ id, name, input })}\n`);
      return reply;
    },
    settled,
    kill,
  };
}

/** What the sandbox counted, by route. */
export async function sandboxRequests(sandboxUrl: string): Promise<Record<string, number>> {
  const response = await fetch(`${sandboxUrl}/__sim/stats`);
  return ((await response.json()) as { requests: Record<string, number> }).requests;
}

export async function armSandbox(sandboxUrl: string, fault: { route: string; kind: string; ms?: number; times?: number }): Promise<void> {
  const response = await fetch(`${sandboxUrl}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ times: 1, ...fault }) });
  if (response.status !== 204) throw new Error(`arming failed: ${response.status}`);
}

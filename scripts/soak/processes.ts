/** The two processes of a soak run: the sandbox (kept alive) and the till (killed with SIGKILL and started again). */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Reply } from '../../src-preload/contract.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export async function startSandbox(dataDir: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [resolve(ROOT, 'src-main/simulator/cli.ts'), '--port', '0', '--data-dir', dataDir, '--auto-pay-delay-ms', '300'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((found, fail) => {
    child.once('exit', (code) => fail(new Error(`the sandbox exited (${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) found(match[1]);
    });
  });
  return { url, stop: () => child.kill('SIGKILL') };
}

export interface Till {
  call(name: string, input?: unknown): Promise<Reply<unknown>>;
  /** SIGKILL: calls in flight never get an answer. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTill(dataDir: string, sandboxUrl: string): Promise<Till> {
  const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'scripts/soak/till-child.ts'), dataDir, sandboxUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waiting = new Map<number, (reply: Reply<unknown>) => void>();
  let next = 0;
  let dead = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => {
    dead = true;
    const lost: Reply<unknown> = { ok: false, error: { code: 'internal', message: 'the till died', retryable: false, reason: 'soak.killed' } };
    for (const answer of waiting.values()) answer(lost);
    waiting.clear();
  });
  await new Promise<void>((ready, fail) => {
    void exited.then(() => fail(new Error('the till exited before it was ready')));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { ready?: true; id?: number; reply?: Reply<unknown> };
      if (message.ready) ready();
      if (message.id !== undefined && message.reply) {
        waiting.get(message.id)?.(message.reply);
        waiting.delete(message.id);
      }
    });
  });
  return {
    call(name, input = {}) {
      if (dead) return Promise.resolve({ ok: false, error: { code: 'internal', message: 'the till is dead', retryable: false } });
      const id = next++;
      return new Promise((answer) => {
        waiting.set(id, answer);
        child.stdin!.write(`${JSON.stringify({ id, name, input })}\n`);
      });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

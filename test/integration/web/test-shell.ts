/** A web shell over a real core on a temp data dir, with a tiny renderer folder (and a file outside it). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPosCore, type PosCore } from '../../../src-main/app/create-pos-core.ts';
import { silentLogger } from '../../../src-main/core/logger.ts';
import type { Logger } from '../../../src-main/core/ports.ts';
import { ACCESS_TOKENS_FILE, createAccessTokens } from '../../../src-main/web/access-tokens.ts';
import { createNodePorts } from '../../../src-main/web/node-ports.ts';
import { createWebShellPort } from '../../../src-main/web/web-shell-port.ts';
import { startWebShell, type WebShell, type WebShellOptions } from '../../../src-main/web/web-shell.ts';
import { signInDemoManager } from '../../support/operators.ts';
import { okValue } from '../../support/replies.ts';

export interface TestShell {
  core: PosCore;
  shell: WebShell;
  dir: string;
  dataDir: string;
  rendererDir: string;
  close(): Promise<void>;
}

/** Only loopback: a fuzzed "test connection" must never reach a provider's real host. */
const loopbackFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  return ['127.0.0.1', 'localhost'].includes(url.hostname)
    ? fetch(input, init)
    : Promise.reject(new TypeError(`blocked in tests: ${url.hostname}`));
};

export function makeRendererDir(dir: string): string {
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<title>cashier page</title>');
  writeFileSync(join(rendererDir, 'customer.html'), '<title>customer page</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  return rendererDir;
}

export async function startTestShell(
  options: Partial<WebShellOptions> & { logger?: Logger; dir?: string; locked?: boolean } = {},
): Promise<TestShell> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'pdv-web-'));
  const rendererDir = makeRendererDir(dir);
  const dataDir = join(dir, 'data');
  const logger = options.logger ?? silentLogger;
  const ports = { ...createNodePorts(dataDir, logger), fetch: loopbackFetch };
  const tokens = createAccessTokens(join(dataDir, ACCESS_TOKENS_FILE));
  const running: { shell?: WebShell } = {};
  const core = await createPosCore(ports, {
    version: 'test',
    demoAutoPayDelayMs: 200,
    pollSchedule: () => 50,
    shell: createWebShellPort(tokens, () => running.shell),
  });
  if (!options.locked) {
    // The till starts locked: the demo manager signs in and opens a shift, as the lock screen would.
    const invoke = (name: string, input: unknown = {}) => core.router.handle(name, input, 'cashier');
    await signInDemoManager(invoke);
    okValue(await invoke('shift.open', { floatCents: 0 }));
  }
  const { locked: _locked, ...shellOptions } = options;
  const shell = await startWebShell({ ...shellOptions, core, rendererDir, logger, tokens });
  running.shell = shell;
  return {
    core,
    shell,
    dir,
    dataDir,
    rendererDir,
    async close() {
      await shell.close();
      await core.close();
    },
  };
}

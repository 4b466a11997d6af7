/**
 * `npm run start:web`: the till as a local web app. Prints the cashier and customer-display URLs
 * (each with its own token) and opens them in Chromium unless `--no-open` is given. With
 * `--listen <address>` it also serves the customer display over HTTPS on the shop's network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPosCore } from '../app/create-pos-core.ts';
import { createConsoleLogger } from '../core/logger.ts';
import { PRIVATE_UMASK } from './data-dir.ts';
import { guardProcess } from './guard-process.ts';
import { ACCESS_TOKENS_FILE, createAccessTokens } from './access-tokens.ts';
import { lanOptions } from './lan-options.ts';
import { createNodePorts, defaultDataDir } from './node-ports.ts';
import { openAppWindows } from './open-browser.ts';
import { readSavedPort, savePort } from './saved-port.ts';
import { createWebShellPort } from './web-shell-port.ts';
import { startWebShell, type WebShell } from './web-shell.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'no-open': { type: 'boolean', default: false },
    'auto-pay-delay-ms': { type: 'string' },
    listen: { type: 'string' },
    'host-name': { type: 'string', multiple: true, default: [] },
    'remote-cashier': { type: 'boolean', default: false },
    /** Demo mode against a sandbox in its own process (`npm run simulator`) instead of one in this process. */
    'sandbox-url': { type: 'string' },
  },
});

const rendererDir = join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first (npm run start:web does it for you).');
  process.exit(1);
}

process.umask(PRIVATE_UMASK);
const logger = createConsoleLogger('pos');
guardProcess(logger);
const dataDir = resolve(values['data-dir'] ?? defaultDataDir());

// The port of the last launch by default, so pages left open find the till again after a restart.
const port = values.port === undefined ? (readSavedPort(dataDir) ?? 0) : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a TCP port number, got "${values.port}"`);
  process.exit(1);
}

const sandboxUrl = values['sandbox-url'] ?? process.env.PDV_SANDBOX_URL;
if (sandboxUrl !== undefined && !URL.canParse(sandboxUrl)) {
  console.error(`--sandbox-url must be a URL such as http://127.0.0.1:4010, got "${sandboxUrl}"`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const ports = createNodePorts(dataDir, logger);
const tokens = createAccessTokens(join(dataDir, ACCESS_TOKENS_FILE));
const running: { shell?: WebShell } = {};
const core = await createPosCore(ports, {
  version,
  shell: createWebShellPort(tokens, () => running.shell),
  ...(values['auto-pay-delay-ms'] ? { demoAutoPayDelayMs: Number(values['auto-pay-delay-ms']) } : {}),
  ...(sandboxUrl ? { sandboxUrl: sandboxUrl.replace(/\/+$/, '') } : {}),
});
const hostNames = values['host-name'];
const lan = lanOptions(values.listen, hostNames, values['remote-cashier'], dataDir);
if (typeof lan === 'string') {
  console.error(lan);
  process.exit(1);
}
const start = (onPort: number) => startWebShell({ core, rendererDir, port: onPort, tokens, hostNames, logger, ...(lan ? { lan } : {}) });
const shell = await start(port).catch((error: unknown) => {
  if (values.port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.log(`Port ${port} is taken: listening on another one (pages left open must be reopened).`);
  return start(0);
});
running.shell = shell;
savePort(dataDir, shell.port);

console.log(`Cashier:          ${shell.cashierUrl}`);
console.log(`Customer display: ${shell.customerUrl}`);
console.log(`Data:             ${dataDir}`);
if (shell.lan) {
  console.log(`Tablet display:   ${shell.lan.customerUrl}`);
  if (shell.lan.cashierUrl) console.log(`Remote cashier:   ${shell.lan.cashierUrl}`);
  console.log(`Certificate:      SHA-256 ${shell.lan.fingerprint}`);
}
if (sandboxUrl) console.log(`Demo PSP sandbox: ${sandboxUrl} (its own process)`);
else if (core.simulator) console.log(`Demo PSP sandbox: ${core.simulator.url}`);
if (!values['no-open'] && !openAppWindows([shell.cashierUrl, shell.customerUrl], dataDir)) {
  console.log('No Chromium found: open the URLs above in a browser.');
}

const stop = async () => {
  await shell.close();
  await core.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

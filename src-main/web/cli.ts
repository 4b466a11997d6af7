/**
 * `npm run start:web`: the till as a local web app. Prints the cashier and customer-display URLs
 * (each with its own token) and opens them in Chromium unless `--no-open` is given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPosCore } from '../app/create-pos-core.ts';
import { createConsoleLogger } from '../core/logger.ts';
import { PRIVATE_UMASK } from './data-dir.ts';
import { guardProcess } from './guard-process.ts';
import { createNodePorts, defaultDataDir } from './node-ports.ts';
import { openAppWindows } from './open-browser.ts';
import { startWebShell } from './web-shell.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'no-open': { type: 'boolean', default: false },
    'auto-pay-delay-ms': { type: 'string' },
  },
});

const rendererDir = join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run build` first (npm run start:web does it for you).');
  process.exit(1);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a TCP port number, got "${values.port}"`);
  process.exit(1);
}

process.umask(PRIVATE_UMASK);
const logger = createConsoleLogger('pos');
guardProcess(logger);
const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const core = await createPosCore(createNodePorts(dataDir, logger), {
  version,
  ...(values['auto-pay-delay-ms'] ? { demoAutoPayDelayMs: Number(values['auto-pay-delay-ms']) } : {}),
});
const shell = await startWebShell({ core, rendererDir, port, logger });

console.log(`Cashier:          ${shell.cashierUrl}`);
console.log(`Customer display: ${shell.customerUrl}`);
console.log(`Data:             ${dataDir}`);
if (core.simulator) console.log(`Demo PSP sandbox: ${core.simulator.url}`);
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

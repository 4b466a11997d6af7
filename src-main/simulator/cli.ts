/**
 * `npm run simulator -- --port N --data-dir DIR`: the demo PSP sandbox in its own process, for
 * integrators, manual testing and tests that kill the till but not the provider. Point a till at it
 * with `npm run start:web -- --sandbox-url URL`. The first line printed is `PSP sandbox listening on URL`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSimulator } from './simulator.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    'data-dir': { type: 'string' },
    'auto-pay-delay-ms': { type: 'string', default: '5000' },
  },
});

const port = Number(values.port);
const autoPayDelayMs = Number(values['auto-pay-delay-ms']);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a TCP port number, got "${values.port}"`);
  process.exit(1);
}
if (!Number.isInteger(autoPayDelayMs) || autoPayDelayMs < 0) {
  console.error(`--auto-pay-delay-ms must be a whole number of milliseconds, got "${values['auto-pay-delay-ms']}"`);
  process.exit(1);
}

const dataDir = values['data-dir'] === undefined ? undefined : resolve(values['data-dir']);
const simulator = await startSimulator({ port, autoPayDelayMs, ...(dataDir ? { dataDir } : {}) });
console.log(`PSP sandbox listening on ${simulator.url}`);
console.log(`Data:                ${dataDir ?? 'in memory only (give --data-dir to keep it across restarts)'}`);
for (const provider of simulator.providers) {
  const credentials = Object.entries(provider.demoCredentials).map(([field, value]) => `${field}=${value}`);
  console.log(`${provider.name.padEnd(20)} ${simulator.url}${provider.prefix}  (demo credentials: ${credentials.join(' ')})`);
}
console.log(`Faults:              POST ${simulator.url}/__sim/faults  {"route":"POST /astrapay/charge/v1/dynamic","kind":"status","status":503}`);
const stop = () => void simulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

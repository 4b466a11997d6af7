/** `npm run simulator`: the embedded PSP sandbox on its own, for integrators and manual testing. */
import { parseArgs } from 'node:util';
import { PROVIDERS } from '../providers/provider-catalog.ts';
import { startSimulator } from './simulator.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    'auto-pay-delay-ms': { type: 'string', default: '5000' },
  },
});

const simulator = await startSimulator({
  port: Number(values.port),
  autoPayDelayMs: Number(values['auto-pay-delay-ms']),
});
console.log(`PSP sandbox listening on ${simulator.url}`);
for (const definition of Object.values(PROVIDERS)) {
  const credentials = Object.entries(definition.sandboxCredentials).map(([field, value]) => `${field}=${value}`);
  console.log(`${definition.name.padEnd(20)} ${simulator.url}${definition.sandboxPrefix}  (demo credentials: ${credentials.join(' ')})`);
}
console.log(`Faults:              POST ${simulator.url}/__sim/faults  {"route":"POST /astrapay/charge/v1/dynamic","kind":"status","status":503}`);
process.on('SIGINT', () => void simulator.close().then(() => process.exit(0)));

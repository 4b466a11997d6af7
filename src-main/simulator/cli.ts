/** `npm run simulator`: the embedded PSP sandbox on its own, for integrators and manual testing. */
import { parseArgs } from 'node:util';
import { ASTRAPAY_DEMO_CREDENTIALS } from './astrapay/auth.ts';
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
console.log(`Astrapay base URL:   ${simulator.astrapayBaseUrl}  (token: POST /v1/token, PIX: /charge/v1/dynamic)`);
console.log(`Astrapay client id:  ${ASTRAPAY_DEMO_CREDENTIALS.clientId}`);
console.log(`Astrapay secret:     ${ASTRAPAY_DEMO_CREDENTIALS.clientSecret}  (demo only, not a real credential)`);
console.log(`Faults:              POST ${simulator.url}/__sim/faults  {"route":"POST /astrapay/charge/v1/dynamic","kind":"status","status":503}`);
process.on('SIGINT', () => void simulator.close().then(() => process.exit(0)));

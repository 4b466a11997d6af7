/**
 * The till under soak, as its own process: a real core on a data dir, pointed at a sandbox in another
 * process. It reads operations as JSON lines on stdin (`{"id":1,"name":"sale.startPix","input":{...}}`)
 * and answers each as a JSON line on stdout. The soak driver kills it with SIGKILL at random moments.
 */
import { createInterface } from 'node:readline';
import { createPosCore } from '../../src-main/app/create-pos-core.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import { createNodePorts } from '../../src-main/web/node-ports.ts';
import { openTill } from '../../test/support/operators.ts';

const [dataDir, sandboxUrl] = process.argv.slice(2);
if (!dataDir || !sandboxUrl) throw new Error('usage: till-child.ts DATA_DIR SANDBOX_URL');

const core = await createPosCore(createNodePorts(dataDir, silentLogger), {
  version: 'soak',
  sandboxUrl,
  providerTimeoutMs: 1_000,
  pollSchedule: () => 250,
  refundLookupWindowMs: 4_000,
  pixExpiresInSeconds: 120,
});
// The till starts locked after every restart: the demo manager signs in, as the cashier would.
await openTill((name, input = {}) => core.router.handle(name, input, 'cashier'));
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const { id, name, input } = JSON.parse(line) as { id: number; name: string; input: unknown };
  void core.router.handle(name, input, 'cashier').then((reply) => process.stdout.write(`${JSON.stringify({ id, reply })}\n`));
}
await core.close();

/**
 * A till in a child process, for kill -9 tests: `node till-child.ts <dataDir> <sandboxUrl>`. It talks JSON
 * lines: it reads `{ id, name, input }` calls on stdin and writes `{ id, reply }`, `{ ready }` and
 * `{ settled }` (every interrupted call resolved) on stdout. Logs go to stderr.
 */
import { createInterface } from 'node:readline';
import { createPosCore } from '../../src-main/app/create-pos-core.ts';
import type { Logger } from '../../src-main/core/ports.ts';
import { createNodePorts } from '../../src-main/web/node-ports.ts';
import { signInDemoManager } from './operators.ts';
import { okValue } from './replies.ts';

const [dataDir = '', sandboxUrl = ''] = process.argv.slice(2);
const write = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
const logger: Logger = {
  info: (message, fields) => process.stderr.write(`info ${message} ${JSON.stringify(fields ?? {})}\n`),
  warn: (message, fields) => process.stderr.write(`warn ${message} ${JSON.stringify(fields ?? {})}\n`),
  error: (message, fields) => process.stderr.write(`error ${message} ${JSON.stringify(fields ?? {})}\n`),
};

const core = await createPosCore(createNodePorts(dataDir, logger), {
  version: '0.0.0-child',
  sandboxUrl,
  providerTimeoutMs: 400,
  resolveTiming: { deadlineMs: 1500, giveUpMs: 4000, everyMs: 100 },
  pollSchedule: () => 100,
});
// The till starts locked: the demo manager signs in and opens a shift unless one is open (a restart).
const invoke = (name: string, input: unknown = {}) => core.router.handle(name, input, 'cashier');
const { shift } = await signInDemoManager(invoke);
if (!shift) okValue(await invoke('shift.open', { floatCents: 0 }));
write({ ready: true });
void core.settled().then(() => write({ settled: true }));

createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, name, input } = JSON.parse(line) as { id: number; name: string; input: unknown };
  void invoke(name, input).then((reply) => write({ id, reply }));
});

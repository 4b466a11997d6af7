/**
 * `npm run soak -- --sales N --kills K`: randomized PIX, card and bank-transfer sales and refunds against
 * the demo sandbox in its own process, with random provider faults and SIGKILLs of the till's process;
 * after a settle period, per sale, the net money in the provider's own lists against the till's books.
 * Not part of `npm test`: it takes minutes and its figures go in notes, not assertions.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { judge } from './soak/books.ts';
import { startSandbox, startTill, type Till } from './soak/processes.ts';
import { runSale, type Random } from './soak/sale-script.ts';

const { values } = parseArgs({ options: { sales: { type: 'string', default: '200' }, kills: { type: 'string', default: '20' }, seed: { type: 'string', default: '7' }, settle: { type: 'string', default: '20000' } } });
const sales = Number(values.sales);
const kills = Number(values.kills);
let seed = Number(values.seed);
// A small seeded generator (mulberry32), so a run can be repeated.
const random: Random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const root = mkdtempSync(join(tmpdir(), 'pdv-soak-'));
const tillDir = join(root, 'till');
const sandbox = await startSandbox(join(root, 'sandbox'));
const started = new Date();
const killAt = new Map<number, number>();
for (let kill = 0; kill < kills; kill++) {
  const index = Math.floor(random() * sales);
  killAt.set(index, (killAt.get(index) ?? 0) + 1);
}

let till: Till = await startTill(tillDir, sandbox.url);
let killed = 0;
for (let index = 0; index < sales; index++) {
  const arm = async (route: string) => {
    if (random() > 0.3) return;
    const kinds = [{ kind: 'latency', ms: 1_500 }, { kind: 'status', status: 503 }, { kind: 'reset' }, { kind: 'timeout_after_commit', ms: 1_500 }];
    const fault = kinds[Math.floor(random() * kinds.length)];
    await fetch(`${sandbox.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route, times: 1, ...fault }) });
  };
  const work = runSale(till, random, arm);
  for (let kill = 0; kill < (killAt.get(index) ?? 0); kill++) {
    await new Promise((wait) => setTimeout(wait, Math.floor(random() * 600)));
    await till.kill();
    killed++;
    await work.catch(() => undefined);
    till = await startTill(tillDir, sandbox.url);
  }
  await work.catch(() => undefined);
  if ((index + 1) % 50 === 0) console.log(`${index + 1} sales, ${killed} kills`);
}

// The settle period: the till follows what it left open (refund lookups, PIX polls) with no new faults.
await new Promise((wait) => setTimeout(wait, Number(values.settle)));
await till.stop();
const verdict = await judge(sandbox.url, tillDir, started);
sandbox.stop();
console.log(`\nsoak: ${sales} sales asked for, ${killed} kill -9 of the till, data in ${root}`);
console.log(`sales in the ledger: ${verdict.sales}`);
console.log(`matched:             ${verdict.matched}`);
console.log(`mismatched:          ${verdict.mismatched}`);
console.log(`unresolved:          ${verdict.unresolved}`);
console.log(`needs checking:      ${verdict.needsChecking}`);
console.log(`provider-only money: ${verdict.providerOnly} charge(s) no sale claims`);
for (const example of verdict.examples) console.log(`  mismatch: ${example}`);
// A run that booked nothing proved nothing; a mismatch is a failure, whatever else went right.
if (verdict.sales < sales / 2) throw new Error(`Only ${verdict.sales} of ${sales} sales reached the ledger: the soak did not exercise the till`);
if (verdict.mismatched > 0 || verdict.providerOnly > 0) process.exitCode = 1;

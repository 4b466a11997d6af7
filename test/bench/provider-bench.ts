/**
 * Provider traffic: HTTP requests each operation costs with a warm token (ideal: 1), its latency
 * against the embedded sandbox, and how many token requests 1,000 operations make across token
 * lifetimes (ideal: one per lifetime).
 */
import { randomUUID } from 'node:crypto';
import { cardOf, pixOf, type Provider } from '../../src-main/providers/provider.ts';
import { startSimulator, type Simulator } from '../../src-main/simulator/simulator.ts';
import { providerOn } from '../support/provider-side.ts';
import { percentile, type BenchTable } from './table.ts';

const RUNS = 50;
const PAYER = { name: 'Maria da Silva', document: '11144477735', email: 'maria.da.silva.pagadora@example.com.br' };
const CARD = { number: '4111111111111111', holderName: 'MARIA DA SILVA', holderDocument: '11144477735', expiry: '122030', cvv: '123' };


const requests = (sim: Simulator) => Object.values(sim.stats().requests).reduce((sum, count) => sum + count, 0);
const tokenRequests = (sim: Simulator) => sim.stats().requests['POST /astrapay/v1/token'] ?? 0;

async function measure(sim: Simulator, name: string, operation: (index: number) => Promise<unknown>): Promise<(string | number)[]> {
  await operation(-1); // warm the token and the code path
  const before = requests(sim);
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await operation(index);
    times.push(performance.now() - started);
  }
  return [name, RUNS, ((requests(sim) - before) / RUNS).toFixed(2), percentile(times, 50).toFixed(2), percentile(times, 95).toFixed(2)];
}

export async function runProviderBench(): Promise<BenchTable[]> {
  const sim = await startSimulator({ autoPayDelayMs: 0 });
  const astrapay = providerOn(sim, 'astrapay');
  const payments = providerOn(sim, 'payments');
  const cardPayments = providerOn(sim, 'card-payments');
  const pixCreate = (provider: Provider, index: number) =>
    pixOf(provider).create({
      amountCents: 20_001 + Math.max(index, 0) * 100,
      userReference: randomUUID(),
      description: 'bench',
      expiresInSeconds: 600,
      transactionId: randomUUID(),
      payer: PAYER,
    });
  const paidTxid = (await pixCreate(astrapay, 0)).txid;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const cardCharge = (provider: Provider, index: number) =>
    cardOf(provider).charge({
      amountCents: 5_000 + Math.max(index, 0),
      paymentType: 'credit',
      installments: 3,
      source: { kind: 'card', card: CARD },
      reference: randomUUID(),
      transactionId: randomUUID(),
    });
  const astrapayCharge = await cardCharge(astrapay, 0);
  const day = { from: new Date(Date.now() - 3600_000), to: new Date(Date.now() + 3600_000), page: 0, pageSize: 20 };

  const rows = [
    await measure(sim, 'Astrapay PIX create', (index) => pixCreate(astrapay, index)),
    await measure(sim, 'Astrapay PIX consult', () => pixOf(astrapay).get(paidTxid)),
    await measure(sim, 'Astrapay PIX list', () => pixOf(astrapay).list?.(day) ?? Promise.resolve()),
    await measure(sim, 'Astrapay PIX refund (R$ 0,01)', () =>
      pixOf(astrapay).refund?.({ txid: paidTxid, amountCents: 1, description: `bench ${randomUUID().slice(0, 8)}`, transactionId: randomUUID() }) ?? Promise.resolve(),
    ),
    await measure(sim, 'Astrapay static QR encode', () =>
      pixOf(astrapay).encodeStatic?.({ pixKey: 'loja@example.com', merchantName: 'Loja', merchantCity: 'Recife', amountCents: 1000 }) ?? Promise.resolve(),
    ),
    await measure(sim, 'Astrapay card charge 3x', (index) => cardCharge(astrapay, index)),
    await measure(sim, 'Astrapay card search', () => cardOf(astrapay).get?.(astrapayCharge.id) ?? Promise.resolve()),
    await measure(sim, 'Payments PIX create (BRL)', (index) => pixCreate(payments, index)),
    await measure(sim, 'Card-payments charge 3x', (index) => cardCharge(cardPayments, index)),
    await measure(sim, 'Card-payments zero-amount check', () => cardOf(cardPayments).verify?.(CARD) ?? Promise.resolve()),
  ];

  // 1,000 operations over 1,000 simulated seconds with a 300 s token: the cache should ask about once per lifetime.
  const ttl = 300;
  let now = Date.now();
  const clock = { now: () => now };
  const tokenSim = await startSimulator({ clock, tokenTtlSeconds: ttl });
  const timed = providerOn(tokenSim, 'astrapay', clock);
  const charge = await pixCreate(timed, 0);
  for (let index = 0; index < 1000; index++) {
    now += 1000;
    await pixOf(timed).get(charge.txid);
  }
  const seconds = 1000;
  const ideal = Math.ceil(seconds / ttl);
  await tokenSim.close();
  await sim.close();

  return [
    {
      title: `Provider operations against the embedded sandbox, warm token, ${RUNS} runs each`,
      columns: ['operation', 'n', 'HTTP requests per operation (ideal 1)', 'median ms', 'p95 ms'],
      rows,
    },
    {
      title: 'OAuth token requests over 1,000 Astrapay operations spread over 1,000 s (token lifetime 300 s)',
      columns: ['token requests', 'token lifetimes spanned (ideal)', 'ratio'],
      rows: [[tokenRequests(tokenSim), ideal, `${(tokenRequests(tokenSim) / ideal).toFixed(2)}x`]],
    },
  ];
}

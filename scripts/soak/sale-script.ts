/** One randomized sale as a cashier would make it (PIX, card or bank transfer), maybe refunded in part or in full. */
import type { Reply, SaleView } from '../../src-preload/contract.ts';
import type { Till } from './processes.ts';

export type Random = () => number;
type Arm = (route: string) => Promise<void>;

const CARD = { number: '4111111111111111', holderName: 'JOSE SOUZA', holderDocument: '11144477735', expiry: '122030', cvv: '123' };
const PAYER = { name: 'Maria da Silva', document: '52998224725', email: 'maria.da.silva.compradora@example.com.br' };
const ASTRAPAY = { id: 'astrapay', environment: 'embedded' };
const PAYMENTS = { id: 'payments', environment: 'embedded' };

const value = <T>(reply: Reply<unknown>): T | undefined => (reply.ok ? (reply.value as T) : undefined);

export async function runSale(till: Till, random: Random, arm: Arm): Promise<void> {
  // A sale a kill left on the counter is cleared the way a cashier would.
  const current = value<SaleView | null>(await till.call('sale.current'));
  if (current && current.state === 'awaiting_payment' && current.method !== 'card') await till.call('sale.cancel', { saleId: current.id });
  await till.call('sale.dismiss');

  // Centavos 02-97: neither paid by the sandbox on its own (01) nor refused as a refund (98, 99).
  const amountCents = (10 + Math.floor(random() * 490)) * 100 + 2 + Math.floor(random() * 95);
  const pick = random();
  let sale: SaleView | undefined;
  if (pick < 0.5) {
    await till.call('settings.setProviders', { pix: ASTRAPAY, card: ASTRAPAY });
    await arm(random() < 0.5 ? 'POST /astrapay/charge/v1/dynamic' : 'GET /astrapay/charge/v1/dynamic/');
    sale = value<SaleView>(await till.call('sale.startPix', { amountCents }));
  } else if (pick < 0.8) {
    await till.call('settings.setProviders', { pix: ASTRAPAY, card: ASTRAPAY });
    await arm('POST /astrapay/card/v1/credit');
    sale = value<SaleView>(await till.call('sale.startCard', { amountCents, paymentType: 'credit', installments: 1 + Math.floor(random() * 3), card: CARD }));
  } else {
    await till.call('settings.setProviders', { pix: PAYMENTS, card: ASTRAPAY });
    await arm('POST /payments/v1/payment');
    sale = value<SaleView>(await till.call('sale.startBankTransfer', { amountCents, payer: PAYER }));
  }
  if (!sale) return;
  if (sale.method !== 'card') {
    if (random() < 0.85) await till.call('sale.simulatePayment', { saleId: sale.id });
    else await till.call('sale.cancel', { saleId: sale.id });
  }
  await till.call('sale.dismiss');
  const now = value<SaleView>(await till.call('sale.get', { saleId: sale.id }));
  if (!now || now.state !== 'paid' || now.method === 'bank_transfer' || random() > 0.5) return;

  const full = random() < 0.4;
  const first = full ? now.amountCents : 1 + Math.floor(random() * (now.amountCents - 1));
  await arm(now.method === 'pix' ? 'POST /astrapay/charge/v1/refunds' : 'PUT /astrapay/card/v1/credit/');
  await till.call('sale.refund', { saleId: now.id, amountCents: first, reason: 'soak' });
  if (!full && random() < 0.3) {
    await arm(now.method === 'pix' ? 'GET /astrapay/charge/v1/refunds' : 'GET /astrapay/card/v1/credit/');
    await till.call('sale.refund', { saleId: now.id, amountCents: now.amountCents - first, reason: 'soak rest' });
  }
}

import { expect, test } from '@playwright/test';
import { chooseCardProvider, shot } from './support/cashier.ts';
import { openSales, payCard, payPix } from './support/sale-steps.ts';
import { astrapayPortal } from './support/astrapay-portal.ts';
import { useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

test.use({ locale: 'pt-BR' });

const { outsideCharge } = astrapayPortal(() => shell.sandboxUrl);

async function armFault(fault: Record<string, unknown>): Promise<void> {
  const reply = await fetch(`${shell.sandboxUrl}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(reply.status).toBe(204);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the day checked against the provider: paid sales agree, and a PIX paid outside the till shows up in plain words', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByText('DEMO', { exact: true })).toBeVisible();
  await payPix(page, '1201');
  await payPix(page, '2001');
  await payCard(page, '3000');

  await openSales(page);
  await expect(page.getByText('Vendas pagas: 3')).toBeVisible();
  await page.getByRole('button', { name: 'Conferir com o provedor' }).click();

  const check = page.getByRole('region', { name: 'Conferência com o provedor' });
  await expect(check).toBeVisible();
  const pix = check.getByTestId('reconcile-pix');
  const card = check.getByTestId('reconcile-card');
  await expect(pix.getByRole('heading', { name: 'PIX · Astrapay' })).toBeVisible();
  await expect(pix).toContainText('2 vendas conferem · nenhuma diferença.');
  await expect(card.getByRole('heading', { name: 'Cartão · Astrapay' })).toBeVisible();
  await expect(card).toContainText('1 venda confere · nenhuma diferença.');
  await expect(check.getByRole('listitem')).toHaveCount(0);
  await expect(check.getByText(/^Conferido às \d\d:\d\d$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Conferir com o provedor' })).toBeEnabled();
  await shot(page, 'reconcile-matched');

  // R$ 55,00 charged and paid at Astrapay, never through the till.
  const txid = await outsideCharge(55.0);
  await page.getByRole('button', { name: 'Conferir com o provedor' }).click();
  await expect(pix).toContainText('2 vendas conferem · 1 diferença:');
  const row = pix.getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(new RegExp(`^Pago no provedor e desconhecido no caixa: R\\$\\s55,00 \\(txid ${escaped(txid)}\\)`));
  // The till has no sale for it: nothing to open, only what can be done about it.
  await expect(row.getByRole('button')).toHaveText(['Reverter', 'Marcar resolvido']);
  await expect(card).toContainText('1 venda confere · nenhuma diferença.');
  // The day's own report is the till's: the outside charge is not in it.
  await expect(page.getByText('Vendas pagas: 3')).toBeVisible();
  await shot(page, 'reconcile-missing-in-till');

  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Valor')).toBeVisible();
});

test('when the provider is down the check says so in plain words, and works once it is back', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await payPix(page, '1201');
  await openSales(page);
  await expect(page.getByText('Vendas pagas: 1')).toBeVisible();

  await armFault({ route: 'GET /astrapay/charge/v1/dynamic', kind: 'status', status: 503, times: 5 });
  await page.getByRole('button', { name: 'Conferir com o provedor' }).click();
  // Only the PIX section could not be asked; the card provider's answer is still shown.
  await expect(page.getByTestId('reconcile-pix').getByRole('alert')).toHaveText(
    'Não foi possível conferir com o provedor. O provedor de pagamento não respondeu ou está com problemas agora. Nada mudou no caixa; confira de novo em instantes.',
  );
  await expect(page.getByTestId('reconcile-card').getByRole('alert')).toHaveCount(0);
  await shot(page, 'reconcile-provider-down');

  const cleared = await fetch(`${shell.sandboxUrl}/__sim/faults`, { method: 'DELETE' });
  expect(cleared.status).toBe(204);
  await page.getByRole('button', { name: 'Conferir com o provedor' }).click();
  await expect(page.getByTestId('reconcile-pix')).toContainText('1 venda confere · nenhuma diferença.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a card provider that offers no list of charges is said so, while PIX is still checked', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await chooseCardProvider(page, 'Card Payments');
  await payCard(page, '4000');
  await openSales(page);
  await expect(page.getByText('Vendas pagas: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Conferir com o provedor' }).click();

  const card = page.getByTestId('reconcile-card');
  await expect(card.getByRole('heading', { name: 'Cartão · Card Payments' })).toBeVisible();
  await expect(card).toContainText('O provedor não oferece listagem para conferir.');
  await expect(card.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByTestId('reconcile-pix')).toContainText('Nenhuma cobrança neste dia, nem no caixa nem no provedor.');
  await shot(page, 'reconcile-unsupported');
});

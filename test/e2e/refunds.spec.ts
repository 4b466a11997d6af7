import { expect, test, type Page } from '@playwright/test';
import { openCardForm, shot, typeCard } from './support/cashier.ts';
import { useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

// Dates and numbers as a Brazilian till shows them.
test.use({ locale: 'pt-BR' });

/** A PIX the sandbox pays by itself (amounts ending in 01 centavos), dismissed from the counter. */
async function paidPix(page: Page, digits: string): Promise<void> {
  await page.keyboard.type(digits);
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Valor')).toHaveText(/R\$\s0,00/);
}

async function refund(page: Page, amount: string, reason: string): Promise<void> {
  await page.getByLabel('Valor a estornar').fill(amount);
  await page.getByLabel('Motivo', { exact: true }).fill(reason);
  await page.getByRole('button', { name: 'Estornar…' }).click();
}

test('a paid PIX is refunded in part, refused above what is left, then refunded in full', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByText('DEMO', { exact: true })).toBeVisible();
  await paidPix(page, '1201');

  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: 'Vendas do dia' })).toBeVisible();
  await expect(page.getByTestId('total-paid')).toHaveText(/R\$\s12,01/);
  await expect(page.getByText('Vendas pagas: 1')).toBeVisible();
  const row = page.getByRole('button', { name: /R\$\s12,01\s*PIX\s*Paga/ });
  await row.click();
  await expect(page.getByTestId('sale-remaining')).toHaveText(/R\$\s12,01/);
  await expect(page.getByLabel('Valor a estornar')).toHaveValue('12,01');

  // Partial: R$ 5,00, with a confirm step; Esc steps back out of the confirmation first.
  await refund(page, '5,00', 'Cliente devolveu um item');
  const confirm = page.getByRole('alertdialog', { name: 'Confirmar estorno' });
  await expect(confirm).toContainText(/Estornar R\$\s5,00 desta venda de R\$\s12,01\?/);
  await expect(confirm).toContainText('Motivo: Cliente devolveu um item');
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Vendas do dia' })).toBeVisible();
  await page.getByRole('button', { name: 'Estornar…' }).click();
  await shot(page, 'refund-confirm');
  await page.getByRole('button', { name: 'Sim, estornar' }).click();
  await expect(page.getByText(/Estorno de R\$\s5,00 solicitado\./)).toBeVisible();
  const refunds = page.locator('.refunds li');
  await expect(refunds).toHaveCount(1);
  await expect(refunds.first()).toContainText(/Solicitado|Em processamento|Estornado/);
  await expect(refunds.first()).toContainText('Estornado', { timeout: 20_000 });
  await expect(page.getByTestId('total-refunds')).toHaveText(/R\$\s5,00/);
  await expect(page.getByTestId('total-net')).toHaveText(/R\$\s7,01/);
  await expect(page.getByTestId('sale-remaining')).toHaveText(/R\$\s7,01/);

  // Above what is left: refused on the spot, nothing sent.
  await refund(page, '8,00', 'Troca');
  await expect(page.getByText(/Passa do que resta estornar \(R\$\s7,01\)\./)).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(refunds).toHaveCount(1);
  await shot(page, 'refund-too-much');

  // The rest: the field already offers what is left.
  await refund(page, '7,01', 'Troca por outro produto');
  await page.getByRole('button', { name: 'Sim, estornar' }).click();
  await expect(refunds).toHaveCount(2);
  await expect(refunds.nth(0)).toContainText('Estornado', { timeout: 20_000 });
  await expect(refunds.nth(1)).toContainText('Estornado', { timeout: 20_000 });
  await expect(page.getByText('Esta venda já foi estornada por inteiro.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Estornar…' })).toHaveCount(0);
  await expect(page.getByTestId('total-refunds')).toHaveText(/R\$\s12,01/);
  await expect(page.getByTestId('total-net')).toHaveText(/R\$\s0,00/);
  await expect(row).toContainText(/R\$\s12,01$/);
  await shot(page, 'refund-full');

  // No printer on a fresh install: the reprint says so in plain words.
  await page.getByRole('button', { name: 'Reimprimir comprovante' }).click();
  await expect(page.getByRole('status').filter({ hasText: /impressora|porta/i })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Valor')).toBeVisible();
});

test('a card sale is cancelled in part from the day’s sales', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openCardForm(page, '3000');
  await typeCard(page, { number: '4111111111111111' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await page.keyboard.press('Enter');

  await page.keyboard.press('F9');
  await page.getByRole('button', { name: /R\$\s30,00\s*Crédito\s*Paga/ }).click();
  await expect(page.getByText('Visa •••• 1111')).toBeVisible();
  const refundForm = page.getByRole('button', { name: 'Estornar…' });
  if ((await refundForm.count()) === 0) {
    await expect(page.getByText('O provedor desta venda não faz estornos pelo caixa.')).toBeVisible();
    return;
  }
  await refund(page, '10,00', 'Cobrança a mais');
  await page.getByRole('button', { name: 'Sim, estornar' }).click();
  await expect(page.locator('.refunds li').first()).toContainText('Estornado', { timeout: 20_000 });
  await expect(page.getByTestId('sale-remaining')).toHaveText(/R\$\s20,00/);
  await expect(page.getByTestId('total-net')).toHaveText(/R\$\s20,00/);
  await shot(page, 'card-refund');
});

test('the counter never goes away while a PIX can still be paid', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByText('DEMO', { exact: true })).toBeVisible();
  await page.keyboard.type('2550');
  await page.keyboard.press('F2');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vendas do dia (F9)' })).toBeDisabled();
  await page.keyboard.press('F9');
  await page.keyboard.press('F10');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vendas do dia' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Venda cancelada')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vendas do dia (F9)' })).toBeEnabled();
});

/**
 * Two tills, one shop: the front till takes a PIX by hand while the provider is down and gives part of it back
 * in cash; the back till's view of the whole store counts that refund, apart as given back by hand, and the
 * store's check with the providers lists it apart instead of looking for it at a provider.
 */
import { expect, test } from '@playwright/test';
import { openPage, openSettings, shot } from './support/cashier.ts';
import { newSale, openSales } from './support/sale-steps.ts';
import { signInAndJoin, useTwoTillShop } from './support/store-steps.ts';

test.use({ locale: 'pt-BR' });

const startShop = useTwoTillShop();

test('a refund given back by hand at one till shows in the whole store’s day and check at the other', async ({ browser, page }) => {
  const { url, first, second } = await startShop('shop_manual_refund');
  await signInAndJoin(page, first.cashierUrl, url, 'C1', 'Caixa da frente');
  const other = await openPage(browser, { locale: 'pt-BR' });
  await signInAndJoin(other, second.cashierUrl, url, 'C2', 'Caixa do fundo');

  await page.bringToFront();
  await openSettings(page, 'Pagamentos');
  await page.getByLabel(/Chave PIX da loja/).fill('loja@exemplo.com.br');
  await page.getByRole('button', { name: 'Salvar PIX sem provedor' }).click();
  await expect(page.getByText('PIX sem provedor salvo.')).toBeVisible();
  await page.keyboard.press('Escape');
  const fault = { route: 'POST /astrapay/charge/v1/dynamic', kind: 'status', status: 503, times: 3 };
  expect((await fetch(`${first.sandboxUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
  await page.keyboard.type('5000');
  await page.keyboard.press('F2');
  await expect(page.getByText('PIX sem o provedor')).toBeVisible();
  await page.getByRole('button', { name: 'Conferi o comprovante: confirmar pagamento' }).click();
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await newSale(page);

  await openSales(page);
  await page.getByRole('button', { name: /R\$\s50,00\s*PIX \(confirmado manualmente\)\s*Paga/ }).click();
  await expect(page.getByLabel('Dinheiro do caixa')).toBeChecked();
  await shot(page, 'store-manual-refund-form');
  await page.getByLabel('Valor a estornar').fill('12,00');
  await page.getByLabel('Motivo', { exact: true }).fill('Troca');
  await page.getByLabel('Motivo', { exact: true }).press('Enter');
  await expect(page.getByRole('alertdialog', { name: 'Confirmar estorno' })).toContainText('Devolvido em: Dinheiro do caixa');
  await expect(page.getByRole('button', { name: 'Sim, estornar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Estorno manual de R\$\s12,00 registrado\./)).toBeVisible();
  await expect(page.getByTestId('store-sync')).toHaveText('loja: sincronizado');

  await other.bringToFront();
  await other.keyboard.press('F9');
  await expect(other.getByRole('heading', { name: 'Loja toda: todos os caixas' })).toBeVisible();
  const byTill = other.getByRole('table', { name: 'Por caixa' });
  await expect(byTill.getByTestId('till-C1')).toContainText(/1 · R\$\s12,00/);
  await expect(byTill.getByTestId('store-total')).toContainText(/1 · R\$\s12,00/);
  const byHand = other.getByRole('table', { name: 'Devolvido à mão (PIX estático)' });
  await expect(byHand.getByRole('row', { name: /C1 · Caixa da frente/ })).toContainText(/Dinheiro do caixa\s*1 · R\$\s12,00/);
  await byHand.scrollIntoViewIfNeeded();
  await shot(other, 'store-manual-refund-day');

  await other.getByRole('button', { name: 'Conferir a loja com os provedores' }).click();
  const checked = other.getByRole('region', { name: 'Loja toda: conferência por conta do provedor' });
  await expect(checked).toContainText('Devolvido à mão: não conferido com provedor');
  await expect(checked).toContainText(/R\$\s12,00 · venda C1-\d{6} \(caixa C1\) · \d{2}:\d{2} · Dinheiro do caixa/);
  await expect(checked).not.toContainText('o provedor não tem');
  await checked.scrollIntoViewIfNeeded();
  await shot(other, 'store-manual-refund-check');
});

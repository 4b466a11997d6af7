/** A 1024x768 till: every screen fits, with its primary buttons in view, without scrolling. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openCardForm, openPage, openSettings, shot } from './support/cashier.ts';
import { openSales, payPix } from './support/sale-steps.ts';
import { signIn } from './support/operator.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

test.use({ locale: 'pt-BR', viewport: { width: 1024, height: 768 } });

/** The screen fits: nothing to scroll, and each button the cashier needs is wholly on it. */
async function fits(page: Page, name: string, buttons: Locator[]): Promise<void> {
  for (const button of buttons) await expect(button).toBeInViewport({ ratio: 1 });
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main');
    const root = document.scrollingElement;
    return {
      main: main ? main.scrollHeight - main.clientHeight : 0,
      page: root ? root.scrollHeight - root.clientHeight : 0,
      wide: root ? root.scrollWidth - root.clientWidth : 0,
    };
  });
  expect(overflow, name).toEqual({ main: 0, page: 0, wide: 0 });
  await shot(page, `1024x768-${name}`);
}

test('every cashier screen fits 1024x768 with its primary buttons in view', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByRole('button', { name: 'Cobrar no cartão (F3)' })).toBeEnabled();
  await fits(page, 'counter', [page.getByRole('button', { name: 'Cobrar com PIX (F2)' }), page.getByRole('button', { name: 'Cobrar no cartão (F3)' })]);

  await page.keyboard.type('150000');
  await page.keyboard.press('F2');
  await fits(page, 'large-amount', [page.getByRole('button', { name: 'Sim, cobrar (Enter)' })]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await openCardForm(page, '4590');
  await fits(page, 'card-form', [page.getByRole('button', { name: /^Cobrar R\$\s45,90 \(Enter\)$/ })]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.keyboard.type('2550');
  await page.keyboard.press('F2');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await fits(page, 'pix', [page.getByRole('button', { name: 'Cancelar (Esc)' }), page.getByRole('img', { name: 'QR Code PIX' })]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Venda cancelada')).toBeVisible();
  await page.keyboard.press('Escape');
  // The next sale starts once the counter is back to amount entry, as the cashier sees it.
  await expect(page.getByRole('button', { name: 'Cobrar com PIX (F2)' })).toBeVisible();

  await page.keyboard.type('1201');
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await fits(page, 'paid', [page.getByRole('button', { name: 'Nova venda (Enter)' })]);
  await page.keyboard.press('Escape');
  for (const digits of ['1301', '1401', '1501', '1601', '1701', '1801', '1901', '2001']) await payPix(page, digits);

  await openSales(page);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Valor a estornar')).toBeFocused();
  await fits(page, 'sales', [page.getByRole('button', { name: 'Estornar…' }), page.getByRole('button', { name: 'Próxima' })]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await fits(page, 'refund-confirm', [page.getByRole('button', { name: 'Sim, estornar' })]);
  await page.keyboard.press('Escape');

  await openSettings(page, 'Loja');
  await fits(page, 'settings-merchant', [page.getByRole('button', { name: 'Salvar dados da loja' })]);
  await openSettings(page, 'Pagamentos');
  await fits(page, 'settings-payments', [page.getByRole('button', { name: 'Salvar provedores' })]);
  await openSettings(page, 'Dispositivos');
  await fits(page, 'settings-devices', [page.getByRole('button', { name: 'Salvar dispositivos' })]);
});

test('the customer display fits 1024x768 with the QR whole', async ({ browser }) => {
  const customer = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  await customer.goto(shell.customerUrl);
  const page = await openPage(browser);
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByRole('button', { name: 'Cobrar com PIX (F2)' })).toBeEnabled();
  await page.keyboard.type('2550');
  await page.keyboard.press('F2');
  await expect(customer.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await fits(customer, 'customer-pix', [customer.getByRole('img', { name: 'QR Code PIX' })]);
});

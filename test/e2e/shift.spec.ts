/**
 * A whole shift at the counter, as issue 8 asks: the manager sets up the shop (a cashier, the printer with
 * its drawer and the pole display on serial ports, offline PIX); the cashier opens with a float and sells
 * in cash with change, part PIX part cash, on a card in 3x and by offline PIX with the provider down; a cash
 * refund asks for the manager's PIN and opens the drawer; a sangria; and the blind close shows the counting
 * difference, prints the Z report and exports it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openCardForm, openPage, shot, typeCard } from './support/cashier.ts';
import { askRefund, newSale, openSales } from './support/sale-steps.ts';
import { printedText, useSerialDevices } from './support/serial-devices.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell();
const serial = useSerialDevices();

const settingsNav = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: section, exact: true }).click();

/** Cash taken with the till's cash form: the quick button named, then Enter. */
async function payCash(page: Page, quick: RegExp | string): Promise<void> {
  await expect(page.getByRole('button', { name: 'Dinheiro (F6)' })).toBeEnabled();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Pagamento em dinheiro' })).toBeVisible();
  await page.getByRole('button', { name: quick }).click();
}

/** The manager's PIN typed into the "autorização do gerente" dialog, which opens for a cashier's sensitive act. */
async function approveAsManager(page: Page, name: string): Promise<void> {
  const approval = page.getByRole('dialog', { name: 'Autorização do gerente' });
  await expect(approval).toBeVisible();
  await expect(approval.getByLabel('Gerente', { exact: true })).toHaveValue(/.+/);
  await approval.getByLabel('PIN do gerente').fill('1234');
  await shot(page, name);
  await approval.getByLabel('PIN do gerente').press('Enter');
  await expect(approval).toBeHidden();
}

test('a cashier runs a whole shift of cash, split, card and offline PIX sales, and the manager closes it with a difference and a Z report', async ({ browser }) => {
  test.setTimeout(240_000);
  const customer = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await customer.goto(shell.customerUrl);
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  await page.goto(shell.cashierUrl);
  const { device: printer, path: printerPath } = await serial.printer();
  const { device: display, path: displayPath } = await serial.poleDisplay();

  // A fresh install in demo mode: locked, with the demo manager's PIN on the lock screen.
  await expect(page.getByRole('heading', { name: 'Caixa bloqueado' })).toBeVisible();
  await expect(page.getByTestId('demo-pin')).toHaveText('Demonstração: o PIN do Gerente demo é 1234');
  await shot(page, 'lock-screen');
  await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
  await page.keyboard.type('9999');
  await page.keyboard.press('Enter');
  await expect(page.getByText('PIN incorreto.')).toBeVisible();

  // The manager signs in and, before any shift, adds a cashier; then locks with F8.
  await page.getByLabel('PIN', { exact: true }).fill('1234');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Abrir turno' })).toBeVisible();
  await page.keyboard.press('F10');
  await settingsNav(page, 'Operadores');
  await page.getByLabel('Nome', { exact: true }).fill('Caio');
  await page.getByLabel('PIN (4 a 8 dígitos)').fill('2468');
  await page.getByRole('button', { name: 'Cadastrar operador' }).click();
  await expect(page.getByText('Operador cadastrado.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Caio\s+Caixa/ })).toBeVisible();
  await shot(page, 'operators');

  // The shop's printer has a cash drawer on its drawer port; a pole display faces the customer.
  await settingsNav(page, 'Dispositivos');
  const printerGroup = page.getByRole('group', { name: 'Impressora de comprovantes' });
  await printerGroup.getByLabel('Caminho da porta').fill(printerPath);
  await expect(printerGroup.getByLabel('Impressora tem gaveta')).not.toBeChecked();
  await printerGroup.getByLabel('Impressora tem gaveta').check();
  await page.getByRole('group', { name: 'Visor do cliente' }).getByLabel('Caminho da porta').fill(displayPath);
  await page.getByRole('button', { name: 'Salvar dispositivos' }).click();
  await expect(page.getByText('Dispositivos salvos.')).toBeVisible();
  await expect(page.getByTestId('printer-status')).toHaveText('Impressora: Pronta', { timeout: 20_000 });
  await expect(page.getByTestId('display-status')).toHaveText('Visor: Pronto', { timeout: 20_000 });
  await printerGroup.getByLabel('Impressora tem gaveta').scrollIntoViewIfNeeded();
  await shot(page, 'devices-drawer');
  // The shop's PIX key, for a static code when the PIX provider cannot be reached.
  await settingsNav(page, 'Pagamentos');
  await page.getByLabel(/Chave PIX da loja/).fill('loja@exemplo.com.br');
  await page.getByRole('button', { name: 'Salvar PIX sem provedor' }).click();
  await expect(page.getByText('PIX sem provedor salvo.')).toBeVisible();
  // Each change is a settings change like any other: journaled with its before and after.
  await settingsNav(page, 'Auditoria');
  const devicesEntry = page.getByRole('row').filter({ hasText: 'settings.setDevices' });
  await expect(devicesEntry).toContainText('"drawer":false');
  await expect(devicesEntry).toContainText('"drawer":true');
  await expect(page.getByRole('row').filter({ hasText: 'loja@exemplo.com.br' }).first()).toBeVisible();
  await shot(page, 'audit-drawer');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Abrir turno' })).toBeVisible();
  await page.keyboard.press('F8');

  // Caio signs in; no shift is open yet, so he counts the float first.
  await expect(page.getByRole('heading', { name: 'Caixa bloqueado' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Abrir turno' })).toBeHidden();
  const select = page.getByLabel('Operador');
  await select.selectOption((await select.locator('option', { hasText: 'Caio' }).getAttribute('value')) ?? '');
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Abrir turno' })).toBeVisible();
  await page.getByLabel('Fundo de troco contado (R$)').fill('100,00');
  await shot(page, 'open-shift');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('operator-name')).toHaveText('Caio');
  const amount = page.getByLabel('Valor', { exact: true });
  await expect(amount).toBeVisible();

  // R$ 25,50 in cash; the customer hands over R$ 50,00.
  await page.keyboard.type('2550');
  await payCash(page, /R\$\s50,00/);
  await expect(page.getByLabel('Troco', { exact: true })).toHaveText(/R\$\s24,50/);
  await shot(page, 'cash-change');
  await page.getByLabel('Valor recebido (R$)').press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await expect(page.getByTestId('change')).toContainText(/Troco\s*R\$\s24,50/);
  await expect(customer.getByTestId('customer-change')).toHaveText(/Troco: R\$\s24,50/);
  await expect.poll(() => display.lines().join('|'), { timeout: 20_000 }).toMatch(/^Pago\s+R\$ 25,50\|Troco\s+R\$ 24,50$/);
  await expect(page.getByTestId('display-status')).toHaveText('Visor: Pronto');
  // The receipt opens the drawer as it starts printing: one ESC p, on drawer pin 2.
  await expect.poll(() => printedText(printer), { timeout: 20_000 }).toMatch(/Troco\s+R\$ 24,50/);
  expect(printer.drawerPulses).toEqual([0]);
  await shot(page, 'cash-paid');
  await shot(customer, 'customer-change');
  await newSale(page);

  // R$ 40,00 split: R$ 10,01 by PIX (the sandbox pays it by itself), the rest in cash, exact.
  await page.keyboard.type('4000');
  await page.keyboard.press('F1');
  const bill = page.getByRole('region', { name: /^(Pagamento dividido|Conta paga)$/ });
  await expect(bill.getByTestId('bill-left')).toHaveText(/R\$\s40,00/);
  await page.keyboard.press('Escape');
  await page.keyboard.type('1001');
  await page.keyboard.press('F2');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(bill.getByTestId('bill-paid')).toHaveText(/R\$\s10,01/, { timeout: 30_000 });
  await expect(amount).toHaveText(/R\$\s29,99/);
  await expect(customer.getByTestId('customer-bill-left')).toHaveText(/R\$\s29,99/);
  await payCash(page, 'Valor exato');
  await page.getByLabel('Valor recebido (R$)').press('Enter');
  await expect(page.getByRole('region', { name: 'Conta paga' })).toBeVisible();
  await expect(customer.getByTestId('customer-bill-paid')).toHaveText(/R\$\s40,00/);
  await expect.poll(() => printer.drawerPulses).toEqual([0, 0]);
  await shot(page, 'split-paid');
  await newSale(page);

  // R$ 12,00 on credit in 3 installments.
  await openCardForm(page, '1200');
  await page.getByLabel('Parcelas').selectOption('3');
  await typeCard(page, { number: '4111111111111111' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await expect(page.getByTestId('card-details')).toContainText('Cartão de crédito 3x');
  await expect(page.getByTestId('paid-plan')).toHaveText(/^3x de R\$\s4,00$/);
  await shot(page, 'card-3x-paid');
  await newSale(page);

  // The PIX provider is down: R$ 37,50 by a static code, confirmed on the customer's proof of payment.
  const fault = { route: 'POST /astrapay/charge/v1/dynamic', kind: 'status', status: 503, times: 3 };
  expect((await fetch(`${shell.sandboxUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
  await page.keyboard.type('3750');
  await page.keyboard.press('F2');
  await expect(page.getByText('PIX sem o provedor')).toBeVisible();
  await expect(page.getByLabel('PIX copia e cola')).toHaveValue(/0014br\.gov\.bcb\.pix0119loja@exemplo\.com\.br.*540537\.50/);
  await expect(customer.getByTestId('customer-static-pix')).toHaveText(/mostre o comprovante ao caixa/);
  await shot(page, 'offline-pix');
  await page.getByRole('button', { name: 'Conferi o comprovante: confirmar pagamento' }).click();
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await newSale(page);

  // The first customer brings back part of the goods: R$ 5,50 from the drawer, with the manager's PIN.
  await openSales(page);
  await page.getByRole('button', { name: /R\$\s25,50\s*Dinheiro/ }).click();
  await askRefund(page, '5,50', 'Troca de mercadoria');
  await page.getByRole('button', { name: 'Sim, estornar' }).click();
  await approveAsManager(page, 'refund-approval');
  await expect(page.locator('.refunds li').first()).toContainText(/R\$\s5,50\s*Estornado/);
  await expect(page.getByTestId('sale-remaining')).toHaveText(/R\$\s20,00/);
  await expect(page.getByText('1 tentativa que falhou oculta')).toBeVisible();
  await expect.poll(() => printedText(printer), { timeout: 20_000 }).toMatch(/COMPROVANTE DE ESTORNO[\s\S]*Valor estornado\s+R\$ 5,50/);
  // The cash goes back out of the drawer: it opens with the refund slip.
  expect(printer.drawerPulses).toEqual([0, 0, 0]);
  await shot(page, 'cash-refund');
  await page.keyboard.press('Escape');
  await expect(amount).toBeVisible();

  // A sangria of R$ 20,00 to the bank.
  await page.keyboard.press('F7');
  await page.getByLabel('Movimento').selectOption('sangria');
  await page.getByLabel('Valor (R$)').fill('20,00');
  await page.getByLabel('Motivo').fill('Depósito no banco');
  await page.getByRole('button', { name: 'Registrar' }).click();
  await expect(page.getByText(/Sangria\s+R\$\s20,00 — Depósito no banco \(Caio\)/)).toBeVisible();

  // The blind close: 100,00 float + 25,50 + 29,99 cash sales - 5,50 refund - 20,00 sangria = 129,99 expected; 125,00 counted.
  await page.getByLabel('Dinheiro contado na gaveta (R$)').fill('125,00');
  await page.getByRole('button', { name: 'Fechar turno' }).click();
  await approveAsManager(page, 'close-approval');

  await expect(page.getByRole('heading', { name: 'Redução Z do turno' })).toBeVisible();
  await expect(page.getByText('Vendas: 5 (R$ 115,00). Estornos: R$ 5,50.')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Dinheiro/ })).toContainText(/R\$\s129,99\s*R\$\s125,00\s*-R\$\s4,99/);
  await expect(page.getByRole('row', { name: /^PIX R\$/ })).toContainText(/R\$\s10,01\s*R\$\s10,01\s*R\$\s0,00/);
  await expect(page.getByRole('row', { name: /^PIX \(confirmado manualmente\)/ })).toContainText(/R\$\s37,50/);
  await expect(page.getByRole('row', { name: /^Crédito/ })).toContainText(/R\$\s12,00/);
  await shot(page, 'z-report');
  // The Z report goes to the printer by itself; a reprint is one button away. Neither opens the drawer.
  await expect
    .poll(() => printedText(printer), { timeout: 20_000 })
    .toMatch(/REDUCAO Z[\s\S]*Dinheiro\s+Esperado\s+R\$ 129,99\s+Contado\s+R\$ 125,00\s+Diferenca\s+-R\$ 4,99/);
  expect(printer.drawerPulses).toEqual([0, 0, 0]);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv).toContain('Dinheiro;129,99;125,00;-4,99');
  expect(csv).toContain('Crédito;12,00;12,00;0,00');
  expect(csv).toContain('Sangria;20,00;Depósito no banco;Caio');
  expect(csv).toContain('Fundo de troco;100,00');

  // The shift is closed: the counter asks for a new one.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Abrir turno' })).toBeVisible();
});

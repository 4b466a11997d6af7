/**
 * A whole shift at the counter: the demo PIN on the lock screen, a cashier added by the manager, the printer
 * (with its cash drawer) and the pole display set up on serial ports, the shift opened with a float, a cash
 * sale with change on both screens and the pole display, the drawer opened, a sangria, and a blind close that
 * asks for the manager's PIN, shows the counting difference, prints the Z report and exports it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { attachToPty } from '../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../fixtures/escpos-printer-emulator.ts';
import { PoleDisplayEmulator } from '../fixtures/pole-display-emulator.ts';
import { createSocatPair } from '../fixtures/socat-pair.ts';
import { openPage, shot } from './support/cashier.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell();
const cleanup: (() => Promise<void>)[] = [];

test.afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A receipt printer and a pole display on the far ends of two socat pty pairs. */
async function serialDevices() {
  const printerPair = await createSocatPair('printer');
  cleanup.push(() => printerPair.close());
  const printer = new EscPosPrinterEmulator();
  const printerEnd = await attachToPty(printerPair.devicePath, printer);
  cleanup.push(() => printerEnd.close());
  const displayPair = await createSocatPair('display');
  cleanup.push(() => displayPair.close());
  const display = new PoleDisplayEmulator('epson', 'cp437');
  const displayEnd = await attachToPty(displayPair.devicePath, display);
  cleanup.push(() => displayEnd.close());
  return { printer, display, printerPath: printerPair.appPath, displayPath: displayPair.appPath };
}

const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const printed = (printer: EscPosPrinterEmulator) => plain(printer.receipts(true).map((receipt) => receipt.text).join('\n'));
const settingsNav = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: section, exact: true }).click();

test('a cashier runs a shift with cash and change, and the manager closes it with a difference and a Z report', async ({ browser }) => {
  const customer = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await customer.goto(shell.customerUrl);
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  await page.goto(shell.cashierUrl);
  const { printer, display, printerPath, displayPath } = await serialDevices();

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
  await page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: 'Operadores' }).click();
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
  // The change is a settings change like any other: journaled with its before and after.
  await settingsNav(page, 'Auditoria');
  const devicesEntry = page.getByRole('row').filter({ hasText: 'settings.setDevices' });
  await expect(devicesEntry).toContainText('"drawer":false');
  await expect(devicesEntry).toContainText('"drawer":true');
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
  await expect(page.getByLabel('Valor', { exact: true })).toBeVisible();

  // R$ 25,50 in cash; the customer hands over R$ 50,00.
  await page.keyboard.type('2550');
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: 'Pagamento em dinheiro' })).toBeVisible();
  await page.getByRole('button', { name: /R\$\s50,00/ }).click();
  await expect(page.getByLabel('Troco', { exact: true })).toHaveText(/R\$\s24,50/);
  await shot(page, 'cash-change');
  await page.getByLabel('Valor recebido (R$)').press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await expect(page.getByTestId('change')).toContainText(/Troco\s*R\$\s24,50/);
  await expect(customer.getByTestId('customer-change')).toHaveText(/Troco: R\$\s24,50/);
  await expect.poll(() => display.lines().join('|'), { timeout: 20_000 }).toMatch(/^Pago\s+R\$ 25,50\|Troco\s+R\$ 24,50$/);
  await expect(page.getByTestId('display-status')).toHaveText('Visor: Pronto');
  // The receipt opens the drawer as it starts printing: one ESC p, on drawer pin 2.
  await expect.poll(() => printed(printer), { timeout: 20_000 }).toMatch(/Troco\s+R\$ 24,50/);
  expect(printer.drawerPulses).toEqual([0]);
  await shot(page, 'cash-paid');
  await shot(customer, 'customer-change');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Valor', { exact: true })).toHaveText(/R\$\s0,00/);

  // A sangria of R$ 20,00 to the bank.
  await page.keyboard.press('F7');
  await page.getByLabel('Movimento').selectOption('sangria');
  await page.getByLabel('Valor (R$)').fill('20,00');
  await page.getByLabel('Motivo').fill('Depósito no banco');
  await page.getByRole('button', { name: 'Registrar' }).click();
  await expect(page.getByText(/Sangria\s+R\$\s20,00 — Depósito no banco \(Caio\)/)).toBeVisible();

  // The blind close: R$ 100,00 counted where R$ 105,50 is expected. Caio is a cashier: the manager authorizes.
  await page.getByLabel('Dinheiro contado na gaveta (R$)').fill('100,00');
  await page.getByRole('button', { name: 'Fechar turno' }).click();
  const approval = page.getByRole('dialog', { name: 'Autorização do gerente' });
  await expect(approval).toBeVisible();
  await expect(approval.getByLabel('Gerente', { exact: true })).toHaveValue(/.+/);
  await approval.getByLabel('PIN do gerente').fill('1234');
  await shot(page, 'manager-approval');
  await approval.getByLabel('PIN do gerente').press('Enter');

  await expect(page.getByRole('heading', { name: 'Redução Z do turno' })).toBeVisible();
  const cashRow = page.getByRole('row', { name: /^Dinheiro/ });
  await expect(cashRow).toContainText(/R\$\s105,50\s*R\$\s100,00\s*-R\$\s5,50/);
  await shot(page, 'z-report');
  // The Z report goes to the printer by itself; a reprint is one button away. Neither opens the drawer.
  await expect.poll(() => printed(printer), { timeout: 20_000 }).toMatch(/REDUCAO Z[\s\S]*Dinheiro\s+Esperado\s+R\$ 105,50\s+Contado\s+R\$ 100,00\s+Diferenca\s+-R\$ 5,50/);
  expect(printer.drawerPulses).toEqual([0]);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  expect(csv).toContain('Dinheiro;105,50;100,00;-5,50');
  expect(csv).toContain('Sangria;20,00;Depósito no banco;Caio');
  expect(csv).toContain('Fundo de troco;100,00');

  // The shift is closed: the counter asks for a new one.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Abrir turno' })).toBeVisible();
});

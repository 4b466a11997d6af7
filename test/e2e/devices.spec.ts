import { expect, test, type Page } from '@playwright/test';
import { attachToPty, type DeviceEnd } from '../fixtures/device-links.ts';
import { EscPosPrinterEmulator } from '../fixtures/escpos-printer-emulator.ts';
import { PoleDisplayEmulator } from '../fixtures/pole-display-emulator.ts';
import { createSocatPair, type SocatPair } from '../fixtures/socat-pair.ts';
import { openSettings, shot } from './support/cashier.ts';
import { useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell({ autoPayDelayMs: 2000 });
const cleanup: (() => Promise<void>)[] = [];

test.use({ locale: 'pt-BR' });

test.afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const printerSection = (page: Page) => page.getByRole('group', { name: 'Impressora de comprovantes' });
const displaySection = (page: Page) => page.getByRole('group', { name: 'Visor do cliente' });
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();

test('a fresh install has no devices set up, says so, and a test print gets plain words', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByTestId('printer-status')).toHaveText('Impressora: Não configurada');
  await expect(page.getByTestId('display-status')).toHaveText('Visor: Não configurado');

  await openSettings(page, 'Dispositivos');
  await expect(page.getByTestId('settings-printer-status')).toContainText('Não configurada');
  await expect(page.getByTestId('settings-display-status')).toContainText('Não configurado');
  await expect(printerSection(page).getByLabel('Porta', { exact: true })).toHaveValue('');

  await printerSection(page).getByRole('button', { name: 'Imprimir teste' }).click();
  await expect(printerSection(page).getByRole('status')).toHaveText(/impressora configurada|não tem porta configurada/i);
  await displaySection(page).getByRole('button', { name: 'Testar visor' }).click();
  await expect(displaySection(page).getByRole('status')).toHaveText(/não tem porta configurada|não configurad/i);
  await shot(page, 'devices-fresh');
  await printerSection(page).screenshot({ path: test.info().outputPath('devices-fresh-printer.png') });

  // Never in a sale's way: the counter charges as usual.
  await page.keyboard.press('Escape');
  await page.keyboard.type('500');
  await page.keyboard.press('F2');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimir QR' })).toHaveCount(0);
});

test('a printer and a pole display on serial ports: live status, test page with the shop’s name, QR on paper', async ({ page }) => {
  const printerPair: SocatPair = await createSocatPair('printer');
  cleanup.push(() => printerPair.close());
  const printer = new EscPosPrinterEmulator();
  const printerEnd: DeviceEnd = await attachToPty(printerPair.devicePath, printer);
  cleanup.push(() => printerEnd.close());
  const displayPair = await createSocatPair('display');
  cleanup.push(() => displayPair.close());
  const display = new PoleDisplayEmulator('epson', 'cp437');
  const displayEnd = await attachToPty(displayPair.devicePath, display);
  cleanup.push(() => displayEnd.close());

  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSettings(page, 'Loja');
  await page.getByLabel('Nome da loja').fill('Mercadinho São João');
  await page.getByRole('button', { name: 'Salvar dados da loja' }).click();
  await expect(page.getByText('Dados da loja salvos.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: 'Dispositivos' }).click();
  // A pty is never listed by the OS: its path is typed by hand.
  await printerSection(page).getByLabel('Caminho da porta').fill(printerPair.appPath);
  await expect(printerSection(page).getByLabel('Porta', { exact: true })).toHaveValue('__manual__');
  await displaySection(page).getByLabel('Caminho da porta').fill(displayPair.appPath);
  await displaySection(page).getByLabel('Conjunto de comandos').selectOption('epson');
  await page.getByRole('button', { name: 'Salvar dispositivos' }).click();
  await expect(page.getByText('Dispositivos salvos.')).toBeVisible();
  await expect(page.getByTestId('printer-status')).toHaveText('Impressora: Pronta', { timeout: 20_000 });
  await expect(page.getByTestId('display-status')).toHaveText('Visor: Pronto', { timeout: 20_000 });

  await printerSection(page).getByRole('button', { name: 'Imprimir teste' }).click();
  await expect(printerSection(page).getByRole('status')).toHaveText(/Impresso\.|Na fila de impressão\.|Enviado/);
  await expect.poll(() => plain(printer.receipts(true).map((receipt) => receipt.text).join('\n')), { timeout: 20_000 }).toContain('MERCADINHO SAO JOAO');

  await displaySection(page).getByRole('button', { name: 'Testar visor' }).click();
  await expect(displaySection(page).getByRole('status')).toHaveText('Teste enviado ao visor.');
  await expect.poll(() => display.lines().join('|').trim().length).toBeGreaterThan(1);
  await shot(page, 'devices-ready');
  await printerSection(page).screenshot({ path: test.info().outputPath('devices-ready-printer.png') });

  // Out of paper: the header says so within the printer's idle status poll.
  printer.status = { paperOut: true };
  await expect(page.getByTestId('printer-status')).toContainText('Sem papel', { timeout: 20_000 });
  await shot(page, 'devices-paper-out');
  printer.status = {};
  await expect(page.getByTestId('printer-status')).toHaveText('Impressora: Pronta', { timeout: 20_000 });

  // At the counter: the QR goes on paper on request.
  await page.keyboard.press('Escape');
  await page.keyboard.type('1201');
  await page.keyboard.press('F2');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
  const copyAndPaste = await page.getByLabel('PIX copia e cola').inputValue();
  await page.getByRole('button', { name: 'Imprimir QR' }).click();
  await expect.poll(() => printer.receipts(true).flatMap((receipt) => receipt.qrCodes.map((qr) => qr.payload)), { timeout: 20_000 }).toContain(copyAndPaste);
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('O comprovante é impresso automaticamente.')).toBeVisible();
  await page.getByRole('button', { name: 'Reimprimir comprovante' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Impresso\.|Na fila de impressão\.|Enviado/ })).toBeVisible();
  await shot(page, 'devices-paid-reprint');
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { shot } from './support/cashier.ts';
import { askRefund, openSales, payCard, payPix } from './support/sale-steps.ts';
import { useShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

test.use({ locale: 'pt-BR' });

/** The ledger's own record of the day's sales, to hold the screen and the file against. */
function ledgerSales(dataDir: string): { id: string; amount_cents: number; state: string; method: string }[] {
  const ledger = new DatabaseSync(join(dataDir, 'ledger.sqlite'), { readOnly: true });
  try {
    return ledger.prepare('SELECT id, amount_cents, state, method FROM sales ORDER BY created_at').all() as never;
  } finally {
    ledger.close();
  }
}

test('after two paid sales and a partial refund, F9 shows the day’s report, prints it or says why not, and exports the sales as CSV', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByText('DEMO', { exact: true })).toBeVisible();
  await payPix(page, '1201');
  await payCard(page, '3000');

  await openSales(page);
  await expect(page.getByText('Vendas pagas: 2')).toBeVisible();
  await expect(page.getByTestId('total-paid')).toHaveText(/R\$\s42,01/);
  await expect(page.getByText('Estornos: 0')).toBeVisible();
  await expect(page.getByTestId('total-net')).toHaveText(/R\$\s42,01/);

  // A partial refund of the PIX: R$ 5,00 goes back, and the report follows it as soon as it settles.
  await page.getByRole('button', { name: /R\$\s12,01\s*PIX\s*Paga/ }).click();
  await askRefund(page, '5,00', 'Cliente devolveu um item');
  await page.getByRole('button', { name: 'Sim, estornar' }).click();
  await expect(page.locator('.refunds li').first()).toContainText('Estornado', { timeout: 20_000 });

  await expect(page.getByText('Estornos: 1')).toBeVisible();
  await expect(page.getByTestId('total-refunds')).toHaveText(/R\$\s5,00/);
  await expect(page.getByTestId('total-net')).toHaveText(/R\$\s37,01/);
  await expect(page.getByText('Vendas pagas: 2')).toBeVisible();
  await expect(page.getByTestId('total-paid')).toHaveText(/R\$\s42,01/);
  const byMethod = page.getByRole('table', { name: 'Por forma de pagamento' });
  await expect(byMethod.getByRole('row')).toHaveCount(3);
  await expect(byMethod.getByRole('row', { name: /^PIX\s+1\s+R\$\s12,01$/ })).toBeVisible();
  await expect(byMethod.getByRole('row', { name: /^Crédito\s+1\s+R\$\s30,00$/ })).toBeVisible();

  // No printer on a fresh install: the report cannot print, and the cashier is told why in plain words.
  await page.getByRole('button', { name: 'Imprimir relatório do dia' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Não foi possível imprimir: nenhuma impressora configurada (Configurações → Dispositivos).' })).toBeVisible();
  await shot(page, 'day-report');

  // The CSV: one row per sale, ; between fields, , before the centavos, refunds as they went back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  const download = await downloading;
  // The screen reads dd/mm/aaaa; the file is named by the ISO day.
  const [dd, mm, yyyy] = (await page.getByLabel('Dia', { exact: true }).inputValue()).split('/');
  const day = `${yyyy}-${mm}-${dd}`;
  expect(download.suggestedFilename()).toBe(`vendas-${day}.csv`);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await expect(page.getByText(`Arquivo vendas-${day}.csv baixado.`)).toBeVisible();
  await shot(page, 'day-report-exported');

  const raw = readFileSync(path, 'utf8');
  expect(raw.startsWith('\uFEFF')).toBe(true);
  const lines = raw.slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  // The sales, a blank line, then the day report (each currency apart, refunds by state).
  const blank = lines.indexOf('');
  const [header, ...rows] = lines.slice(0, blank).map((line) => line.split(';'));
  expect(header).toEqual(['Hora', 'Código da venda', 'Forma', 'Parcelas', 'Situação', 'Valor', 'Estornado']);
  expect(lines.slice(blank + 1)).toEqual([`Relatório do dia;${day}`, 'Moeda;Pago;Estornado;Líquido', 'BRL;42,01;5,00;37,01', 'Estornos: Estornado;1;BRL;5,00']);

  const sales = ledgerSales(shell.dataDir);
  expect(sales.map((sale) => [sale.amount_cents, sale.state])).toEqual([
    [1201, 'paid'],
    [3000, 'paid'],
  ]);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toEqual([expect.stringMatching(/^\d\d:\d\d:\d\d$/), sales[0]?.id, 'PIX', '', 'Paga', '12,01', '5,00']);
  expect(rows[1]).toEqual([expect.stringMatching(/^\d\d:\d\d:\d\d$/), sales[1]?.id, 'Crédito', '1', 'Paga', '30,00', '0,00']);
  // The same times as the list on screen (HH:mm there, HH:mm:ss in the file).
  const listTimes = await page.locator('ul button.row > span:first-child').allTextContents();
  expect(listTimes.sort()).toEqual(rows.map((row) => row[0]?.slice(0, 5)).sort());

  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Valor')).toBeVisible();
});

test('a day without sales reports zeros and has nothing to export', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSales(page);
  await expect(page.getByText('Nenhuma venda neste dia.')).toBeVisible();
  await expect(page.getByText('Vendas pagas: 0')).toBeVisible();
  await expect(page.getByTestId('total-paid')).toHaveText(/R\$\s0,00/);
  await expect(page.getByTestId('total-net')).toHaveText(/R\$\s0,00/);
  await expect(page.getByRole('table', { name: 'Por forma de pagamento' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exportar CSV' })).toBeDisabled();
});

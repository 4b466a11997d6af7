/**
 * Offline PIX with the provider down, and the day's chart: the shop sets its PIX key, the sandbox answers
 * 503, the till shows a static code on both screens, the cashier confirms on the proof, and the day
 * report lists the sale apart and draws it in the hourly chart.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openSettings, shot } from './support/cashier.ts';
import { openSales, payPix } from './support/sale-steps.ts';
import { signIn } from './support/operator.ts';
import { decodeQr, useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 5000 });

async function qrPayload(page: Page, name: string): Promise<string> {
  const path = test.info().outputPath(`${name}-qr.png`);
  await page.getByRole('img', { name: 'QR Code PIX' }).screenshot({ path });
  return decodeQr(path);
}

test('an offline PIX with the provider down', async ({ browser }) => {
  const customer = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await customer.goto(shell.customerUrl);
  const cashier = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await cashier.goto(shell.cashierUrl);
  await signIn(cashier);

  await openSettings(cashier, 'Pagamentos');
  await cashier.getByLabel(/Chave PIX da loja/).fill('loja@exemplo.com.br');
  await cashier.getByRole('button', { name: 'Salvar PIX sem provedor' }).click();
  await expect(cashier.getByText('PIX sem provedor salvo.')).toBeVisible();
  await shot(cashier, 'offline-pix-settings');
  await cashier.keyboard.press('Escape');

  // A paid PIX through the provider first, so the chart has two methods.
  await payPix(cashier, '1201');

  const fault = { route: 'POST /astrapay/charge/v1/dynamic', kind: 'status', status: 503, times: 3 };
  expect((await fetch(`${shell.sandboxUrl}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })).status).toBe(204);
  await cashier.keyboard.type('3750');
  await cashier.keyboard.press('F2');

  await expect(cashier.getByText('PIX sem o provedor')).toBeVisible();
  const copyAndPaste = await cashier.getByLabel('PIX copia e cola').inputValue();
  expect(copyAndPaste).toContain('0014br.gov.bcb.pix0119loja@exemplo.com.br');
  expect(copyAndPaste).toContain('540537.50');
  expect(await qrPayload(cashier, 'cashier-offline')).toBe(copyAndPaste);
  await expect(customer.getByTestId('customer-static-pix')).toHaveText(/mostre o comprovante ao caixa/);
  expect(await qrPayload(customer, 'customer-offline')).toBe(copyAndPaste);
  await shot(cashier, 'offline-pix-cashier');
  await shot(customer, 'offline-pix-customer');

  await cashier.getByRole('button', { name: 'Conferi o comprovante: confirmar pagamento' }).click();
  await expect(cashier.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await expect(customer.getByText('Pagamento aprovado — obrigado!')).toBeVisible();
  await shot(cashier, 'offline-pix-paid');
  await cashier.keyboard.press('Enter');

  await openSales(cashier);
  await expect(cashier.getByTestId('method-pix_static')).toContainText('PIX (confirmado manualmente)');
  await expect(cashier.getByTestId('method-pix_static')).toContainText(/R\$\s37,50/);
  const chart = cashier.getByTestId('hourly-chart');
  await expect(chart.locator('rect[data-method="pix_static"]')).toHaveCount(1);
  await expect(chart.locator('rect[data-method="pix"]')).toHaveCount(1);
  await expect(chart.getByText('PIX (confirmado manualmente)')).toBeVisible();
  await expect(cashier.getByRole('table', { name: 'Por forma de pagamento' }).getByRole('row', { name: /R\$\s37,50/ })).toContainText('PIX (confirmado manualmente)');
  await shot(cashier, 'day-report-chart');

  const download = cashier.waitForEvent('download');
  await chart.getByRole('button', { name: 'Exportar horas (CSV)' }).click();
  const file = await (await download).path();
  const [header, ...rows] = readFileSync(file, 'utf8').replace('\uFEFF', '').trim().split('\r\n');
  expect(header).toBe('Hora;Vendas;Total;PIX;PIX (confirmado manualmente);Crédito;Débito;Transferência;Dinheiro');
  expect(rows).toHaveLength(24);
  // Both sales in the hour they were made (two hours when the clock turned between them).
  const sold = rows.map((row) => row.split(';')).filter((fields) => fields[1] !== '0');
  const column = (index: number) => sold.reduce((sum, fields) => sum + Number(fields[index]?.replace(',', '')), 0);
  // Money columns read as centavos ("37,50" -> 3750); the count column as is.
  expect([column(1), column(2), column(3), column(4)]).toEqual([2, 4_951, 1_201, 3_750]);
});

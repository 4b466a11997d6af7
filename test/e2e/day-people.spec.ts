/**
 * The day report a shop reads at a glance: two shifts worked by two operators, an offline PIX confirmed by the
 * cashier and later given back by hand with the manager's PIN, and the report's totals by operator, by shift
 * and the manual refund apart, on screen, on the printer (over a socat pair) and in the exported CSV.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openPage, openSettings, shot } from './support/cashier.ts';
import { openSales } from './support/sale-steps.ts';
import { signIn } from './support/operator.ts';
import { printedText, useSerialDevices } from './support/serial-devices.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell();
const serial = useSerialDevices();

test('two shifts by two operators, a static PIX refunded by hand: the day report by operator and shift, printed and exported', async ({ browser }) => {
  const { device: printer, path: printerPath } = await serial.printer();

  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(shell.cashierUrl);
  await signIn(page, { float: '50,00' });

  // The manager sets up the shop: a cashier, a printer and offline PIX for every PIX sale.
  await openSettings(page, 'Dispositivos');
  await page.getByRole('group', { name: 'Impressora de comprovantes' }).getByLabel('Caminho da porta').fill(printerPath);
  await page.getByRole('button', { name: 'Salvar dispositivos' }).click();
  await expect(page.getByText('Dispositivos salvos.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: 'Pagamentos', exact: true }).click();
  await page.getByLabel(/Chave PIX da loja/).fill('loja@exemplo.com.br');
  await page.getByLabel('Quando usar').selectOption({ label: 'Sempre (PIX sem provedor)' });
  await page.getByRole('button', { name: 'Salvar PIX sem provedor' }).click();
  await expect(page.getByText('PIX sem provedor salvo.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Seções das configurações' }).getByRole('button', { name: 'Operadores' }).click();
  await page.getByLabel('Nome', { exact: true }).fill('Caio');
  await page.getByLabel('PIN (4 a 8 dígitos)').fill('2468');
  await page.getByRole('button', { name: 'Cadastrar operador' }).click();
  await expect(page.getByText('Operador cadastrado.')).toBeVisible();
  await page.keyboard.press('Escape');

  // First shift: the manager sells R$ 10,00 in cash, then closes the shift with the drawer as expected.
  await page.keyboard.type('1000');
  await page.keyboard.press('F6');
  await page.getByRole('button', { name: 'Valor exato' }).click();
  await page.getByLabel('Valor recebido (R$)').press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('F7');
  await page.getByLabel('Dinheiro contado na gaveta (R$)').fill('60,00');
  await page.getByRole('button', { name: 'Fechar turno' }).click();
  await expect(page.getByRole('heading', { name: 'Redução Z do turno' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Abrir turno' })).toBeVisible();
  await page.keyboard.press('F8');
  await expect(page.getByRole('heading', { name: 'Caixa bloqueado' })).toBeVisible();

  // Second shift: Caio takes a static PIX of R$ 37,50 on the customer's proof.
  await signIn(page, { operator: 'Caio', pin: '2468', float: '50,00' });
  await page.keyboard.type('3750');
  await page.keyboard.press('F2');
  await expect(page.getByText('PIX sem o provedor')).toBeVisible();
  await page.getByRole('button', { name: 'Conferi o comprovante: confirmar pagamento' }).click();
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await page.keyboard.press('Enter');

  // The customer returns part of it: no provider took the money, so the shop gives R$ 12,00 back in cash.
  await openSales(page);
  await page.getByRole('button', { name: /R\$\s37,50\s*PIX \(confirmado manualmente\)\s*Paga/ }).click();
  await expect(page.getByText('PIX estático: não há provedor para estornar.', { exact: false })).toBeVisible();
  await page.getByLabel('Dinheiro do caixa').check();
  await page.getByLabel('Valor a estornar').fill('12,00');
  await page.getByLabel('Motivo', { exact: true }).fill('Troca de mercadoria');
  await page.getByRole('button', { name: 'Estornar…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirmar estorno' });
  await expect(confirm).toContainText('Devolvido em: Dinheiro do caixa');
  await shot(page, 'manual-refund-confirm');
  await confirm.getByRole('button', { name: 'Sim, estornar' }).click();
  const approval = page.getByRole('dialog', { name: 'Autorização do gerente' });
  await approval.getByLabel('PIN do gerente').fill('1234');
  await approval.getByLabel('PIN do gerente').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Estorno manual de R$ 12,00 registrado.' })).toBeVisible();
  // The slip says how the money went back: in cash, though the sale was a PIX.
  await expect
    .poll(() => printedText(printer), { timeout: 20_000 })
    .toMatch(/COMPROVANTE DE ESTORNO[\s\S]*Pagamento\s+Dinheiro[\s\S]*Valor estornado\s+R\$ 12,00/);

  // The report: who sold what, each shift, and the refund made by hand apart.
  const byOperator = page.getByRole('table', { name: 'Por operador' });
  await expect(byOperator.getByRole('row', { name: /Gerente demo/ })).toContainText(/1\s*R\$\s10,00/);
  await expect(byOperator.getByRole('row', { name: /Caio/ })).toContainText(/1\s*R\$\s37,50/);
  const byShift = page.getByRole('table', { name: 'Por turno' });
  await expect(byShift.getByRole('row', { name: /\d\d:\d\d às \d\d:\d\d/ })).toContainText(/R\$\s10,00/);
  await expect(byShift.getByRole('row', { name: /desde \d\d:\d\d \(aberto\)/ })).toContainText(/R\$\s37,50/);
  await expect(page.getByRole('table', { name: 'Estornos manuais (PIX estático)' }).getByRole('row', { name: /Dinheiro do caixa/ })).toContainText(/1\s*R\$\s12,00/);
  await expect(page.getByTestId('total-refunds')).toHaveText(/R\$\s12,00/);
  await shot(page, 'day-report-people');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar totais (CSV)' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8').split('\r\n');
  expect(csv).toContain('Por operador;Gerente demo;1;10,00');
  expect(csv).toContain('Por operador;Caio;1;37,50');
  expect(csv).toContain('Estornos manuais (PIX estático);Dinheiro do caixa;1;12,00');
  expect(csv.filter((line) => /^Por turno;/.test(line))).toHaveLength(2);

  await page.getByRole('button', { name: 'Imprimir relatório' }).click();
  await expect
    .poll(() => printedText(printer), { timeout: 20_000 })
    .toMatch(/Por operador\s+Gerente demo \(1\)\s+R\$ 10,00\s+Caio \(1\)\s+R\$ 37,50[\s\S]*Por turno[\s\S]*Estornos manuais \(PIX estatico\)\s+Em dinheiro \(1\)\s+R\$ 12,00/);
});

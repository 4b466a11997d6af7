/** The cashier's rough edges (issue 8, point 7), each as a cashier meets it. */
import { expect, test, type Page } from '@playwright/test';
import { openCardForm, openPage, openSettings, shot, typeCard } from './support/cashier.ts';
import { expectEmptyCounter, newSale, openSales, payPix } from './support/sale-steps.ts';
import { signIn } from './support/operator.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell({ autoPayDelayMs: 1500 });

test.use({ locale: 'pt-BR' });

test('a keyboard-only refund takes five keys, and focus lands on the confirm step', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await payPix(page, '1201');

  const keys: string[] = [];
  const press = async (key: string) => {
    keys.push(key);
    await page.keyboard.press(key);
  };
  await press('F9');
  await expect(page.getByRole('button', { name: /R\$\s12,01\s*PIX\s*Paga/ })).toBeFocused();
  await press('Enter');
  await expect(page.getByLabel('Valor a estornar')).toBeFocused();
  await expect(page.getByLabel('Valor a estornar')).toHaveValue('12,01');
  await press('Tab');
  await expect(page.getByRole('button', { name: 'Cliente desistiu' })).toBeFocused();
  await press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Confirmar estorno' });
  await expect(confirm).toContainText('Motivo: Cliente desistiu');
  await expect(confirm.getByRole('button', { name: 'Sim, estornar' })).toBeFocused();
  await shot(page, 'keyboard-refund-confirm');
  await press('Enter');
  // No polling: main announces the refund settling and the detail and the list follow.
  await expect(page.locator('.refunds li').first()).toContainText('Estornado', { timeout: 20_000 });
  await expect(page.getByText('Esta venda já foi estornada por inteiro.')).toBeVisible();
  await expect(page.getByRole('button', { name: /R\$\s12,01\s*PIX\s*Paga\s*R\$\s12,01/ })).toBeVisible();
  expect(keys).toEqual(['F9', 'Enter', 'Tab', 'Enter', 'Enter']);
  expect(keys.length).toBeLessThanOrEqual(10);
});

/** A card approved and left on PAGO. */
async function paidOnCounter(page: Page, digits: string): Promise<void> {
  await openCardForm(page, digits);
  await typeCard(page, { number: '4111111111111111' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
}

test('on PAGO, digits start the next sale and Esc starts a new one', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await paidOnCounter(page, '1800');
  await shot(page, 'paid-next-sale-hint');
  // Typed at once, as a cashier does: none of the digits is lost while the paid sale leaves the counter.
  await page.keyboard.type('3590');
  await expect(page.getByLabel('Valor')).toHaveText(/R\$\s35,90/);
  await expect(page.getByRole('heading', { name: 'PAGO' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expectEmptyCounter(page);
  await paidOnCounter(page, '2000');
  await expect(page.getByRole('button', { name: 'Nova venda (Enter)' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expectEmptyCounter(page);
  await expect(page.getByRole('button', { name: 'Cobrar com PIX (F2)' })).toBeVisible();
});

test('installments read as card machines show them: 3x, 4x, 8x, 12x, the first carrying the centavos', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openCardForm(page, '1000');
  const options = await page.getByLabel('Parcelas').locator('option').allTextContents();
  const plain = options.map((text) => text.replace(/\s/g, ' '));
  expect(plain).toContain('3x de R$ 3,33 (1ª de R$ 3,34)');
  expect(plain).toContain('4x de R$ 2,50');
  expect(plain).toContain('8x de R$ 1,25');
  expect(plain).toContain('12x de R$ 0,83 (1ª de R$ 0,87)');
  expect(plain.some((text) => text.includes('+'))).toBe(false);
  await page.getByLabel('Parcelas').selectOption('12');
  await shot(page, 'installments-12x');
});

test('a large amount is charged only after the cashier confirms it', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await expect(page.getByRole('button', { name: 'Cobrar com PIX (F2)' })).toBeEnabled();
  await page.keyboard.type('150000');
  await page.keyboard.press('F2');
  const question = page.getByRole('alertdialog', { name: 'Valor alto' });
  await expect(question).toContainText(/Valor alto: cobrar R\$\s1\.500,00\?/);
  await expect(question.getByRole('button', { name: 'Sim, cobrar (Enter)' })).toBeFocused();
  await shot(page, 'large-amount-confirm');
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(page.getByLabel('Valor')).toHaveText(/R\$\s1\.500,00/);
  await page.keyboard.press('F2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();

  // Below the threshold set in Settings, no question.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await newSale(page);
  await openSettings(page, 'Loja');
  await page.getByLabel('Pedir confirmação a partir de').fill('2.000,00');
  await page.getByRole('button', { name: 'Salvar dados da loja' }).click();
  await expect(page.getByText('Dados da loja salvos.')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.type('150000');
  await page.keyboard.press('F2');
  await expect(page.getByRole('img', { name: 'QR Code PIX' })).toBeVisible();
});

test('the keypad has a 00 key, and a reload keeps the card form and its amount', async ({ browser }) => {
  const customer = await openPage(browser);
  await customer.goto(shell.customerUrl);
  const page = await openPage(browser);
  await page.goto(shell.cashierUrl);
  await signIn(page);
  const keypad = page.getByRole('group', { name: 'Teclado numérico' });
  await expect(page.getByRole('button', { name: 'Cobrar no cartão (F3)' })).toBeEnabled();
  await keypad.getByRole('button', { name: '4', exact: true }).click();
  await keypad.getByRole('button', { name: '5', exact: true }).click();
  await keypad.getByRole('button', { name: '00', exact: true }).click();
  await expect(page.getByLabel('Valor')).toHaveText(/R\$\s45,00/);
  await page.keyboard.press('F3');
  await expect(page.getByTestId('card-amount')).toHaveText(/R\$\s45,00/);
  await expect(customer.getByText('O caixa está digitando o cartão')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pagamento no cartão' })).toBeVisible();
  await expect(page.getByTestId('card-amount')).toHaveText(/R\$\s45,00/);
  await expect(customer.getByTestId('customer-amount')).toHaveText(/R\$\s45,00/);
  await shot(page, 'card-form-after-reload');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Valor')).toHaveText(/R\$\s45,00/);
  await expect(customer.getByText('O caixa está digitando o cartão')).toHaveCount(0);
});

test('Settings asks before dropping unsaved changes', async ({ page }) => {
  await page.goto(shell.cashierUrl);
  await signIn(page);
  await openSettings(page, 'Loja');
  await page.getByLabel('Nome da loja').fill('Padaria Nova');
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'Há alterações não salvas. Sair sem salvar?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Continuar editando' })).toBeFocused();
  await shot(page, 'settings-unsaved');
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(page.getByLabel('Nome da loja')).toHaveValue('Padaria Nova');

  // F9 asks too, and leaving drops the change.
  await page.keyboard.press('F9');
  await question.getByRole('button', { name: 'Sair sem salvar' }).click();
  await expect(page.getByRole('heading', { name: 'Vendas do dia' })).toBeVisible();
  await openSettings(page, 'Loja');
  await expect(page.getByLabel('Nome da loja')).toHaveValue('Loja Demo');
  // Nothing changed: no question.
  await page.keyboard.press('Escape');
  await expectEmptyCounter(page);
});

async function declinedCard(page: Page, digits: string): Promise<void> {
  await openCardForm(page, digits);
  await typeCard(page, { number: '4000000000009995' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Cartão recusado' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectEmptyCounter(page);
}

test.describe('in a browser set to English (US)', () => {
  test.use({ locale: 'en-US' });

  test('the day’s sales: dd/mm/aaaa, failed attempts hidden, search, filters and pages', async ({ page }) => {
    await page.goto(shell.cashierUrl);
    await signIn(page);
    await declinedCard(page, '2590');
    for (const digits of ['1101', '1201', '1301', '1401', '1501', '1601', '1701', '1801', '1901']) await payPix(page, digits);
    await openSales(page);

    const today = new Date();
    const ddmmyyyy = [today.getDate(), today.getMonth() + 1].map((part) => String(part).padStart(2, '0')).join('/') + `/${today.getFullYear()}`;
    await expect(page.getByLabel('Dia', { exact: true })).toHaveValue(ddmmyyyy);
    await expect(page.getByText('1 tentativa que falhou oculta')).toBeVisible();
    await expect(page.getByText('Página 1 de 2')).toBeVisible();
    const rows = page.locator('ul button.row');
    await expect(rows).toHaveCount(8);
    await expect(rows.first()).toContainText(/R\$\s19,01/);
    await shot(page, 'sales-page-1');
    await page.getByRole('button', { name: 'Próxima' }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(/R\$\s11,01/);

    await page.getByLabel('Mostrar tentativas que falharam').check();
    await expect(page.getByText('Página 1 de 2')).toBeVisible();
    await page.getByLabel('Buscar').fill('25,90');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Não concluída');
    await page.getByLabel('Buscar').fill('');
    await page.getByLabel('Mostrar tentativas que falharam').uncheck();
    await page.getByLabel('Forma', { exact: true }).selectOption({ label: 'Crédito' });
    await expect(page.getByText('Nenhuma venda com esses filtros.')).toBeVisible();
    await page.getByLabel('Situação', { exact: true }).selectOption({ label: 'Não concluída' });
    await expect(rows).toHaveCount(1);
    await shot(page, 'sales-filtered');

    // Yesterday, typed as a Brazilian reads it.
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
    const typed = [yesterday.getDate(), yesterday.getMonth() + 1].map((part) => String(part).padStart(2, '0')).join('') + yesterday.getFullYear();
    await page.getByLabel('Dia', { exact: true }).fill('');
    await page.getByLabel('Dia', { exact: true }).pressSequentially(typed);
    await expect(page.getByText('Nenhuma venda neste dia.')).toBeVisible();
    await page.getByRole('button', { name: 'Hoje' }).click();
    await expect(page.getByLabel('Dia', { exact: true })).toHaveValue(ddmmyyyy);
  });
});

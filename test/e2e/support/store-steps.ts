/** Steps of a till that is part of a store with several tills: joining it from Settings, and a paid card sale. */
import { expect, type Page } from '@playwright/test';
import { openCardForm, openSettings, shot, typeCard } from './cashier.ts';
import { newSale } from './sale-steps.ts';

export async function joinStore(page: Page, url: string, code: string, name: string): Promise<void> {
  await openSettings(page, 'Loja com vários caixas');
  await page.getByLabel('Este caixa faz parte de uma loja com vários caixas').check();
  await page.getByLabel('Código do caixa').fill(code);
  await page.getByLabel('Nome do caixa').fill(name);
  await page.getByLabel('Endereço de conexão do servidor').fill(url);
  await page.getByRole('button', { name: 'Testar conexão' }).click();
  await expect(page.getByTestId('store-test')).toHaveText('Conexão OK.');
  await page.getByRole('button', { name: 'Salvar configuração da loja' }).click();
  await expect(page.getByText('Configuração da loja salva.')).toBeVisible();
  // Write-only: the saved string is never shown again, only that there is one.
  await expect(page.getByLabel('Endereço de conexão do servidor')).toHaveValue('');
  await expect(page.getByLabel('Endereço de conexão do servidor')).toHaveAttribute('placeholder', 'Salvo. Digite outro para trocar.');
  await expect(page.getByTestId('store-sync')).toHaveText('loja: sincronizado');
  await shot(page, `store-settings-${code}`);
  await page.keyboard.press('Escape');
}

export async function paidCard(page: Page, digits: string): Promise<void> {
  // Two windows of one browser: the cashier types into the one in front.
  await page.bringToFront();
  await openCardForm(page, digits);
  await typeCard(page, { number: '4111111111111111' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'PAGO' })).toBeVisible();
  await newSale(page);
}

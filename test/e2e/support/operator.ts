/** The till starts locked: the steps a cashier takes before the counter (sign in, open the shift). */
import { expect, type Page } from '@playwright/test';

export const DEMO_MANAGER = 'Gerente demo';
export const DEMO_PIN = '1234';

/**
 * Signs in with the keyboard (the demo manager unless told otherwise) and, when no shift is open, opens
 * one with the given float. Ends on the counter. A till already signed in (a reload) goes straight on.
 */
export async function signIn(page: Page, options: { operator?: string; pin?: string; float?: string } = {}): Promise<void> {
  const locked = page.getByRole('heading', { name: 'Caixa bloqueado' });
  const openShift = page.getByRole('heading', { name: 'Abrir turno' });
  const counter = page.getByLabel('Valor', { exact: true });
  await expect(locked.or(openShift).or(counter).first()).toBeVisible();
  if (await locked.isVisible()) {
    const select = page.getByLabel('Operador');
    const value = await select.locator('option', { hasText: options.operator ?? DEMO_MANAGER }).first().getAttribute('value');
    await select.selectOption(value ?? '');
    await page.getByLabel('PIN', { exact: true }).fill(options.pin ?? DEMO_PIN);
    await page.getByLabel('PIN', { exact: true }).press('Enter');
    await expect(openShift.or(counter).first()).toBeVisible();
  }
  if (await openShift.isVisible()) {
    const float = page.getByLabel('Fundo de troco contado (R$)');
    if (options.float) await float.fill(options.float);
    await float.press('Enter');
  }
  await expect(counter).toBeVisible();
}

/** F8 locks the till; the next sign-in waits for the lock screen (the key's answer comes back after the counter is still shown). */
export async function lockTill(page: Page): Promise<void> {
  await page.keyboard.press('F8');
  await expect(page.getByRole('heading', { name: 'Caixa bloqueado' })).toBeVisible();
}

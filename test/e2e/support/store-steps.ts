/** Steps of a till that is part of a store with several tills: joining it from Settings, and a paid card sale. */
import { expect, test, type Page } from '@playwright/test';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster.ts';
import { closePages, openCardForm, openSettings, shot, typeCard } from './cashier.ts';
import { signIn } from './operator.ts';
import { newSale } from './sale-steps.ts';
import { startShell, type RunningShell } from './web-shell.ts';

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

/** A till of the shop opened at `cashierUrl`: signed in (the demo manager) and joined to the store as `code`. */
export async function signInAndJoin(page: Page, cashierUrl: string, url: string, code: string, name: string): Promise<void> {
  await page.goto(cashierUrl);
  await signIn(page);
  await joinStore(page, url, code, name);
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

/**
 * A spec of two tills in one shop: a PostgreSQL cluster for the file, the tills stopped after each test. The
 * returned start makes a store database and two tills at one provider account (the second talks to the first
 * one's sandbox, as both would to the real provider).
 */
export function useTwoTillShop(): (database: string) => Promise<{ url: string; first: RunningShell; second: RunningShell }> {
  let cluster: PgCluster | undefined;
  const shells: RunningShell[] = [];
  test.beforeAll(async () => {
    cluster = await startPgCluster();
  });
  test.afterAll(async () => {
    await cluster?.destroy();
  });
  test.afterEach(async () => {
    await closePages();
    for (const shell of shells.splice(0)) await shell.stop();
  });
  return async (database) => {
    if (!cluster) throw new Error('no cluster');
    const url = await cluster.createDatabase(database);
    const first = await startShell();
    shells.push(first);
    const second = await startShell({ args: ['--sandbox-url', first.sandboxUrl] });
    shells.push(second);
    return { url, first, second };
  };
}

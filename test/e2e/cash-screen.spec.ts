/**
 * The Dinheiro screen's quick buttons (exact, R$ 10, 20, 50, 100) stay inside the cash panel on a small
 * till and on a large one: they used to stick out past its right edge.
 */
import { expect, test } from '@playwright/test';
import { openPage, shot } from './support/cashier.ts';
import { signIn } from './support/operator.ts';
import { useShell } from './support/web-shell.ts';

const shell = useShell();

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the quick cash buttons fit inside the panel at ${viewport.width}x${viewport.height}`, async ({ browser }) => {
    const page = await openPage(browser, { viewport });
    await page.goto(shell.cashierUrl);
    await signIn(page);
    await page.keyboard.type('2550');
    await page.keyboard.press('F6');
    await expect(page.getByRole('heading', { name: 'Pagamento em dinheiro' })).toBeVisible();
    await page.getByRole('button', { name: /R\$\s50,00/ }).click();
    await expect(page.getByLabel('Troco', { exact: true })).toHaveText(/R\$\s24,50/);
    await shot(page, `cash-quick-${viewport.width}`);

    const panel = await page.locator('form', { has: page.getByRole('heading', { name: 'Pagamento em dinheiro' }) }).boundingBox();
    const buttons = page.getByRole('group', { name: /./ }).filter({ has: page.getByRole('button', { name: 'Valor exato' }) }).getByRole('button');
    await expect(buttons).toHaveCount(5);
    for (const button of await buttons.all()) {
      await expect(button).toBeInViewport({ ratio: 1 });
      const box = await button.boundingBox();
      expect(box && panel && box.x + box.width <= panel.x + panel.width + 0.5 && box.x >= panel.x - 0.5, await button.innerText()).toBe(true);
      // Each button keeps its whole label on screen (nothing clipped inside it).
      expect(await button.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    }
  });
}

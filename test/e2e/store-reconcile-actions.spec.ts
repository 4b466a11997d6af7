/**
 * The whole store checked with the provider, from both tills: someone refunds part of till 1's PIX in the
 * provider's portal. Till 1 sees the difference about its own sale with the same actions as its own check and
 * settles it there; till 2 sees the same difference marked as till 1's to settle, with no action.
 */
import { expect, test } from '@playwright/test';
import { astrapayPortal } from './support/astrapay-portal.ts';
import { openPage, shot } from './support/cashier.ts';
import { payPix } from './support/sale-steps.ts';
import { signInAndJoin, useTwoTillShop } from './support/store-steps.ts';

test.use({ locale: 'pt-BR' });

const startShop = useTwoTillShop();

test('a store difference about till 1’s sale is settled at till 1, and till 2 is told so', async ({ browser, page }) => {
  const { url, first, second } = await startShop('shop_reconcile_actions_e2e');
  await signInAndJoin(page, first.cashierUrl, url, 'C1', 'Caixa da frente');
  await payPix(page, '3001');
  await expect(page.getByTestId('store-sync')).toHaveText('loja: sincronizado');
  const other = await openPage(browser, { locale: 'pt-BR' });
  await signInAndJoin(other, second.cashierUrl, url, 'C2', 'Caixa do fundo');

  // In the provider's portal, R$ 10,00 of till 1's charge goes back to the customer.
  const astrapay = astrapayPortal(() => first.sandboxUrl).request;
  const window = `initialDate=${encodeURIComponent(new Date(Date.now() - 600_000).toISOString())}&endDate=${encodeURIComponent(new Date(Date.now() + 600_000).toISOString())}&page=0&size=100`;
  const charges = (await astrapay(`/charge/v1/dynamic?${window}`)) as { content: { txid: string; amount: number }[] };
  const charge = charges.content.find((each) => each.amount === 30.01);
  await astrapay('/charge/v1/refunds', { method: 'POST', json: { txid: charge?.txid, amount: 10, description: 'Portal' } });

  // The portal's refund settles after a moment: the check is run again until it shows.
  const check = async (till: typeof page) => {
    await till.bringToFront();
    await till.keyboard.press('F9');
    const rows = till.getByRole('region', { name: 'Loja toda: conferência por conta do provedor' }).getByRole('listitem');
    await expect(async () => {
      await till.getByRole('button', { name: 'Conferir a loja com os provedores' }).click();
      await expect(rows).toContainText(/Estornos diferentes: líquido no caixa R\$\s30,01, no provedor R\$\s20,01/, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    return rows;
  };

  const atOther = await check(other);
  await expect(atOther).toContainText('Venda do caixa C1: resolva na conferência do caixa C1.');
  await expect(atOther.getByRole('button')).toHaveCount(0);
  await atOther.scrollIntoViewIfNeeded();
  await shot(other, 'store-reconcile-other-till');

  const atFront = await check(page);
  const actions = atFront.getByRole('group', { name: /^O que fazer com:/ });
  await expect(actions.getByRole('button', { name: 'Marcar resolvido' })).toBeVisible();
  await actions.getByLabel('Observação (opcional)').fill('Devolvido no portal');
  await actions.getByRole('button', { name: 'Marcar resolvido' }).click();
  await expect(atFront).toContainText('Resolvido: Marcar resolvido — Devolvido no portal');
  await atFront.scrollIntoViewIfNeeded();
  await shot(page, 'store-reconcile-own-till');
});

import { createHash, X509Certificate } from 'node:crypto';
import { connect } from 'node:tls';
import { chromium, expect, test } from '@playwright/test';
import { closePages, openPage, openSettings, shot } from './support/cashier.ts';
import { decodeQr, startShell, type RunningShell } from './support/web-shell.ts';
import { signIn } from './support/operator.ts';

let shell: RunningShell | undefined;
test.afterEach(async () => {
  await closePages();
  await shell?.stop();
});

/** The certificate a TLS server presents, read without trusting it. */
function servedCertificate(url: URL): Promise<X509Certificate> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port), rejectUnauthorized: false }, () => {
      resolve(socket.getPeerX509Certificate() as X509Certificate);
      socket.end();
    });
    socket.once('error', reject);
  });
}

test('a tablet on the shop network shows the customer display over HTTPS, pinned by the till certificate', async ({ browser }) => {
  // 127.0.0.2 stands in for the till's address on the shop's network: a real other address, never a real network.
  shell = await startShell({ autoPayDelayMs: 4000, args: ['--listen', '127.0.0.2:0'] });
  const tabletUrl = new URL(/Tablet display:\s+(\S+)/.exec(shell.output)?.[1] ?? '');
  const fingerprint = /Certificate:\s+SHA-256 (\S+)/.exec(shell.output)?.[1];
  expect(tabletUrl.protocol).toBe('https:');
  expect(tabletUrl.hostname).toBe('127.0.0.2');
  expect(tabletUrl.pathname).toBe('/customer.html');

  const served = await servedCertificate(tabletUrl);
  expect(served.fingerprint256).toBe(fingerprint);
  expect(served.checkIP('127.0.0.2')).toBe('127.0.0.2');

  // A browser that was not paired refuses the till's self-made certificate.
  const stranger = await openPage(browser);
  await expect(stranger.goto(tabletUrl.href)).rejects.toThrow(/ERR_CERT/);

  // The tablet trusts exactly this certificate's key (pinned), nothing else.
  const spki = createHash('sha256').update(served.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
  const tabletBrowser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', `--ignore-certificate-errors-spki-list=${spki}`],
  });
  try {
    const tablet = await (await tabletBrowser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await tablet.goto(tabletUrl.href);
    await expect(tablet.getByText('Bem-vindo!')).toBeVisible();

    // The cashier pages are not served on the shop's network unless the shop enables them.
    const cashierToken = new URL(shell.cashierUrl).searchParams.get('token') ?? '';
    const lanCashier = await (await tabletBrowser.newPage()).goto(`${tabletUrl.origin}/?token=${cashierToken}`);
    expect(lanCashier?.status()).toBe(401);

    const cashier = await openPage(browser);
    await cashier.goto(shell.cashierUrl);
    await signIn(cashier);
    await expect(cashier.getByText('DEMO', { exact: true })).toBeVisible();
    await cashier.keyboard.type('1501');
    await cashier.keyboard.press('F2');
    await expect(tablet.getByText('Pague com PIX')).toBeVisible();
    await expect(tablet.getByText(/R\$\s15,01/)).toBeVisible();
    await shot(tablet, 'tablet-awaiting');
    await expect(tablet.getByText('Pagamento aprovado — obrigado!')).toBeVisible({ timeout: 30_000 });
    await shot(tablet, 'tablet-paid');
    await cashier.keyboard.press('Enter');

    // Pairing: Settings → Acesso shows the fingerprint to compare and one QR that opens the tablet's address.
    await openSettings(cashier, 'Acesso');
    await expect(cashier.getByLabel('Impressão digital do certificado (SHA-256)')).toHaveText(fingerprint ?? '');
    const qrPath = test.info().outputPath('pairing-qr.png');
    await cashier.getByRole('img', { name: 'QR Code de pareamento do tablet' }).screenshot({ path: qrPath });
    expect(decodeQr(qrPath)).toBe(tabletUrl.href);
    await shot(cashier, 'settings-access');
  } finally {
    await tabletBrowser.close();
  }
});

/** The sandbox draws `qrCodeBase64` for each reply from the stored BR Code: a PNG a phone can scan. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getToken, startTestSandbox } from '../../support/sandbox.ts';
import { makeTempDir } from '../../support/temp-dir.ts';
import { send } from './astrapay/astrapay-sandbox-support.ts';

interface ChargeBody {
  txid: string;
  pixCopyAndPaste: string;
  qrCodeBase64: string;
}

function scan(base64: string): string {
  const file = join(makeTempDir('pdv-qr-'), 'qr.png');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

describe('sandbox: the QR image of a dynamic charge', () => {
  it('scans as the charge\'s copy-and-paste code, on creation and on every consult', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const created = await send(sim, token, 'POST', '/charge/v1/dynamic', { amount: 37.5, expiration: 600 });
    const charge = created.body as ChargeBody;
    const consulted = (await send(sim, token, 'GET', `/charge/v1/dynamic/${charge.txid}`)).body as ChargeBody;

    expect(created.status).toBe(201);
    expect(scan(charge.qrCodeBase64)).toBe(charge.pixCopyAndPaste);
    expect(consulted.qrCodeBase64).toBe(charge.qrCodeBase64);
  });
});

import { X509Certificate } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseListen } from '../../../src-main/web/listen-address.ts';
import { loadOrCreateCertificate, type TillCertificate } from '../../../src-main/web/tls/self-signed.ts';
import { tokenOf } from './web-client.ts';
import { startTestShell, type TestShell } from './test-shell.ts';

/** A GET that trusts only the till's certificate (as a paired tablet does); resolves with the status. */
function pinnedGet(url: string, certificate: TillCertificate, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // A forged Host header must not change which name the certificate is checked against.
    const identity = (_name: string, cert: PeerCertificate) => checkServerIdentity(new URL(url).hostname, cert);
    const req = request(url, { ca: certificate.cert, checkServerIdentity: identity, ...(host ? { headers: { host } } : {}) }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function pinnedSocket(origin: string, token: string, certificate: TillCertificate): Promise<WebSocket> {
  const socket = new WebSocket(`${origin.replace('https', 'wss')}/rpc?token=${token}`, { origin, ca: certificate.cert });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}

describe('the till certificate', () => {
  it('is made once per install, private, naming the served addresses, and renewed when the address changes', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pdv-tls-'));
    const first = loadOrCreateCertificate(dataDir, ['127.0.0.2', 'localhost', 'caixa.local']);
    const parsed = new X509Certificate(first.cert);
    expect(parsed.fingerprint256).toBe(first.fingerprint);
    expect(parsed.checkIP('127.0.0.2')).toBe('127.0.0.2');
    expect(parsed.checkHost('caixa.local')).toBe('caixa.local');
    expect(parsed.verify(parsed.publicKey)).toBe(true);
    expect(statSync(join(dataDir, 'tls', 'key.pem')).mode & 0o777).toBe(0o600);
    expect(loadOrCreateCertificate(dataDir, ['127.0.0.2', 'localhost']).fingerprint).toBe(first.fingerprint);
    expect(loadOrCreateCertificate(dataDir, ['192.168.0.10', 'localhost']).fingerprint).not.toBe(first.fingerprint);
  });

  it('is served under the address given to --listen', () => {
    expect(parseListen('192.168.0.10')).toEqual({ address: '192.168.0.10', port: 8443 });
    expect(parseListen('[fd00::1]:9443')).toEqual({ address: 'fd00::1', port: 9443 });
    expect(parseListen('caixa.local')).toBeUndefined();
    expect(parseListen('10.0.0.1:70000')).toBeUndefined();
  });
});

describe.each([false, true])('the shop network entrance (remote cashier %s)', (remoteCashier) => {
  let till: TestShell;
  let certificate: TillCertificate;
  beforeAll(async () => {
    certificate = loadOrCreateCertificate(mkdtempSync(join(tmpdir(), 'pdv-tls-')), ['127.0.0.2', 'localhost']);
    till = await startTestShell({ lan: { address: '127.0.0.2', port: 0, certificate, remoteCashier } });
  });
  afterAll(() => till.close());

  it('serves the display over HTTPS, and the cashier only when the shop enables it', async () => {
    const lan = till.shell.lan;
    if (!lan) throw new Error('no LAN entrance');
    expect(lan.fingerprint).toBe(certificate.fingerprint);
    expect(await pinnedGet(lan.customerUrl, certificate)).toBe(200);
    const cashierToken = tokenOf(till.shell.cashierUrl);
    expect(await pinnedGet(`${lan.origin}/?token=${cashierToken}`, certificate)).toBe(remoteCashier ? 200 : 401);
    expect(lan.cashierUrl !== undefined).toBe(remoteCashier);

    const display = await pinnedSocket(lan.origin, tokenOf(lan.customerUrl), certificate);
    display.close();
    const cashier = pinnedSocket(lan.origin, cashierToken, certificate);
    if (remoteCashier) (await cashier).close();
    else await expect(cashier).rejects.toThrow('HTTP 401');
  });

  it('answers only under its own address', async () => {
    const lan = till.shell.lan;
    if (!lan) throw new Error('no LAN entrance');
    expect(await pinnedGet(lan.customerUrl, certificate, 'rebound.example')).toBe(421);
  });
});

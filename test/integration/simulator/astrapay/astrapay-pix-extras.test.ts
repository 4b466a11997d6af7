/** The sandbox's Astrapay refunds and static QR endpoints, checked with raw HTTP. */
import { describe, expect, it } from 'vitest';
import { parseBrCode } from '../../../../src-main/pix/br-code.ts';
import { createFakeClock } from '../../../support/fake-clock.ts';
import type { Simulator } from '../../../../src-main/simulator/simulator.ts';
import { getToken, payPix, startTestSandbox } from '../../../support/sandbox.ts';
import { send, window } from './astrapay-sandbox-support.ts';

async function paidTxid(sim: Simulator, token: string, amount = 100) {
  const created = await send(sim, token, 'POST', '/charge/v1/dynamic', { amount });
  const { txid } = created.body as { txid: string };
  await payPix(sim, txid);
  return txid;
}

describe('sandbox: POST /charge/v1/refunds', () => {
  it('answers 201 with a PROCESSING refund shaped as the README says', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const txid = await paidTxid(sim, token);

    const response = await send(sim, token, 'POST', '/charge/v1/refunds', { txid, amount: 50.0, description: 'Partial refund' });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      refundId: expect.any(String),
      txid,
      amount: 50,
      description: 'Partial refund',
      status: 'PROCESSING',
      statusReason: null,
      creationDate: expect.any(String),
    });
  });

  it.each([
    ['no txid', { txid: undefined, amount: 1 }],
    ['no amount', {}],
    ['an amount with 3 decimals', { amount: 1.005 }],
    ['a zero amount', { amount: 0 }],
    ['an amount as a string', { amount: '1.00' }],
    ['a description over 140 characters', { amount: 1, description: 'x'.repeat(141) }],
    ['an unknown field', { amount: 1, reason: 'why' }],
  ])('answers 400 for %s', async (_, fields) => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const txid = await paidTxid(sim, token);

    const response = await send(sim, token, 'POST', '/charge/v1/refunds', { txid, ...fields });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('answers 422 CHARGE_NOT_PAID for an active charge and 404 for an unknown txid', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const { txid } = (await send(sim, token, 'POST', '/charge/v1/dynamic', { amount: 10 })).body as { txid: string };

    expect(await send(sim, token, 'POST', '/charge/v1/refunds', { txid, amount: 1 })).toMatchObject({ status: 422, body: { code: 'CHARGE_NOT_PAID' } });
    expect((await send(sim, token, 'POST', '/charge/v1/refunds', { txid: 'astranope', amount: 1 })).status).toBe(404);
  });

  it('answers 422 REFUND_EXCEEDS_AVAILABLE above the amount, and demands auth like every route', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const txid = await paidTxid(sim, token, 10);

    expect(await send(sim, token, 'POST', '/charge/v1/refunds', { txid, amount: 10.01 })).toMatchObject({ status: 422, body: { code: 'REFUND_EXCEEDS_AVAILABLE' } });
    expect((await send(sim, 'no-such-token', 'POST', '/charge/v1/refunds', { txid, amount: 1 })).status).toBe(401);
    expect((await send(sim, token, 'POST', '/charge/v1/refunds', { txid, amount: 1 }, { 'x-transaction-id': 'nope' })).status).toBe(400);
    expect((await send(sim, token, 'POST', '/charge/v1/refunds', { txid, amount: 1 }, { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('settles after the configured delay and updates the charge status', async () => {
    const clock = createFakeClock();
    const sim = await startTestSandbox({ clock, autoPayDelayMs: 10_000 });
    const token = await getToken(sim);
    const txid = await paidTxid(sim, token, 10);
    const { refundId } = (await send(sim, token, 'POST', '/charge/v1/refunds', { txid, amount: 10 })).body as { refundId: string };

    clock.advance(9_999);
    expect((await send(sim, token, 'GET', `/charge/v1/refunds/${refundId}`)).body).toMatchObject({ status: 'PROCESSING' });
    clock.advance(1);
    expect((await send(sim, token, 'GET', `/charge/v1/refunds/${refundId}`)).body).toMatchObject({ status: 'COMPLETED' });
    expect((await send(sim, token, 'GET', `/charge/v1/dynamic/${txid}`)).body).toMatchObject({ status: { code: '6', description: 'REFUNDED' } });
  });
});

describe('sandbox: GET /charge/v1/refunds', () => {
  it('requires initialDate and endDate, in order, and a size up to 100', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const now = new Date().toISOString();
    const earlier = new Date(Date.now() - 1000).toISOString();

    expect((await send(sim, token, 'GET', '/charge/v1/refunds')).status).toBe(400);
    expect((await send(sim, token, 'GET', `/charge/v1/refunds?${new URLSearchParams({ initialDate: now, endDate: earlier })}`)).status).toBe(400);
    expect((await send(sim, token, 'GET', `/charge/v1/refunds${window({ size: '101' })}`)).status).toBe(400);
    expect((await send(sim, token, 'GET', `/charge/v1/refunds${window()}`)).status).toBe(200);
  });

  it('answers 404 for an unknown refundId', async () => {
    const sim = await startTestSandbox();
    expect((await send(sim, await getToken(sim), 'GET', '/charge/v1/refunds/nope')).status).toBe(404);
  });
});

describe('sandbox: static QR encode and decode', () => {
  it('encodes the seed\'s example (with a real e-mail key) and decodes it back, txid without its dashes', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const request = { keyPix: 'loja@example.com', merchantName: 'Your Store Name', merchantCity: 'São Paulo', amount: 100.0, txid: 'static-qr-001' };

    const encoded = await send(sim, token, 'POST', '/charge/v1/cob-static/encode', request);
    const { pixCopyAndPaste, qrCodeBase64 } = encoded.body as { pixCopyAndPaste: string; qrCodeBase64: string };
    const decoded = await send(sim, token, 'POST', '/charge/v1/cob-static/decode', { copyPast: pixCopyAndPaste });

    expect(encoded.status).toBe(200);
    expect(Buffer.from(qrCodeBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(parseBrCode(pixCopyAndPaste).get('54')).toBe('100.00');
    expect(decoded).toMatchObject({
      status: 200,
      body: { keyPix: 'loja@example.com', merchantName: 'YOUR STORE NAME', merchantCity: 'SAO PAULO', amount: 100, txid: 'staticqr001' },
    });
  });

  it.each([
    ['the seed\'s obfuscated key', { keyPix: '[email protected]' }],
    ['a merchant name over 25 characters', { merchantName: 'x'.repeat(26) }],
    ['a city over 15 characters', { merchantCity: 'x'.repeat(16) }],
    ['no key', { keyPix: undefined }],
    ['an amount with 3 decimals', { amount: 1.005 }],
  ])('refuses to encode %s', async (_, fields) => {
    const sim = await startTestSandbox();
    const base = { keyPix: '52998224725', merchantName: 'Loja', merchantCity: 'Recife' };
    const response = await send(sim, await getToken(sim), 'POST', '/charge/v1/cob-static/encode', { ...base, ...fields });
    expect(response.status).toBe(400);
  });

  it('refuses to decode a wrong CRC, a dynamic code and a body without copyPast', async () => {
    const sim = await startTestSandbox();
    const token = await getToken(sim);
    const { pixCopyAndPaste } = (await send(sim, token, 'POST', '/charge/v1/dynamic', { amount: 5 })).body as { pixCopyAndPaste: string };
    const wrongCrc = `${pixCopyAndPaste.slice(0, -4)}0000`;

    expect(await send(sim, token, 'POST', '/charge/v1/cob-static/decode', { copyPast: wrongCrc })).toMatchObject({ status: 400, body: { code: 'INVALID_QRCODE' } });
    expect(await send(sim, token, 'POST', '/charge/v1/cob-static/decode', { copyPast: pixCopyAndPaste })).toMatchObject({ status: 400, body: { code: 'INVALID_QRCODE' } });
    expect((await send(sim, token, 'POST', '/charge/v1/cob-static/decode', { copyPaste: pixCopyAndPaste })).status).toBe(400);
  });
});

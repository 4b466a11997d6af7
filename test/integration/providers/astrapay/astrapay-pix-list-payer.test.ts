/** Astrapay PIX: charges with a payer (seed 001 debtor / validateDebtor) and the charge list, against the sandbox. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pixOf } from '../../../../src-main/providers/provider.ts';
import { astrapayOn, createRequest, getToken, pixHeaders, startTestSandbox } from '../../../support/sandbox.ts';
import { CNPJ, CPF, paidCharge, posErrorOf } from './astrapay-fixtures.ts';

const lastHour = () => ({ from: new Date(Date.now() - 3600_000), to: new Date(Date.now() + 3600_000), page: 0, pageSize: 20 });

async function payAs(sim: { url: string }, txid: string, document: string) {
  return fetch(`${sim.url}/__sim/astrapay/pix/${txid}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ document }),
  });
}

describe('Astrapay PIX: a charge with a payer', () => {
  it('sends the payer as debtor with a CPF, and only that payer may pay', async () => {
    const sim = await startTestSandbox();
    const pix = pixOf(astrapayOn(sim));

    const charge = await pix.create({ ...createRequest(1000), payer: { name: 'João Silva', document: CPF }, onlyPayerMayPay: true });

    const stored = await (await fetch(`${sim.url}/astrapay/charge/v1/dynamic/${charge.txid}`, { headers: pixHeaders(await getToken(sim)) })).json();
    expect(stored).toMatchObject({ debtor: { name: 'João Silva', naturalPersonIdentification: CPF } });
    expect((await payAs(sim, charge.txid, CNPJ)).status).toBe(409);
    expect((await pix.get(charge.txid)).status).toBe('active');
    expect((await payAs(sim, charge.txid, CPF)).status).toBe(204);
    expect((await pix.get(charge.txid)).status).toBe('paid');
  });

  it('sends a CNPJ as legalPersonIdentification, and anyone may pay when onlyPayerMayPay is off', async () => {
    const sim = await startTestSandbox();
    const pix = pixOf(astrapayOn(sim));

    const charge = await pix.create({ ...createRequest(1000), payer: { name: 'Loja Ltda', document: CNPJ } });

    expect((await payAs(sim, charge.txid, CPF)).status).toBe(204);
    const [listed] = (await pix.list!({ ...lastHour(), document: CNPJ })).items;
    expect(listed?.txid).toBe(charge.txid);
  });

  it.each([
    ['a CPF with wrong check digits', { payer: { name: 'João', document: '12345678901' } }, 'document.invalid'],
    ['a CNPJ with wrong check digits', { payer: { name: 'Loja', document: '11222333000182' } }, 'document.invalid'],
    ['a document of 12 digits', { payer: { name: 'João', document: '123456789012' } }, 'document.invalid'],
    ['a payer without a name', { payer: { name: '  ', document: CPF } }, 'pix.payer_name_invalid'],
    ['onlyPayerMayPay without a payer', { onlyPayerMayPay: true }, 'pix.payer_required'],
    ['a description over 140 characters', { description: 'x'.repeat(141) }, 'pix.description_too_long'],
  ])('refuses %s without any HTTP request', async (_, overrides, reason) => {
    const sim = await startTestSandbox();

    const error = await posErrorOf(pixOf(astrapayOn(sim)).create({ ...createRequest(1000), ...overrides }));

    expect(error).toMatchObject({ code: 'invalid_input', reason });
    expect(sim.stats().requests).toEqual({});
  });
});

describe('Astrapay PIX: list charges', () => {
  it('filters by status and userReference and pages with our Page shape', async () => {
    const sim = await startTestSandbox();
    const provider = astrapayOn(sim);
    const pix = pixOf(provider);
    const reference = randomUUID();
    const active = [];
    for (let i = 0; i < 3; i++) active.push(await pix.create(createRequest(500 + i, { userReference: reference })));
    const paid = await paidCharge(sim, provider, 900);

    const firstPage = await pix.list!({ ...lastHour(), userReference: reference, pageSize: 2 });
    const secondPage = await pix.list!({ ...lastHour(), userReference: reference, page: 1, pageSize: 2 });
    const paidOnly = await pix.list!({ ...lastHour(), status: 'paid' });

    expect(firstPage).toMatchObject({ page: 0, pageSize: 2, total: 3 });
    expect([...firstPage.items, ...secondPage.items].map((c) => c.txid).sort()).toEqual(active.map((c) => c.txid).sort());
    expect(paidOnly.items.map((c) => c.txid)).toEqual([paid.txid]);
    expect(paidOnly.items[0]).toMatchObject({ status: 'paid', amountCents: 900 });
  });

  it('lists nothing outside the date window', async () => {
    const sim = await startTestSandbox();
    const pix = pixOf(astrapayOn(sim));
    await pix.create(createRequest(100));

    const page = await pix.list!({ from: new Date(Date.now() - 7200_000), to: new Date(Date.now() - 3600_000), page: 0, pageSize: 20 });

    expect(page).toEqual({ items: [], page: 0, pageSize: 20, total: 0 });
  });

  it.each([
    ['an end before the start', { from: new Date(), to: new Date(Date.now() - 1000) }, 'list.dates_invalid'],
    ['a page size of 0', { pageSize: 0 }, 'list.page_invalid'],
    ['a page size over 100', { pageSize: 101 }, 'list.page_invalid'],
    ['a negative page', { page: -1 }, 'list.page_invalid'],
    ['a status Astrapay does not have', { status: 'denied' as const }, 'pix.status_unsupported'],
    ['an invalid document', { document: '11111111111' }, 'document.invalid'],
  ])('refuses %s without any HTTP request', async (_, overrides, reason) => {
    const sim = await startTestSandbox();

    const error = await posErrorOf(pixOf(astrapayOn(sim)).list!({ ...lastHour(), ...overrides }));

    expect(error).toMatchObject({ code: 'invalid_input', reason });
    expect(sim.stats().requests).toEqual({});
  });
});

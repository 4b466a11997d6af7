/**
 * Astrapay PIX refunds (seed 001 sections 4-6): create, consult, list, and the lookup that finds
 * a refund whose create may have been applied although we never heard the answer.
 */
import type { CreatePixRefund, Page, PixRefund, RefundFilter } from '../provider.ts';
import type { AstrapayClient } from './astrapay-client.ts';
import { CLOCK_SKEW_MS } from './clock-skew.ts';
import { expectBody } from './astrapay-response.ts';
import { findAcrossPages, toPage } from './paging.ts';
import { centsOf, toPixRefund } from './pix-mapping.ts';
import { refundBody, refundListQuery } from './pix-requests.ts';
import { Refund, RefundPage } from './pix-schemas.ts';

const PATH = '/charge/v1/refunds';

export function createAstrapayRefunds(client: AstrapayClient) {
  const list = async (query: ReturnType<typeof refundListQuery>) => {
    const response = await client.send({ method: 'GET', path: PATH, query });
    return expectBody(response, [200], `GET ${PATH}`, RefundPage);
  };

  return {
    async create(request: CreatePixRefund): Promise<PixRefund> {
      const response = await client.send({ method: 'POST', path: PATH, transactionId: request.transactionId, json: refundBody(request) });
      return toPixRefund(expectBody(response, [200, 201], `POST ${PATH}`, Refund));
    },

    async consult(refundId: string): Promise<PixRefund> {
      const path = `${PATH}/${encodeURIComponent(refundId)}`;
      const response = await client.send({ method: 'GET', path });
      return toPixRefund(expectBody(response, [200], `GET ${path}`, Refund));
    },

    async list(filter: RefundFilter): Promise<Page<PixRefund>> {
      return toPage(await list(refundListQuery(filter)), toPixRefund);
    },

    /**
     * The refund list has no txid filter (seed 001), so we read every refund created since our first
     * attempt (less the clock skew) and keep those with the same txid, amount and description, newest first
     * (the description carries the till's own refund id, so two equal refunds are told apart).
     */
    async findMatching(request: Omit<CreatePixRefund, 'transactionId'>, attemptStartedAt: number, now: number): Promise<PixRefund[]> {
      const window = { from: new Date(attemptStartedAt - CLOCK_SKEW_MS), to: new Date(now + CLOCK_SKEW_MS), pageSize: 100 };
      const found = await findAcrossPages(
        (page) => list(refundListQuery({ ...window, page })),
        (refund) =>
          refund.txid === request.txid &&
          centsOf(refund.amount, `GET ${PATH}`) === request.amountCents &&
          (refund.description ?? '') === request.description,
      );
      return found.sort((a, b) => Date.parse(b.creationDate) - Date.parse(a.creationDate)).map(toPixRefund);
    },
  };
}

/** Astrapay dynamic PIX charges (seed 001): create, consult, list, each mapped to our PixCharge. */
import type { CreatePixCharge, Page, PixCharge, PixChargeFilter } from '../provider.ts';
import type { AstrapayClient } from './astrapay-client.ts';
import { expectBody } from './astrapay-response.ts';
import { findAcrossPages, toPage } from './paging.ts';
import { toPixCharge } from './pix-mapping.ts';
import { chargeListQuery, dynamicChargeBody } from './pix-requests.ts';
import { DynamicCharge, DynamicChargePage } from './pix-schemas.ts';

const PATH = '/charge/v1/dynamic';
const DAY_MS = 24 * 3600 * 1000;

export function createAstrapayPix(client: AstrapayClient) {
  const list = async (query: ReturnType<typeof chargeListQuery>) => {
    const response = await client.send({ method: 'GET', path: PATH, query });
    return expectBody(response, [200], `GET ${PATH}`, DynamicChargePage);
  };

  return {
    async create(request: CreatePixCharge): Promise<PixCharge> {
      const response = await client.send({
        method: 'POST',
        path: PATH,
        transactionId: request.transactionId,
        json: dynamicChargeBody(request),
      });
      return toPixCharge(expectBody(response, [200, 201], `POST ${PATH}`, DynamicCharge));
    },

    async consult(txid: string): Promise<PixCharge> {
      const path = `${PATH}/${encodeURIComponent(txid)}`;
      const response = await client.send({ method: 'GET', path });
      return toPixCharge(expectBody(response, [200], `GET ${path}`, DynamicCharge));
    },

    async list(filter: PixChargeFilter): Promise<Page<PixCharge>> {
      return toPage(await list(chargeListQuery(filter)), toPixCharge);
    },

    /** Every charge with this userReference made within a day of `around`. */
    async findByUserReference(userReference: string, around: Date): Promise<PixCharge[]> {
      const filter = { from: new Date(around.getTime() - DAY_MS), to: new Date(around.getTime() + DAY_MS), userReference, pageSize: 20 };
      const found = await findAcrossPages(
        (page) => list(chargeListQuery({ ...filter, page })),
        (charge) => charge.userReference === userReference,
      );
      return found.map(toPixCharge);
    },
  };
}

/**
 * The Astrapay `pix` facet: dynamic charges, refunds and static codes, each request checked locally
 * first. A charge create is sent once: the sale services resolve an unheard answer by `userReference`.
 */
import type { Clock } from '../../core/ports.ts';
import type { PixApi } from '../provider.ts';
import type { AstrapayClient } from './astrapay-client.ts';
import { createAstrapayPixStatic } from './astrapay-pix-static.ts';
import { createAstrapayPix } from './astrapay-pix.ts';
import { createAstrapayRefunds } from './astrapay-refunds.ts';
import { checkBrCode, checkChargeFilter, checkPixCharge, checkRefund, checkRefundFilter, checkStaticRequest } from './pix-checks.ts';

export function createAstrapayPixApi(client: AstrapayClient, clock: Clock, simulatePayment?: (txid: string) => Promise<void>): PixApi {
  const charges = createAstrapayPix(client);
  const refunds = createAstrapayRefunds(client);
  const statics = createAstrapayPixStatic(client);
  return {
    requiresPayer: false,
    async create(request) {
      checkPixCharge(request);
      return charges.create(request);
    },
    get: (txid) => charges.consult(txid),
    findByReference: (userReference, around) => charges.findByUserReference(userReference, around),
    async list(filter) {
      checkChargeFilter(filter);
      return charges.list(filter);
    },
    async refund(request) {
      checkRefund(request);
      return refunds.create(request);
    },
    findRefunds: (request, since) => refunds.findMatching(request, since.getTime(), clock.now()),
    getRefund: (refundId) => refunds.consult(refundId),
    async listRefunds(filter) {
      checkRefundFilter(filter);
      return refunds.list(filter);
    },
    async encodeStatic(request) {
      checkStaticRequest(request);
      return statics.encode(request);
    },
    async decodeStatic(copyAndPaste) {
      checkBrCode(copyAndPaste);
      return statics.decode(copyAndPaste);
    },
    ...(simulatePayment && { simulatePayment }),
  };
}

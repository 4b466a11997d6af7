/** Astrapay dynamic PIX charges (seed 001): create, consult, list, each mapped to our PixCharge. */
import * as v from 'valibot';
import { PosError } from '../../core/errors.ts';
import { unexpectedStatus, type HttpResponse } from '../../http/http-client.ts';
import { decimalToCents } from '../../../src-shared/money.ts';
import type { CreatePixCharge, PixCharge, PixChargeStatus } from '../provider.ts';
import { errorMessage, type AstrapayClient } from './astrapay-client.ts';
import { DynamicCharge, DynamicChargePage } from './pix-schemas.ts';

const STATUS: Record<string, PixChargeStatus> = {
  ACTIVE: 'active',
  PAID: 'paid',
  EXPIRED: 'expired',
  'PARTIALLY REFUNDED': 'partially_refunded',
  REFUNDED: 'refunded',
};

export function createAstrapayPix(client: AstrapayClient) {
  return {
    async create(request: CreatePixCharge): Promise<PixCharge> {
      const response = await client.send({
        method: 'POST',
        path: '/charge/v1/dynamic',
        transactionId: request.transactionId,
        json: {
          amount: request.amountCents / 100,
          expiration: request.expiresInSeconds,
          description: request.description,
          userReference: request.userReference,
        },
      });
      return toPixCharge(expect(response, [200, 201], 'POST /charge/v1/dynamic', DynamicCharge));
    },

    async consult(txid: string): Promise<PixCharge> {
      const path = `/charge/v1/dynamic/${encodeURIComponent(txid)}`;
      const response = await client.send({ method: 'GET', path });
      return toPixCharge(expect(response, [200], `GET ${path}`, DynamicCharge));
    },

    async findByUserReference(userReference: string, around: Date): Promise<PixCharge | undefined> {
      const day = 24 * 3600 * 1000;
      const response = await client.send({
        method: 'GET',
        path: '/charge/v1/dynamic',
        query: {
          initialDate: new Date(around.getTime() - day).toISOString(),
          endDate: new Date(around.getTime() + day).toISOString(),
          userReference,
          page: 0,
          size: 20,
        },
      });
      const page = expect(response, [200], 'GET /charge/v1/dynamic', DynamicChargePage);
      const found = page.content.find((charge) => charge.userReference === userReference);
      return found && toPixCharge(found);
    },
  };
}

function expect<S extends v.GenericSchema>(
  response: HttpResponse,
  statuses: number[],
  where: string,
  schema: S,
): v.InferOutput<S> {
  if (!statuses.includes(response.status)) {
    throw unexpectedStatus(response.status, where, errorMessage(response.body));
  }
  const parsed = v.safeParse(schema, response.body);
  if (!parsed.success) {
    throw new PosError('provider_bad_response', `The provider's answer to ${where} is not what its documentation says`, {
      retryable: true,
      reason: 'provider.garbage',
    });
  }
  return parsed.output;
}

function toPixCharge(charge: DynamicCharge): PixCharge {
  const status = STATUS[charge.status.description.toUpperCase()];
  const amountCents = decimalToCents(charge.amount);
  if (!status || amountCents === undefined) {
    throw new PosError('provider_bad_response', `Unknown charge status or amount from the provider`, {
      retryable: true,
      reason: 'provider.garbage',
    });
  }
  return {
    txid: charge.txid,
    amountCents,
    status,
    copyAndPaste: charge.pixCopyAndPaste,
    createdAt: charge.calendar.creationDate,
    expiresAt: charge.calendar.expirationDate,
    userReference: charge.userReference ?? undefined,
  };
}

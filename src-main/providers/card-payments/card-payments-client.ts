/**
 * Transport for the card gateway: every call is a JSON POST with `Authorization: Bearer <api key>`
 * (seed 004 says only "autenticação via Authorization header"; the scheme is our assumption, see README).
 */
import { redactDigits, unexpectedStatus, type PosError } from '../../core/errors.ts';
import type { HttpResponse, HttpSend } from '../../http/http-client.ts';
import { gatewayRefusal, readGatewayError } from './card-payment-response.ts';

export const CARD_PAYMENTS_PATH = '/v1/card_payments';
export const TOKENIZE_CARD_PATH = '/v1/tokenize_card';

export interface CardPaymentsConfig {
  /** Everything before `/v1/...`. */
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
}

export interface CardPaymentsClient {
  post(path: string, json: unknown): Promise<HttpResponse>;
}

export function createCardPaymentsClient(config: CardPaymentsConfig, http: HttpSend): CardPaymentsClient {
  return {
    post: (path, json) =>
      http({
        method: 'POST',
        url: `${config.baseUrl}${path}`,
        headers: { authorization: `Bearer ${config.apiKey}` },
        json,
        timeoutMs: config.timeoutMs,
      }),
  };
}

/** The error for an answer that is not a success: the gateway's own code on a 422, else the status's meaning. */
export function failureOf(response: HttpResponse, where: string): PosError {
  const error = readGatewayError(response.body);
  if (response.status === 422 && error) return gatewayRefusal(error, where);
  const first = error?.errors[0];
  return unexpectedStatus(response.status, where, first && redactDigits(`${first.code} ${first.msg}`));
}

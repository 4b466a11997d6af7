/** Astrapay static PIX QR codes (seed 001 sections 7-8): encode a reusable code, decode one back. */
import type { StaticPixDecoded, StaticPixRequest } from '../provider.ts';
import type { AstrapayClient } from './astrapay-client.ts';
import { expectBody } from './astrapay-response.ts';
import { toStaticDecoded } from './pix-mapping.ts';
import { staticDecodeBody, staticEncodeBody } from './pix-requests.ts';
import { StaticDecoded, StaticEncoded } from './pix-schemas.ts';

const ENCODE = '/charge/v1/cob-static/encode';
const DECODE = '/charge/v1/cob-static/decode';

export function createAstrapayPixStatic(client: AstrapayClient) {
  return {
    async encode(request: StaticPixRequest): Promise<string> {
      const response = await client.send({ method: 'POST', path: ENCODE, json: staticEncodeBody(request) });
      return expectBody(response, [200, 201], `POST ${ENCODE}`, StaticEncoded).pixCopyAndPaste;
    },

    async decode(copyAndPaste: string): Promise<StaticPixDecoded> {
      const response = await client.send({ method: 'POST', path: DECODE, json: staticDecodeBody(copyAndPaste) });
      return toStaticDecoded(expectBody(response, [200], `POST ${DECODE}`, StaticDecoded));
    },
  };
}

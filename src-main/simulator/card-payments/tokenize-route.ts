/**
 * `POST /v1/tokenize_card`. The seed names it but documents neither body: we assume
 * `{ "card": { card_number, card_expiration_date, card_security_code, card_holder_name,
 * card_holder_document } }` → 201 `{ slug_token, last_digits, first_digits, brand }` (see README).
 */
import { BRAND_NAMES, luhnValid } from '../../../src-shared/card-checks.ts';
import { jsonBody, type SimRequest, type SimResponse } from '../http-kit.ts';
import { checkApiKey } from './auth.ts';
import { isObject, readCard, readHolder } from './card-fields.ts';
import type { CardVault } from './card-vault.ts';
import { createProblems, gatewayErrorReply, GENERAL, SANDBOX_GENERAL_MESSAGES } from './gateway-problems.ts';
import { cardOnFile } from './test-cards.ts';

export function createTokenizeRoute(vault: CardVault) {
  return (request: SimRequest): SimResponse => {
    const denied = checkApiKey(request);
    if (denied) return denied;
    const body = jsonBody(request);
    if (!body.ok) return gatewayErrorReply([{ code: GENERAL, msg: SANDBOX_GENERAL_MESSAGES.malformedJson }]);
    const problems = createProblems();
    const fields = isObject(body.value) && isObject(body.value.card) ? body.value.card : undefined;
    if (!fields) {
      problems.missing('card');
      return problems.reply();
    }
    const card = readCard(fields, problems);
    readHolder(fields, problems);
    if (card && !luhnValid(card.number)) problems.general(SANDBOX_GENERAL_MESSAGES.invalidCardNumber);
    if (problems.any || !card) return problems.reply();
    return {
      status: 201,
      body: {
        slug_token: vault.store(cardOnFile(card)),
        last_digits: card.number.slice(-4),
        first_digits: card.number.slice(0, 6),
        brand: BRAND_NAMES[card.brand],
      },
    };
  };
}

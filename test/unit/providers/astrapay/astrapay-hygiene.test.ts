/** What the Astrapay adapter says about itself: capabilities, and no secret or card number in its words. */
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../../src-main/core/ports.ts';
import { errorMessage } from '../../../../src-main/providers/astrapay/astrapay-client.ts';
import { createAstrapayProvider } from '../../../../src-main/providers/astrapay/astrapay-provider.ts';
import { expectBody } from '../../../../src-main/providers/astrapay/astrapay-response.ts';
import { CardTransaction } from '../../../../src-main/providers/astrapay/card-schemas.ts';
import { capabilitiesOf } from '../../../../src-main/providers/provider-capabilities.ts';

const unreachable = () => Promise.reject(new Error('no HTTP in this test'));

describe('Astrapay provider capabilities', () => {
  it('offers what the adapter implements: PIX list, refund and static; credit cards with cancel, list and tokens', () => {
    const provider = createAstrapayProvider({
      config: { baseUrl: 'http://127.0.0.1:9', clientId: 'id', clientSecret: 'secret', timeoutMs: 100 },
      http: unreachable,
      clock: systemClock,
    });

    expect(capabilitiesOf(provider)).toMatchObject({
      pixDynamic: true,
      pixRequiresPayer: false,
      pixList: true,
      pixRefund: true,
      pixStatic: true,
      simulatePayment: false,
      card: true,
      cardPaymentTypes: ['credit'],
      cardMaxInstallments: 12,
      cardCancel: true,
      cardList: true,
      cardVerify: false,
      cardToken: true,
      bankTransfer: false,
    });
  });
});

describe('Astrapay error words', () => {
  it('masks any run of 12 or more digits a provider message carries', () => {
    expect(errorMessage({ code: 'X', message: 'card 4111111111111111 refused' })).toBe('card [masked] refused');
    expect(errorMessage({ code: 'X', message: 'order 12345 refused' })).toBe('order 12345 refused');
  });

  it('never puts a card number from a refusal into the PosError', () => {
    const response = { status: 400, headers: new Headers(), body: { code: 'VALIDATION_ERROR', message: 'card.number 5555555555554444 is not valid' } };
    let message = '';
    try {
      expectBody(response, [201], 'POST /card/v1/credit', CardTransaction);
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message).toContain('POST /card/v1/credit');
    expect(message).not.toContain('5555555555554444');
  });
});

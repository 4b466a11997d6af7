/** What the UI may offer for a provider, read off what its adapter actually implements (Settings shows it). */
import type { ProviderCapabilities } from '../../src-preload/contract.ts';
import { currencyOf, type Provider } from './provider.ts';

export function capabilitiesOf(provider: Provider): ProviderCapabilities {
  const { pix, card } = provider;
  return {
    pixDynamic: pix !== undefined,
    pixRequiresPayer: pix?.requiresPayer ?? false,
    pixList: pix?.list !== undefined,
    pixRefund: pix?.refund !== undefined,
    pixStatic: pix?.encodeStatic !== undefined,
    simulatePayment: pix?.simulatePayment !== undefined,
    card: card !== undefined,
    cardPaymentTypes: [...(card?.paymentTypes ?? [])],
    cardMaxInstallments: card?.maxInstallments ?? 0,
    cardCancel: card?.cancel !== undefined,
    cardList: card?.list !== undefined,
    cardVerify: card?.verify !== undefined,
    cardToken: card?.savedCards !== undefined,
    bankTransfer: provider.bankTransfer !== undefined,
    currency: currencyOf(provider),
  };
}

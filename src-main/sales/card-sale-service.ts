/**
 * Card sales at the counter. The card data passes through here and the provider's request and is dropped:
 * only brand, first 6 and last 4 reach the ledger, written with the sale before the charge is sent. A charge
 * is sent once and never again by the till: a lost answer is looked up by our reference where the provider
 * allows it (Astrapay); otherwise, or when the provider cannot be asked, the sale needs checking by a person.
 */
import type { CardPaymentView, SaleView } from '../../src-preload/contract.ts';
import { invalidInput, outcomeUnknownError, toErrorData } from '../core/errors.ts';
import type { Clock, Logger } from '../core/ports.ts';
import type { SavedCardsRepository } from '../ledger/saved-cards-repository.ts';
import type { StoredSale } from '../ledger/sales-repository.ts';
import type { ProviderHub } from '../providers/provider-hub.ts';
import { cardOf, currencyOf, type CardApi, type CardCharge, type CreateCardCharge } from '../providers/provider.ts';
import { createCardSource, type StartCardInput } from './card-source.ts';
import type { OrphanReverser } from './orphan-reverser.ts';
import type { Resolver } from './resolve-by-reference.ts';
import { toSaleView, type SaleBook } from './sale-book.ts';
import { sendOnce } from './send-once.ts';

export interface CardSaleServiceDeps {
  book: SaleBook;
  hub: ProviderHub;
  savedCards: SavedCardsRepository;
  clock: Clock;
  logger: Logger;
  resolver: Resolver;
  orphans: OrphanReverser;
}

export interface CardSaleService {
  startCard(input: StartCardInput): Promise<SaleView>;
  resolveInterrupted(sale: StoredSale, transactionId: string, startedAt: number): Promise<void>;
  listSaved(): ReturnType<SavedCardsRepository['list']>;
  deleteSaved(savedCardId: string): Promise<null>;
}

const viewOf = (charge: CardCharge): CardPaymentView => ({
  paymentType: charge.paymentType,
  installments: charge.installments,
  brand: charge.card.brand,
  first6: charge.card.first6,
  last4: charge.card.last4,
  authorizationCode: charge.authorizationCode ?? null,
  decline: charge.decline ?? null,
});

export function createCardSaleService(deps: CardSaleServiceDeps): CardSaleService {
  const { book, hub, savedCards, clock, resolver, orphans } = deps;
  const source = createCardSource(deps);
  const reverseAll = (sale: StoredSale, charges: CardCharge[]) => {
    for (const charge of charges) void orphans.cardCharge(sale, charge).catch((error: unknown) => deps.logger.warn('Orphan card charge not reversed', { saleId: sale.id, reason: toErrorData(error).reason }));
  };

  /** Books what the charge brought; a charge we could not learn about needs checking, never "try again". */
  const finish = async (api: CardApi, sale: StoredSale, transactionId: string, startedAt: number, call?: () => Promise<CardCharge>) => {
    const findByReference = api.findByReference;
    const outcome = await sendOnce(resolver, {
      call,
      lookup: findByReference && (() => findByReference(sale.id, new Date(startedAt), new Date(clock.now()))),
      pick: (found) => found.find((charge) => charge.amountCents === sale.amountCents && (sale.card === null || charge.card.last4 === sale.card.last4)),
      startedAt,
    });
    const attempt = (ok: boolean, code: string | null = null) => ({ transactionId, outcome: ok ? ('ok' as const) : ('error' as const), errorCode: code });
    if (outcome.kind === 'made') {
      const { value: charge, others } = outcome;
      reverseAll(sale, others);
      const card = { chargeId: charge.id, view: viewOf(charge) };
      if (charge.status === 'approved') return book.settle(sale.id, attempt(true), { state: 'paid', card, problem: null });
      if (charge.status === 'pending') {
        // 3-D Secure, which a till cannot complete, may still go through: a person checks.
        const problem = toErrorData(outcomeUnknownError('card.outcome_unknown', 'The card charge is still pending'));
        return book.settle(sale.id, attempt(true), { state: 'needs_checking', card, problem });
      }
      const problem = charge.decline
        ? { code: 'provider_rejected' as const, message: `Declined: ${charge.decline.code}`, retryable: false, reason: 'card.declined' }
        : { code: 'provider_rejected' as const, message: `The card charge ended ${charge.status}`, retryable: false, reason: 'card.not_approved' };
      return book.settle(sale.id, attempt(true), { state: 'failed', card, problem });
    }
    if (outcome.kind === 'unknown') {
      const problem = toErrorData(outcomeUnknownError('card.outcome_unknown', 'The till could not learn whether the card was charged'));
      return book.settle(sale.id, attempt(false, problem.code), { state: 'needs_checking', problem });
    }
    if (outcome.kind === 'absent' && findByReference) {
      reverseAll(sale, outcome.orphans);
      // A charge the provider committed later still than we asked is an orphan: one more look, then reversed.
      resolver.lookLater(async () => reverseAll(book.require(sale.id), await findByReference(sale.id, new Date(startedAt), new Date(clock.now()))));
    }
    const failed = book.failed(sale.id, transactionId, outcome.error);
    // Nothing was charged (refused, or not at the provider when asked): the counter says why, and a retry is safe.
    if (failed.state === 'failed') throw outcome.error;
    return failed;
  };

  return {
    async startCard(input) {
      book.assertCounterFree();
      const { provider, selection, account } = hub.active('card');
      const api = cardOf(provider);
      const { paymentType } = input;
      if (!api.paymentTypes.includes(paymentType)) {
        throw invalidInput('card.payment_type_unsupported', `${provider.name} does not take ${paymentType} cards`, 'paymentType');
      }
      if (input.installments > (paymentType === 'debit' ? 1 : api.maxInstallments)) {
        throw invalidInput('card.installments_invalid', 'Too many installments for this card', 'installments');
      }
      const view = source.summary(input, selection);
      const first = { state: 'awaiting_payment' as const, card: { chargeId: null, view } };
      const saving = input.saveCard && 'number' in input.card && api.savedCards !== undefined;
      const opened = book.open({ amountCents: input.amountCents, currency: currencyOf(provider, 'card'), method: 'card', selection, account, first, operation: saving ? 'card.tokenize' : 'card.charge' });
      const { sale } = opened;
      const cardSource = await source.resolve(input, api, selection, sale.id, saving ? opened.transactionId : undefined);
      const transactionId = saving ? book.startAttempt(sale.id, 'card.charge') : opened.transactionId;
      const request: CreateCardCharge = { amountCents: input.amountCents, paymentType, installments: input.installments, source: cardSource, reference: sale.id, transactionId };
      return toSaleView(await finish(api, book.require(sale.id), transactionId, clock.now(), () => api.charge(request)));
    },

    async resolveInterrupted(sale, transactionId, startedAt) {
      await finish(cardOf(hub.forSale(sale)), sale, transactionId, startedAt);
    },

    listSaved() {
      const { selection } = hub.active('card');
      return savedCards.list(selection.id, selection.environment);
    },

    async deleteSaved(savedCardId) {
      const { provider, selection } = hub.active('card');
      await cardOf(provider).savedCards?.delete?.(savedCardId);
      savedCards.delete(selection.id, selection.environment, savedCardId);
      return null;
    },
  };
}

/**
 * The counter as the cashier works it: which entry step is on screen (one `CounterEntry`), the one call
 * under way, and the failure of the last call for the screen it was made from. Main owns the sale; this
 * owns only what happens before main has one, and the calls that move it on.
 */
import type { PosApi } from '../../../src-preload/bridge.ts';
import type { BillView, BridgeErrorData, CounterPreview } from '../../../src-preload/contract.ts';
import type { Cents } from '../../../src-shared/money.ts';
import { applyEntryKey } from './amount-entry.ts';
import type { StartCardInput } from './card-form.ts';
import { entryFromPreview, FRESH_ENTRY, NO_CARD_CHOICE, type CardChoice, type CounterEntry } from './counter-entry.ts';
import { toErrorData } from './error-data.ts';
import { startPixInput, type Payer } from './payer.ts';

type Call = { state: 'idle' } | { state: 'busy' } | { state: 'failed'; error: BridgeErrorData; screen: string };

export class Counter {
  #entry = $state.raw<CounterEntry>(FRESH_ENTRY);
  #call = $state.raw<Call>({ state: 'idle' });
  #payer = $state.raw<Payer | null>(null);
  #card = $state.raw<CardChoice>(NO_CARD_CHOICE);
  #restored = $state.raw(false);
  #typingAhead = false;
  readonly #api: PosApi;
  readonly #screen: () => string;
  readonly #bill: () => BillView | null;

  /**
   * `screen`: the key of the screen on show, so a failure is shown where it happened and nowhere else.
   * `bill`: the bill on the counter (split tender), whose next part starts at what is left.
   */
  constructor(api: PosApi, screen: () => string, bill: () => BillView | null = () => null) {
    this.#api = api;
    this.#screen = screen;
    this.#bill = bill;
  }

  get entry(): CounterEntry {
    return this.#entry;
  }

  get busy(): boolean {
    return this.#call.state === 'busy';
  }

  /** The payer of the last PIX or transfer, offered again. */
  get payer(): Payer | null {
    return this.#payer;
  }

  get card(): CardChoice {
    return this.#card;
  }

  /** False until a reloaded window has read what main was showing the customer. */
  get restored(): boolean {
    return this.#restored;
  }

  /** The failed call of the screen `screen`, if its last call failed. */
  failureOn(screen: string): BridgeErrorData | null {
    return this.#call.state === 'failed' && this.#call.screen === screen ? this.#call.error : null;
  }

  /** Picks up where a reloaded window was: the card or transfer form main still shows the customer. */
  restore(preview: CounterPreview | null): void {
    if (this.#entry.step === 'amount' && this.#entry.amountCents === 0) this.#entry = entryFromPreview(preview);
    this.#restored = true;
  }

  /** The amount as typed on the amount screen (shown too while a form's provider is not known yet). */
  edit(amountCents: Cents): void {
    this.#entry = { step: 'amount', amountCents };
    this.forget();
  }

  /** The next part of a bill starts at what is left; unlike typing, it keeps a failure on show. */
  prefill(amountCents: Cents): void {
    if (this.#entry.step === 'amount') this.#entry = { step: 'amount', amountCents };
  }

  /** Another entry step for the same amount. */
  goTo(step: CounterEntry['step']): void {
    this.forget();
    this.#entry = { step, amountCents: this.#entry.amountCents };
  }

  forget(): void {
    if (this.#call.state === 'failed') this.#call = { state: 'idle' };
  }

  startPix(amountCents: Cents, who: Payer | null): void {
    if (who) this.#payer = who;
    void this.#charge(() => this.#api.invoke('sale.startPix', startPixInput(amountCents, who)));
  }

  startTransfer(amountCents: Cents, who: Payer): void {
    this.#payer = who;
    void this.#charge(() => this.#api.invoke('sale.startBankTransfer', { amountCents, payer: who }));
  }

  startCard(input: StartCardInput): void {
    this.#card = { paymentType: input.paymentType, installments: input.installments };
    void this.#charge(() => this.#api.invoke('sale.startCard', input));
  }

  /** Split payment: a bill for the amount typed; its parts are charged next, each starting at what is left. */
  openBill(totalCents: Cents): void {
    void this.#act(() => this.#api.invoke('bill.open', { totalCents })).then((done) => {
      if (done) this.#entry = this.#fresh();
    });
  }

  /** Cash: paid at once, with the change main works out from what the customer handed over. */
  startCash(amountCents: Cents, receivedCents: Cents): void {
    void this.#charge(() => this.#api.invoke('sale.startCash', { amountCents, receivedCents }));
  }

  /** Expired: fresh deposit details for the same amount, asking for the payer again only if the till no longer has it. */
  transferAgain(amountCents: Cents): void {
    if (this.#payer) this.startTransfer(amountCents, this.#payer);
    else void this.#dismissTo({ step: 'transfer', amountCents });
  }

  /** Declined: the same amount, another card. */
  otherCard(amountCents: Cents): void {
    void this.#dismissTo({ step: 'card', amountCents });
  }

  async newSale(): Promise<void> {
    if (await this.#dismissTo(this.#fresh())) this.#forgetCustomer();
  }

  /**
   * A key typed on a finished sale: the next customer's amount starts with it while the finished sale leaves
   * the counter, and keys typed before main has answered still count.
   */
  typeAhead(key: string): void {
    const next = applyEntryKey(this.#typingAhead ? this.#entry.amountCents : 0, key);
    if (next === undefined) return;
    this.#entry = { step: 'amount', amountCents: next };
    if (this.#typingAhead) return;
    this.#typingAhead = true;
    void this.#act(() => this.#api.invoke('sale.dismiss', {})).then((done) => {
      this.#typingAhead = false;
      if (done) this.#forgetCustomer();
    });
  }

  #forgetCustomer(): void {
    this.#payer = null;
    this.#card = NO_CARD_CHOICE;
  }

  /** A call about the sale on the counter (cancel, simulate), with its failure shown on that screen. */
  run(operation: () => Promise<unknown>): Promise<boolean> {
    return this.#act(operation);
  }

  async #charge(operation: () => Promise<unknown>): Promise<void> {
    if (await this.#act(operation)) this.#entry = this.#fresh();
  }

  /** A new entry: empty, or what is left of the bill on the counter. */
  #fresh(): CounterEntry {
    const bill = this.#bill();
    return bill?.state === 'open' ? { step: 'amount', amountCents: bill.leftCents } : FRESH_ENTRY;
  }

  async #dismissTo(entry: CounterEntry): Promise<boolean> {
    const done = await this.#act(() => this.#api.invoke('sale.dismiss', {}));
    if (done) this.#entry = entry;
    return done;
  }

  async #act(operation: () => Promise<unknown>): Promise<boolean> {
    if (this.#call.state === 'busy') return false;
    this.#call = { state: 'busy' };
    try {
      await operation();
      this.#call = { state: 'idle' };
      return true;
    } catch (caught) {
      this.#call = { state: 'failed', error: toErrorData(caught), screen: this.#screen() };
      return false;
    }
  }
}

/**
 * What both windows know about the till, kept as main tells it: main's sale state machine is the single
 * source of truth, so the sale here only ever changes through `sale.changed` or a fresh `sale.current`.
 */
import type { PosApi } from '../../../src-preload/bridge.ts';
import type { AppInfo, BillView, BridgeErrorData, CounterPreview, SaleView } from '../../../src-preload/contract.ts';
import type { Bridge } from './bridge.ts';
import type { Connection, ConnectionStatus } from './connection.ts';
import { toErrorData } from './error-data.ts';

export class Till {
  #sale = $state.raw<SaleView | null>(null);
  #bill = $state.raw<BillView | null>(null);
  #info = $state.raw<AppInfo | null>(null);
  #preview = $state.raw<CounterPreview | null>(null);
  #status = $state.raw<ConnectionStatus>('open');
  #loadProblem = $state.raw<BridgeErrorData | null>(null);
  readonly api: PosApi;
  readonly #connection: Connection;
  readonly #followPreview: boolean;

  /** `preview`: follow the counter's preview too (the customer display shows it). */
  constructor(bridge: Bridge, options: { preview?: boolean } = {}) {
    this.api = bridge.api;
    this.#connection = bridge.connection;
    this.#status = bridge.connection.status;
    this.#followPreview = options.preview ?? false;
  }

  get sale(): SaleView | null {
    return this.#sale;
  }

  /** The bill on the counter when the customer pays in parts (split tender). */
  get bill(): BillView | null {
    return this.#bill;
  }

  get info(): AppInfo | null {
    return this.#info;
  }

  /** What the cashier is about to charge before a sale exists; followed only by windows that show it. */
  get preview(): CounterPreview | null {
    return this.#preview;
  }

  get status(): ConnectionStatus {
    return this.#status;
  }

  /** Why the till could not be read even though the connection is up. */
  get loadProblem(): BridgeErrorData | null {
    return this.#loadProblem;
  }

  /** Starts following main; returns the function that stops it (an effect's cleanup). */
  follow(): () => void {
    const stops = [
      this.api.on('sale.changed', (sale) => {
        this.#sale = sale;
      }),
      this.api.on('bill.changed', (bill) => {
        this.#bill = bill;
      }),
      this.api.on('app.changed', (info) => {
        this.#info = info;
      }),
      this.#connection.onStatus((status) => {
        const reconnected = status === 'open' && this.#status === 'lost';
        this.#status = status;
        // Events sent while we were away are gone: read the state afresh.
        if (reconnected) void this.refresh();
      }),
    ];
    if (this.#followPreview) {
      stops.push(
        this.api.on('counter.preview', (preview) => {
          this.#preview = preview;
        }),
      );
    }
    void this.refresh();
    return () => {
      for (const stop of stops) stop();
    };
  }

  async refresh(): Promise<void> {
    const [info, sale, preview, bill] = await Promise.allSettled([
      this.api.invoke('app.info', {}),
      this.api.invoke('sale.current', {}),
      this.#followPreview ? this.api.invoke('counter.preview', {}) : Promise.resolve(null),
      this.api.invoke('bill.current', {}),
    ]);
    if (info.status === 'fulfilled') this.#info = info.value;
    if (sale.status === 'fulfilled') this.#sale = sale.value;
    if (preview.status === 'fulfilled') this.#preview = preview.value;
    if (bill.status === 'fulfilled') this.#bill = bill.value;
    const failure = [info, sale, preview, bill].find((result) => result.status === 'rejected');
    this.#loadProblem = failure ? toErrorData(failure.reason) : null;
  }
}

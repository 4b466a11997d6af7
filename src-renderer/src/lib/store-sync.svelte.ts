/**
 * How far the store ledger is behind this till, for the header: `store.status` once, then every
 * `store.changed`. Unknown (null) when main cannot say; selling never waits on it.
 */
import type { PosApi } from '../../../src-preload/bridge.ts';
import type { StoreSyncView } from '../../../src-preload/contract.ts';

export class StoreSyncMonitor {
  status = $state<StoreSyncView | null>(null);
  readonly #api: PosApi;

  constructor(api: PosApi) {
    this.#api = api;
  }

  follow(): () => void {
    const stop = this.#api.on('store.changed', (status) => {
      this.status = status;
    });
    void this.refresh();
    return stop;
  }

  async refresh(): Promise<void> {
    try {
      this.status = await this.#api.invoke('store.status', {});
    } catch {
      // The header simply says nothing about the store.
    }
  }
}

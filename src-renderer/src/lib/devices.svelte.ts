/**
 * The devices as the cashier's window sees them: `devices.status` once, then every `devices.changed`.
 * Cashier only (the customer display may not ask), and never in a sale's way: when main cannot say,
 * the status is simply unknown.
 */
import type { PosApi } from '../../../src-preload/bridge.ts';
import type { DeviceStatusView } from '../../../src-preload/contract.ts';

export class DeviceMonitor {
  #status = $state.raw<DeviceStatusView | null>(null);
  readonly #api: PosApi;

  constructor(api: PosApi) {
    this.#api = api;
  }

  get status(): DeviceStatusView | null {
    return this.#status;
  }

  follow(): () => void {
    const stop = this.#api.on('devices.changed', (status) => {
      this.#status = status;
    });
    void this.refresh();
    return stop;
  }

  async refresh(): Promise<void> {
    try {
      this.#status = await this.#api.invoke('devices.status', {});
    } catch {
      // Unknown is all we can say; the sale goes on without it.
    }
  }
}

/**
 * Who is signed in and which shift is open, as main tells it (`session.changed`), and the idle lock:
 * after the till's idle time without a key or a click, the window asks main to lock.
 */
import type { PosApi } from '../../../src-preload/bridge.ts';
import type { OperatorView, SessionView } from '../../../src-preload/contract.ts';

export class SessionState {
  view = $state<SessionView | null>(null);
  readonly #api: PosApi;

  constructor(api: PosApi) {
    this.#api = api;
  }

  get operator(): OperatorView | null {
    return this.view?.operator ?? null;
  }

  get isManager(): boolean {
    return this.view?.operator?.role === 'manager';
  }

  /** Starts following main; returns the function that stops it (an effect's cleanup). */
  follow(): () => void {
    const stop = this.#api.on('session.changed', (view) => {
      this.view = view;
    });
    void this.refresh();
    return stop;
  }

  async refresh(): Promise<void> {
    try {
      this.view = await this.#api.invoke('session.get', {});
    } catch {
      // The connection banner says it; the next event or reconnection reads it again.
    }
  }

  lock(): void {
    this.#api.invoke('session.lock', {}).then((view) => (this.view = view), () => undefined);
  }

  /** Locks after `idleLockSeconds` without a key or a pointer; returns the cleanup. */
  watchIdle(target: Window): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      const seconds = this.view?.idleLockSeconds ?? 0;
      if (this.view?.operator && seconds > 0) timer = setTimeout(() => this.lock(), seconds * 1000);
    };
    const events = ['keydown', 'pointerdown'] as const;
    for (const name of events) target.addEventListener(name, restart, { capture: true });
    restart();
    return () => {
      clearTimeout(timer);
      for (const name of events) target.removeEventListener(name, restart, { capture: true });
    };
  }
}

/**
 * A settings form's save: under way (its button waits), failed (in the error's words) or done. One save at a
 * time; a new one forgets how the last went.
 */
import type { BridgeErrorData } from '../../../src-preload/contract.ts';
import { toErrorData } from './error-data.ts';

export class Saving {
  #working = $state.raw(false);
  #failure = $state.raw<BridgeErrorData | null>(null);
  #saved = $state.raw(false);

  get working(): boolean {
    return this.#working;
  }

  get failure(): BridgeErrorData | null {
    return this.#failure;
  }

  get saved(): boolean {
    return this.#saved;
  }

  /** How the last save went no longer applies (the form was edited, or is about to be sent again). */
  forget(): void {
    this.#failure = null;
    this.#saved = false;
  }

  /** Runs `save`, which sends the form to main; done unless it throws. */
  async run(save: () => Promise<void>): Promise<void> {
    this.#working = true;
    this.forget();
    try {
      await save();
      this.#saved = true;
    } catch (caught) {
      this.#failure = toErrorData(caught);
    } finally {
      this.#working = false;
    }
  }
}

/**
 * The till's words in its current language, as one object every component reads from context: switching
 * the language swaps the translator underneath, and whatever read a word reads it again.
 */
import type { BridgeErrorData, CardPaymentView, Language, ProviderId } from '../../../src-preload/contract.ts';
import { DEFAULT_LANGUAGE, translator, type MessageKey, type Translator } from './i18n.ts';

export class Locale implements Translator {
  #translator = $state.raw(translator(DEFAULT_LANGUAGE));

  constructor(language: Language = DEFAULT_LANGUAGE) {
    this.use(language);
  }

  get language(): Language {
    return this.#translator.language;
  }

  use(language: Language): void {
    if (language !== this.#translator.language) this.#translator = translator(language);
  }

  t(key: MessageKey, params?: Record<string, string>): string {
    return this.#translator.t(key, params);
  }

  maybe(key: string, params?: Record<string, string>): string | undefined {
    return this.#translator.maybe(key, params);
  }

  error(error: BridgeErrorData): string {
    return this.#translator.error(error);
  }

  decline(decline: NonNullable<CardPaymentView['decline']>, providerId?: ProviderId): string {
    return this.#translator.decline(decline, providerId);
  }
}

/**
 * The UI's words. Main sends stable codes and English messages; the cashier reads plain words in
 * the till's language, with the English message only as a last resort for a code we don't know yet.
 */
import type { BridgeErrorData, Language } from '../../../src-preload/contract.ts';
import { en, type MessageKey } from './messages/en.ts';
import { ptBR } from './messages/pt-br.ts';

export type { MessageKey };

export const catalogs: Record<Language, Record<MessageKey, string>> = { 'pt-BR': ptBR, en };

/** Each language named in itself, so anyone can find their own on the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'pt-BR': 'Português', en: 'English' };

export const DEFAULT_LANGUAGE: Language = 'pt-BR';

export interface Translator {
  language: Language;
  t(key: MessageKey, params?: Record<string, string>): string;
  error(error: BridgeErrorData): string;
}

export function translator(language: Language): Translator {
  const catalog = catalogs[language];
  const lookup = (key: string): string | undefined => (Object.hasOwn(catalog, key) ? catalog[key as MessageKey] : undefined);
  return {
    language,
    t(key, params = {}) {
      return catalog[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
    },
    error(error) {
      return (
        (error.reason === undefined ? undefined : lookup(`error.${error.reason}`)) ??
        lookup(`error.${error.code}`) ??
        error.message
      );
    },
  };
}

/**
 * The UI's words. Main sends stable codes and English messages; the cashier reads plain words in
 * the till's language, with the English message only as a last resort for a code we don't know yet.
 * Provider adapters bring their own error messages (`messages/providers/<provider>.ts`), merged here.
 */
import type { BridgeErrorData, CardPaymentView, Language, ProviderId } from '../../../src-preload/contract.ts';
import { en, type MessageKey } from './messages/en.ts';
import { ptBR } from './messages/pt-br.ts';

export type { MessageKey };

type Catalog = Readonly<Record<string, string>>;
export type ProviderMessages = Record<Language, Catalog>;

function isProviderMessages(value: unknown): value is ProviderMessages {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['pt-BR'] === 'object' && record['pt-BR'] !== null && typeof record.en === 'object' && record.en !== null;
}

/** Each provider file's messages, by file name, whatever it named its export. */
export const providerCatalogs: Record<string, ProviderMessages> = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('./messages/providers/*.ts', { eager: true })).flatMap(([path, module]) => {
    const messages = Object.values(module).find(isProviderMessages);
    const name = /([^/]+)\.ts$/.exec(path)?.[1] ?? path;
    return messages ? [[name, messages] as const] : [];
  }),
);

function merged(language: Language, own: Record<MessageKey, string>): Catalog {
  // The till's own words win where a provider file happens to name the same key.
  return Object.assign({}, ...Object.values(providerCatalogs).map((messages) => messages[language]), own) as Catalog;
}

export const catalogs: Record<Language, Catalog> = { 'pt-BR': merged('pt-BR', ptBR), en: merged('en', en) };

/** Each language named in itself, so anyone can find their own on the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'pt-BR': 'Português', en: 'English' };

export const DEFAULT_LANGUAGE: Language = 'pt-BR';

/** Where each provider's own codes live in the catalogs (`error.gateway.<code>` for the card gateway). */
const CODE_NAMESPACES: Record<ProviderId, string[]> = {
  'card-payments': ['gateway'],
  astrapay: ['astrapay'],
  payments: ['payments', 'payer'],
};
const ALL_NAMESPACES = [...new Set(Object.values(CODE_NAMESPACES).flat())];

export interface Translator {
  language: Language;
  t(key: MessageKey, params?: Record<string, string>): string;
  /** A message whose key is only known at run time (a credential field, a provider's code), if there is one. */
  maybe(key: string, params?: Record<string, string>): string | undefined;
  error(error: BridgeErrorData): string;
  /** A card provider's refusal: its code in our words when the catalog knows it, else its own message. */
  decline(decline: NonNullable<CardPaymentView['decline']>, providerId?: ProviderId): string;
}

export function translator(language: Language): Translator {
  const catalog = catalogs[language];
  const lookup = (key: string): string | undefined => (Object.hasOwn(catalog, key) ? catalog[key] : undefined);
  const fill = (text: string, params: Record<string, string>) =>
    text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
  return {
    language,
    t(key, params = {}) {
      return fill(lookup(key) ?? key, params);
    },
    maybe(key, params = {}) {
      const text = lookup(key);
      return text === undefined ? undefined : fill(text, params);
    },
    error(error) {
      return (
        (error.reason === undefined ? undefined : lookup(`error.${error.reason}`)) ??
        lookup(`error.${error.code}`) ??
        error.message
      );
    },
    decline({ code, message }, providerId) {
      const trimmed = code.trim();
      const namespaces = [...new Set([...(providerId ? CODE_NAMESPACES[providerId] : []), ...ALL_NAMESPACES])];
      const candidates = [
        ...(trimmed.includes('.') ? [`error.${trimmed}`] : []),
        ...namespaces.flatMap((namespace) => [`error.${namespace}.${trimmed}`, `error.${namespace}.${trimmed.toLowerCase()}`]),
      ];
      const general = candidates.map(lookup).find((text) => text !== undefined);
      // Issuers answer with a numbered reason ("51 - Insufficient funds"): the number says more than the code.
      const issuerCode = /^\s*(\d{1,3})\s*-/.exec(message)?.[1];
      const specific = issuerCode === undefined ? undefined : lookup(`decline.${issuerCode}`);
      if (specific !== undefined) return general === undefined ? specific : `${specific} ${general}`;
      return general ?? (message.trim() || lookup('result.declinedNoReason') || code);
    },
  };
}

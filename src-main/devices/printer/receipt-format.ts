/** Dates and amounts as printed: fixed-width 24-hour times, so columns line up on every receipt. */
import type { Language } from '../../../src-preload/contract.ts';

const LOCALES: Record<Language, string> = { 'pt-BR': 'pt-BR', en: 'en-US' };

export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat(LOCALES[language], { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = new Intl.DateTimeFormat(LOCALES[language], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return `${date.format(at)} ${time.format(at)}`;
}

/** A business day (YYYY-MM-DD) is a calendar date, not an instant: formatted without a time zone shift. */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** Sale ids are UUIDs; the first block is enough for a person to match a receipt to the screen. */
export function shortId(id: string): string {
  return id.split('-')[0] ?? id;
}

/**
 * Makes text printable on a device set to a given code page: what the page has stays, accents it lacks
 * are dropped ("não" -> "nao" on cp437), a few typographic signs get ASCII stand-ins, and control
 * characters become spaces so that data (a merchant name, a txid) can never inject a device command.
 */
import { byteFor } from './code-pages.ts';
import type { CodePage } from '../../src-shared/device-settings.ts';

const STAND_INS: Readonly<Record<string, string>> = {
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '•': '*',
  '€': 'EUR',
  ª: 'a',
  º: 'o',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
};

/** Unicode spaces (Intl's money format puts a no-break space after "R$") print as a plain space. */
const ANY_SPACE = /[\s\u00a0\u202f]/u;
const COMBINING_MARKS = /\p{M}/gu;

export function transliterate(text: string, codePage: CodePage): string {
  let out = '';
  for (const char of text) {
    if (ANY_SPACE.test(char) || (char.codePointAt(0) ?? 0) < 0x20) {
      out += ' ';
    } else if (byteFor(char, codePage) !== undefined) {
      out += char;
    } else {
      const standIn = STAND_INS[char] ?? char.normalize('NFD').replace(COMBINING_MARKS, '');
      out += [...standIn].every((c) => byteFor(c, codePage) !== undefined) ? standIn : '?';
    }
  }
  return out;
}

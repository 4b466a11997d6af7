/**
 * The single-byte code pages our printers and pole displays are set to. Bytes 0x20-0x7E are ASCII in all
 * of them; each table here is the upper half, 0x80-0xFF. The receipt encoder does the printer's encoding
 * itself: these tables tell us which characters survive it (anything else is transliterated first) and
 * encode the pole display's text, which no library does for us.
 */
import type { CodePage } from '../../src-shared/device-settings.ts';

const BOX_AND_MATH_437 =
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const UPPER_850 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

const UPPER_HALF: Record<Exclude<CodePage, 'ascii'>, string> = {
  cp437: 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»' + BOX_AND_MATH_437,
  cp850: UPPER_850,
  // cp858 is cp850 with the euro sign where the dotless i was.
  cp858: UPPER_850.replace('ı', '€'),
  cp860: 'ÇüéâãàÁçêÊèÍÔìÃÂÉÀÈôõòÚùÌÕÜ¢£Ù₧ÓáíóúñÑªº¿Ò¬½¼¡«»' + BOX_AND_MATH_437,
};

/** Epson's `ESC t n` numbers, which the pole displays that speak ESC/POS share with the printers. */
export const EPSON_CODE_TABLE: Record<Exclude<CodePage, 'ascii'>, number> = { cp437: 0, cp850: 2, cp858: 19, cp860: 3 };

/** The 128 characters at 0x80-0xFF, or an empty string for plain ASCII. */
export function upperHalf(codePage: CodePage): string {
  return codePage === 'ascii' ? '' : UPPER_HALF[codePage];
}

/** The byte for one character, or undefined when the code page lacks it (control characters included). */
export function byteFor(char: string, codePage: CodePage): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (char.length === 1 && code >= 0x20 && code < 0x7f) return code;
  const index = upperHalf(codePage).indexOf(char);
  return index >= 0 && char.length === 1 ? 0x80 + index : undefined;
}

/** Encodes text that `transliterate` has already made safe; anything else becomes '?'. */
export function encodeText(text: string, codePage: CodePage): Uint8Array {
  return Uint8Array.from([...text], (char) => byteFor(char, codePage) ?? 0x3f);
}

/** The character a device shows for a byte, for emulators and round-trip checks. */
export function charFor(byte: number, codePage: CodePage): string {
  if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte);
  if (byte >= 0x80) return upperHalf(codePage)[byte - 0x80] ?? '?';
  return '?';
}

/**
 * Bytes for 2 x 20 customer pole displays, in the two command sets they ship with (chosen by DIP switch):
 * Epson ESC/POS display commands and CD5220. Lines are transliterated to the display's code page and
 * padded to 20 characters, so each screen fully overwrites the previous one.
 */
import { encodeText, EPSON_CODE_TABLE } from '../code-pages.ts';
import type { CodePage } from '../../../src-shared/device-settings.ts';
import { transliterate } from '../transliterate.ts';

export const DISPLAY_COLUMNS = 20;
export type DisplayLines = readonly [string, string];
export type DisplayCommandSet = 'epson' | 'cd5220';

const ESC = 0x1b;
const US = 0x1f;
const CLEAR = 0x0c;
const CR = 0x0d;

export function fitLine(text: string, codePage: CodePage): string {
  return transliterate(text, codePage).slice(0, DISPLAY_COLUMNS).padEnd(DISPLAY_COLUMNS, ' ');
}

/** Sent once per connection: resets the display and clears it. */
export function displayInit(commandSet: DisplayCommandSet): Uint8Array {
  return commandSet === 'epson' ? Uint8Array.of(ESC, 0x40) : Uint8Array.of(ESC, 0x40, CLEAR);
}

export function displayScreen(lines: DisplayLines, commandSet: DisplayCommandSet, codePage: CodePage): Uint8Array {
  const [upper, lower] = lines.map((line) => encodeText(fitLine(line, codePage), codePage)) as [Uint8Array, Uint8Array];
  if (commandSet === 'cd5220') {
    // String mode (ESC Q A / ESC Q B ... CR); the code page is fixed by the display's DIP switches.
    return Uint8Array.from([ESC, 0x51, 0x41, ...upper, CR, ESC, 0x51, 0x42, ...lower, CR]);
  }
  // Settings go with every screen: a display power-cycled behind a USB adapter forgets them silently.
  const codeTable = codePage === 'ascii' ? [] : [ESC, 0x74, EPSON_CODE_TABLE[codePage]];
  return Uint8Array.from([
    ...codeTable,
    US, 0x01, // overwrite mode
    US, 0x43, 0x00, // cursor off
    US, 0x24, 1, 1, ...upper,
    US, 0x24, 1, 2, ...lower,
  ]);
}

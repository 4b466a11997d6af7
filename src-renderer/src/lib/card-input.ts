/**
 * What the card form's fields look like as the cashier types: the number grouped as printed on the card,
 * the holder's CPF or CNPJ with its usual punctuation, the expiry as MM/AAAA. Formatting only: the checks
 * themselves are the shared ones in src-shared/card-checks.ts and src-shared/document-checks.ts.
 */
import { MAX_CARD_DIGITS, type CardBrand } from '../../../src-shared/card-checks.ts';

export function onlyDigits(text: string, max = Infinity): string {
  return text.replace(/\D/g, '').slice(0, max);
}

/** Amex prints 4-6-5, Diners' 14-digit cards 4-6-4; everything else goes in fours. */
export function groupCardNumber(digits: string, brand: CardBrand | undefined): string {
  const pattern = brand === 'amex' ? [4, 6, 5] : brand === 'diners' && digits.length <= 14 ? [4, 6, 4] : [];
  const groups: string[] = [];
  let rest = digits;
  for (const size of pattern) {
    if (!rest) break;
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  while (rest) {
    groups.push(rest.slice(0, 4));
    rest = rest.slice(4);
  }
  return groups.join(' ');
}

export function maskCardNumber(text: string, brand: CardBrand | undefined): string {
  return groupCardNumber(onlyDigits(text, MAX_CARD_DIGITS), brand);
}

/** 000.000.000-00 while it fits a CPF, 00.000.000/0000-00 once it grows into a CNPJ. */
export function maskDocument(text: string): string {
  const digits = onlyDigits(text, 14);
  const cpf = digits.length <= 11;
  const cuts = cpf ? [3, 6, 9] : [2, 5, 8, 12];
  const marks = cpf ? ['.', '.', '-'] : ['.', '.', '/', '-'];
  let out = '';
  for (let index = 0; index < digits.length; index++) {
    const cut = cuts.indexOf(index);
    if (cut >= 0) out += marks[cut];
    out += digits[index];
  }
  return out;
}

/** MM/AAAA; the slash appears with the first digit of the year, so Backspace never gets stuck on it. */
export function maskExpiry(text: string): string {
  const digits = onlyDigits(text, 6);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

/** The expiry as the contract wants it (MMyyyy); a two-digit year is read as 20yy. */
export function expiryToMMyyyy(masked: string): string {
  const digits = onlyDigits(masked);
  return digits.length === 4 ? `${digits.slice(0, 2)}20${digits.slice(2)}` : digits;
}

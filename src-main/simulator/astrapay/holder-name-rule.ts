/**
 * The sandbox's own reading of a cardholder name, as the Astrapay adapter's README states the rule
 * (seed 000 names the card fields but gives no limits): once trimmed, 2 to 40 characters, each a
 * letter of any alphabet, a space, or one of . ' - as Brazilian names use them.
 */
const HOLDER_NAME = /^[\p{L} .'-]{2,40}$/u;

export function isHolderName(name: string): boolean {
  return HOLDER_NAME.test(name.trim());
}

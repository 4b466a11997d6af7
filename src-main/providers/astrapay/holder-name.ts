/**
 * A cardholder's name as printed on the card: 2 to 40 characters (the till's contract limit) of
 * letters, spaces and the . ' - found in Brazilian names. The sandbox checks it with its own copy.
 */
export type HolderNameProblem = 'holder_name_required' | 'holder_name_too_long' | 'holder_name_invalid';

const MAX_HOLDER_NAME = 40;

export function holderNameProblem(name: string): HolderNameProblem | undefined {
  const trimmed = name.trim();
  if (trimmed.length < 2) return 'holder_name_required';
  if (trimmed.length > MAX_HOLDER_NAME) return 'holder_name_too_long';
  if (!/^[\p{L} .'-]+$/u.test(trimmed)) return 'holder_name_invalid';
  return undefined;
}

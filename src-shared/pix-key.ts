/** The five kinds of PIX key (DICT): CPF, CNPJ, e-mail, +55 phone and random (EVP) key. */
const PIX_KEY_FORMATS: readonly RegExp[] = [
  /^\d{11}$/,
  /^\d{14}$/,
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  /^\+55\d{10,11}$/,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
];

/** DICT's longest key is an e-mail of 77 characters. */
const MAX_PIX_KEY_LENGTH = 77;

export function isPixKey(key: string): boolean {
  return key.length <= MAX_PIX_KEY_LENGTH && PIX_KEY_FORMATS.some((format) => format.test(key));
}

/**
 * The sandbox's own check of a PIX key (`keyPix` of seed 001's static QR), after the Central Bank's
 * DICT key kinds: CPF (11 digits), CNPJ (14 digits), e-mail (at most 77 characters), phone in
 * E.164 with Brazil's +55 and a 10- or 11-digit number, or a random key (EVP, a UUID).
 */
const KINDS: Readonly<Record<string, RegExp>> = {
  cpf: /^\d{11}$/,
  cnpj: /^\d{14}$/,
  email: /^(?=.{1,77}$)[^\s@]+@[^\s@]+\.[^\s@]+$/,
  phone: /^\+55\d{10,11}$/,
  evp: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

export function isPixKey(key: string): boolean {
  return Object.values(KINDS).some((kind) => kind.test(key));
}

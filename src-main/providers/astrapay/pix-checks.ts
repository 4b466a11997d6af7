/** What the till refuses before asking Astrapay's PIX API (limits from seed 001 and our README). */
import { parseBrCode } from '../../pix/br-code.ts';
import type { CreatePixCharge, CreatePixRefund, PixChargeFilter, RefundFilter, StaticPixRequest } from '../provider.ts';
import { checkAmount, checkDocument, checkListWindow, checkText } from './input-checks.ts';
import { invalidInput } from '../../core/errors.ts';
import { isPixKey } from '../../../src-shared/pix-key.ts';
import { CHARGE_STATUS_NAMES } from './pix-requests.ts';

/** BACEN's limit on the message shown to the payer, which Astrapay's description becomes. */
const MAX_DESCRIPTION = 140;

export function checkPixCharge(request: CreatePixCharge): void {
  checkAmount(request.amountCents);
  checkText(request.description, MAX_DESCRIPTION, 'pix.description_too_long', 'description');
  if (request.onlyPayerMayPay && !request.payer) {
    throw invalidInput('pix.payer_required', 'Only the payer may pay, but no payer was given', 'payer');
  }
  if (!request.payer) return;
  const name = request.payer.name.trim();
  if (name === '' || name.length > 200) throw invalidInput('pix.payer_name_invalid', 'The payer needs a name of 1 to 200 characters', 'payer.name');
  checkDocument(request.payer.document, 'payer.document');
}

export function checkChargeFilter(filter: PixChargeFilter): void {
  checkListWindow(filter);
  if (filter.status && !CHARGE_STATUS_NAMES[filter.status]) {
    throw invalidInput('pix.status_unsupported', `Astrapay has no charge status ${filter.status}`, 'status');
  }
  if (filter.document) checkDocument(filter.document, 'document');
}

export function checkRefund(request: CreatePixRefund): void {
  if (!/^[A-Za-z0-9]{1,35}$/.test(request.txid)) throw invalidInput('refund.txid_invalid', 'txid must be 1 to 35 letters or digits', 'txid');
  checkAmount(request.amountCents);
  checkText(request.description, MAX_DESCRIPTION, 'refund.reason_too_long', 'description');
}

export function checkRefundFilter(filter: RefundFilter): void {
  checkListWindow(filter);
}

/** BR Code limits: merchant name 25 and city 15 characters, txid letters and digits up to 25. */
export function checkStaticRequest(request: StaticPixRequest): void {
  if (!isPixKey(request.pixKey)) throw invalidInput('pix.key_invalid', 'The PIX key is not a CPF, CNPJ, e-mail, +55 phone or random key', 'pixKey');
  const name = request.merchantName.trim();
  if (name === '' || name.length > 25) throw invalidInput('pix.merchant_name_invalid', 'The merchant name must have 1 to 25 characters', 'merchantName');
  const city = request.merchantCity.trim();
  if (city === '' || city.length > 15) throw invalidInput('pix.merchant_city_invalid', 'The merchant city must have 1 to 15 characters', 'merchantCity');
  if (request.amountCents !== undefined) checkAmount(request.amountCents);
  if (request.txid !== undefined && !/^[A-Za-z0-9]{1,25}$/.test(request.txid)) {
    throw invalidInput('pix.txid_invalid', 'A static txid is 1 to 25 letters or digits', 'txid');
  }
}

/** Refuses a copy-and-paste code whose structure or CRC is wrong before sending it to be decoded. */
export function checkBrCode(copyAndPaste: string): void {
  try {
    parseBrCode(copyAndPaste);
  } catch {
    throw invalidInput('pix.code_invalid', 'This is not a PIX copy-and-paste code, or it was mistyped (CRC)', 'copyAndPaste');
  }
}

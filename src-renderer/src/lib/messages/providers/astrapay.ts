/**
 * What the cashier reads for Astrapay's own codes (`error.astrapay.<CODE>`: card declines and
 * refusals, see src-main/providers/astrapay/astrapay-codes.ts) and for the reasons the Astrapay
 * adapter gives when it refuses a request before sending it (`error.<reason>`), except those the
 * till's own catalog already words (document.invalid, card.number_invalid...).
 */
const ptBR: Record<string, string> = {
  'error.astrapay.INSUFFICIENT_FUNDS': 'Saldo ou limite insuficiente. Peça outro cartão ou outra forma de pagamento.',
  'error.astrapay.DO_NOT_HONOR': 'O banco do cliente recusou a compra. Peça para o cliente falar com o banco ou usar outro cartão.',
  'error.astrapay.EXPIRED_CARD': 'Cartão vencido. Peça outro cartão.',
  'error.astrapay.INVALID_SECURITY_CODE': 'Código de segurança (CVV) incorreto. Confira com o cliente e tente de novo.',
  'error.astrapay.DECLINED': 'O emissor não autorizou a compra. Peça outro cartão ou outra forma de pagamento.',
  'error.astrapay.CHARGE_NOT_PAID': 'Esta cobrança PIX ainda não foi paga; não há o que devolver.',
  'error.astrapay.REFUND_EXCEEDS_AVAILABLE': 'O valor passa do que ainda pode ser devolvido nesta venda.',
  'error.astrapay.TRANSACTION_NOT_CANCELLABLE': 'Esta transação de cartão não pode mais ser cancelada.',
  'error.astrapay.CANCEL_EXCEEDS_AVAILABLE': 'O valor passa do que ainda pode ser cancelado nesta transação.',
  'error.astrapay.INVALID_QRCODE': 'Este código não é um QR PIX estático válido.',
  'error.astrapay.CARD_VERIFICATION_FAILED': 'O cartão não pôde ser verificado. Confira os dados ou use outro cartão.',

  'error.list.dates_invalid': 'A data inicial precisa ser anterior à data final.',
  'error.list.page_invalid': 'Página inválida na consulta. Tente de novo.',
  'error.pix.payer_required': 'Para aceitar só o pagador indicado, informe o nome e o CPF ou CNPJ dele.',
  'error.pix.payer_name_invalid': 'Informe o nome do pagador.',
  'error.pix.description_too_long': 'A descrição pode ter no máximo 140 caracteres.',
  'error.pix.status_unsupported': 'Este provedor não tem essa situação de cobrança para filtrar.',
  'error.pix.key_invalid': 'Chave PIX inválida. Use CPF, CNPJ, e-mail, celular (+55) ou chave aleatória.',
  'error.pix.merchant_name_invalid': 'O nome da loja no QR precisa ter de 1 a 25 caracteres.',
  'error.pix.merchant_city_invalid': 'A cidade no QR precisa ter de 1 a 15 caracteres.',
  'error.pix.txid_invalid': 'O identificador do QR estático só pode ter letras e números (até 25).',
  'error.pix.code_invalid': 'Este não é um código PIX copia e cola válido, ou foi digitado errado.',
  'error.refund.txid_invalid': 'Não foi possível identificar a cobrança PIX desta venda.',
  'error.card.brand_unknown': 'Não reconhecemos a bandeira deste cartão. Use outro cartão.',
  'error.card.expired': 'Cartão vencido. Peça outro cartão.',
  'error.card.holder_name_invalid': 'O nome do titular só pode ter letras e espaços.',
  'error.card.reference_invalid': 'A referência da venda é longa demais.',
  'error.card.id_invalid': 'Transação de cartão não reconhecida.',
};

const en: Record<string, string> = {
  'error.astrapay.INSUFFICIENT_FUNDS': 'Not enough balance or credit. Ask for another card or another way to pay.',
  'error.astrapay.DO_NOT_HONOR': "The customer's bank declined the purchase. Ask them to call their bank or use another card.",
  'error.astrapay.EXPIRED_CARD': 'The card has expired. Ask for another card.',
  'error.astrapay.INVALID_SECURITY_CODE': 'Wrong security code (CVV). Check it with the customer and try again.',
  'error.astrapay.DECLINED': 'The issuer did not authorize the purchase. Ask for another card or another way to pay.',
  'error.astrapay.CHARGE_NOT_PAID': 'This PIX charge has not been paid yet; there is nothing to refund.',
  'error.astrapay.REFUND_EXCEEDS_AVAILABLE': 'That is more than can still be refunded on this sale.',
  'error.astrapay.TRANSACTION_NOT_CANCELLABLE': 'This card transaction can no longer be cancelled.',
  'error.astrapay.CANCEL_EXCEEDS_AVAILABLE': 'That is more than can still be cancelled on this transaction.',
  'error.astrapay.INVALID_QRCODE': 'This is not a valid static PIX QR code.',
  'error.astrapay.CARD_VERIFICATION_FAILED': 'The card could not be verified. Check the details or use another card.',

  'error.list.dates_invalid': 'The start date must come before the end date.',
  'error.list.page_invalid': 'Invalid page in the search. Try again.',
  'error.pix.payer_required': "To accept only this payer, enter the payer's name and CPF or CNPJ.",
  'error.pix.payer_name_invalid': "Enter the payer's name.",
  'error.pix.description_too_long': 'The description can be at most 140 characters.',
  'error.pix.status_unsupported': 'This provider has no such charge status to filter by.',
  'error.pix.key_invalid': 'Invalid PIX key. Use a CPF, CNPJ, e-mail, mobile (+55) or random key.',
  'error.pix.merchant_name_invalid': 'The shop name on the QR must have 1 to 25 characters.',
  'error.pix.merchant_city_invalid': 'The city on the QR must have 1 to 15 characters.',
  'error.pix.txid_invalid': 'The static QR identifier can only have letters and digits (up to 25).',
  'error.pix.code_invalid': 'This is not a valid PIX copy-and-paste code, or it was mistyped.',
  'error.refund.txid_invalid': "This sale's PIX charge could not be identified.",
  'error.card.brand_unknown': "We don't recognise this card's brand. Use another card.",
  'error.card.expired': 'The card has expired. Ask for another card.',
  'error.card.holder_name_invalid': "The cardholder's name can only have letters and spaces.",
  'error.card.reference_invalid': 'The sale reference is too long.',
  'error.card.id_invalid': 'Card transaction not recognised.',
};

export const astrapayMessages: { 'pt-BR': Record<string, string>; en: Record<string, string> } = { 'pt-BR': ptBR, en };

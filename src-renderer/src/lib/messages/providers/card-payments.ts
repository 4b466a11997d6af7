/**
 * What the cashier reads for the card gateway of seed 004 (src-main/providers/card-payments):
 * `error.gateway.<CODE>` for every row of the gateway's error table, `error.card.<problem>` for every
 * refusal the adapter makes before sending, and `decline.<NN>` for the issuer answers the embedded
 * sandbox gives (the number that starts the decline message, e.g. "51 - Insufficient funds").
 *
 * Key rules (see the adapter's README): codes are upper-cased with apostrophes dropped and other
 * non-alphanumerics turned into `_` ("Split value must be higher than zero" →
 * SPLIT_VALUE_MUST_BE_HIGHER_THAN_ZERO); MSG_GENERAL_ERROR gets a suffix chosen by the gateway's `msg`,
 * and plain MSG_GENERAL_ERROR for any msg we do not know.
 */
const en: Record<string, string> = {
  'error.gateway.MIN_INSTALLMENTS': 'The number of installments must be at least 1.',
  'error.gateway.MAX_INSTALLMENTS': 'The number of installments cannot be more than 12.',
  'error.gateway.INVALID_MONTH_NUMBER': 'The card expiry month is not valid. Check the month (01 to 12).',
  'error.gateway.INCORRECT_EXPIRATION_DATE': 'The card expiry date is in the wrong format. Type it as month and year (MM/YYYY).',
  'error.gateway.EXPIRATION_DATE_NON_NUMERIC': 'The card expiry date may only have numbers.',
  'error.gateway.MSG_GENERAL_ERROR': 'The card gateway refused the payment details. Check the card and try again, or use another card.',
  'error.gateway.MSG_GENERAL_ERROR.UNKNOWN_CARD_BRAND': 'The card number was not recognised. Check the number, or use another card.',
  'error.gateway.MSG_GENERAL_ERROR.DOCUMENT_ID_NOT_FOUND':
    'The gateway does not know a document used in this shop’s payment split. Ask the manager to check the gateway account.',
  'error.gateway.MSG_GENERAL_ERROR.MERCHANT_NOT_ENABLED_CNP':
    'This shop is not enabled for typed-in card payments at the gateway. Ask the manager to contact the gateway, or take another payment method.',
  'error.gateway.AMOUNT_REQUIRED': 'The amount did not reach the card gateway. Start the sale again.',
  'error.gateway.CURRENCY_REQUIRED': 'The currency did not reach the card gateway. Start the sale again.',
  'error.gateway.FIELDS_REQUIRED': 'Some card details are missing (expiry date, holder name or document). Fill them in and try again.',
  'error.gateway.INVALID_CVV': 'The security code is not valid: 3 digits on the back of the card (4 on the front for Amex).',
  'error.gateway.CURRENCY_NOT_SUPPORTED': 'The card gateway does not take this currency. Charge in reais.',
  'error.gateway.CURRENCY_INVALID_FORMAT': 'The card gateway did not accept the currency code. Charge in reais (BRL).',
  'error.gateway.INVALID_AMOUNT': 'The card gateway did not accept the amount. Check it and try again.',
  'error.gateway.AMOUNT_NOT_SUPPORTED': 'The amount is above the card gateway’s limit of R$ 100 million.',
  'error.gateway.AMOUNT_OUT_OF_BOUNDS': 'The amount can only have cents (two decimal places).',
  'error.gateway.SPLIT_VALUE_TOO_HIGH':
    'The gateway refused this shop’s payment split: the split adds up to the whole amount or more. Ask the manager to check the gateway account.',
  'error.gateway.EMPTY_SPLIT': 'The gateway refused this shop’s payment split (no split entries). Ask the manager to check the gateway account.',
  'error.gateway.EMPTY_SPLIT_TYPE': 'The gateway refused this shop’s payment split (no split type). Ask the manager to check the gateway account.',
  'error.gateway.OWNER_IN_SPLIT':
    'The gateway refused this shop’s payment split: the shop itself is listed in it. Ask the manager to check the gateway account.',
  'error.gateway.SPLIT_MERCHANT_DUPLICATION':
    'The gateway refused this shop’s payment split: a document appears twice. Ask the manager to check the gateway account.',
  'error.gateway.INVALID_INSTALLMENTS_PLAN_ENTRY':
    'The gateway refused the installment plan: each installment must be larger than the one before. Choose the installments again.',
  'error.gateway.INSTALLMENTSPLAN_ENTRIES_AND_INSTALLMENTSMISMATCH':
    'The gateway refused the installment plan: it does not match the number of installments. Choose the installments again.',
  'error.gateway.INSTALLMENTS_PLAN_CANT_BE_EMPTY': 'The gateway refused an empty installment plan. Choose the installments again.',
  'error.gateway.INVALID_NULL_OR_ZERO_INSTALLMENTS_PLAN_ENTRY':
    'The gateway refused the installment plan: no installment may be zero. Choose the installments again.',
  'error.gateway.CUSTOM_NOT_ALLOWED': 'This shop may not use a custom installment plan at the gateway. Choose a standard number of installments.',
  'error.gateway.CARDBRAND_NOT_ALLOWED': 'Custom installment plans only work with Visa cards. Choose a standard number of installments.',
  'error.gateway.SPLIT_VALUE_MUST_BE_HIGHER_THAN_ZERO':
    'The gateway refused this shop’s payment split: a split value is zero. Ask the manager to check the gateway account.',
  'error.gateway.CANT_HAVE_MORE_THAN_20_SPLITS_ENTRIES':
    'The gateway refused this shop’s payment split: more than 20 entries. Ask the manager to check the gateway account.',
  'error.gateway.AUTHORIZER_REJECTED': 'The card’s bank declined the payment. Ask the customer for another card or payment method.',

  'error.card.number_required': 'Type the card number.',
  'error.card.number_not_numeric': 'The card number may only have digits.',
  'error.card.number_too_long': 'The card number has more than 19 digits. Check it.',
  'error.card.unknown_brand': 'This card brand is not accepted. Use Visa, Mastercard, Amex, Elo, Hipercard, Diners, Discover or JCB.',
  'error.card.number_length': 'The card number has too few or too many digits for its brand. Check it.',
  'error.card.number_invalid': 'The card number is not valid. Check for a mistyped digit.',
  'error.card.expiry_required': 'Type the card expiry date.',
  'error.card.expiry_format': 'Type the expiry date as month and year (MM/YYYY).',
  'error.card.expiry_month': 'The expiry month must be 01 to 12.',
  'error.card.expired': 'This card has expired. Ask for another card.',
  'error.card.cvv_invalid': 'The security code must be 3 digits (4 for Amex).',
  'error.card.holder_name_required': 'Type the name printed on the card.',
  'error.card.holder_document_required': 'Type the card holder’s CPF or CNPJ.',
  'error.card.holder_document_invalid': 'The CPF or CNPJ is not valid. Check the digits.',
  'error.card.installments_invalid': 'Choose from 1 to 12 installments.',
  'error.card.debit_installments': 'Debit is paid in a single installment.',
  'error.card.amount_invalid': 'The amount must be more than zero.',
  'error.card.amount_too_large': 'The amount is above the card gateway’s limit of R$ 100 million.',
  'error.card.saved_card_invalid': 'This saved card is not valid any more. Type the card in full.',
  'error.card.declined': 'The card was not accepted. Ask the customer for another card or payment method.',
  'error.card.outcome_unknown':
    'We do not know whether the card was charged. Do NOT charge again: check the card gateway’s portal or the customer’s bank app first.',

  'decline.14': 'The card number is not valid at the bank.',
  'decline.46': 'The bank needs the card holder to identify themselves. Ask for another card or payment method.',
  'decline.51': 'Insufficient funds.',
  'decline.54': 'The card has expired.',
};

const ptBR: Record<string, string> = {
  'error.gateway.MIN_INSTALLMENTS': 'O número de parcelas deve ser pelo menos 1.',
  'error.gateway.MAX_INSTALLMENTS': 'O número de parcelas não pode passar de 12.',
  'error.gateway.INVALID_MONTH_NUMBER': 'O mês de validade do cartão é inválido. Confira o mês (01 a 12).',
  'error.gateway.INCORRECT_EXPIRATION_DATE': 'A validade do cartão está no formato errado. Digite mês e ano (MM/AAAA).',
  'error.gateway.EXPIRATION_DATE_NON_NUMERIC': 'A validade do cartão só pode ter números.',
  'error.gateway.MSG_GENERAL_ERROR': 'A operadora do cartão recusou os dados do pagamento. Confira o cartão e tente de novo, ou use outro cartão.',
  'error.gateway.MSG_GENERAL_ERROR.UNKNOWN_CARD_BRAND': 'O número do cartão não foi reconhecido. Confira o número ou use outro cartão.',
  'error.gateway.MSG_GENERAL_ERROR.DOCUMENT_ID_NOT_FOUND':
    'A operadora não reconhece um documento da divisão de pagamento da loja. Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.MSG_GENERAL_ERROR.MERCHANT_NOT_ENABLED_CNP':
    'A loja não está habilitada na operadora para cartão digitado. Peça ao gerente para falar com a operadora ou use outra forma de pagamento.',
  'error.gateway.AMOUNT_REQUIRED': 'O valor não chegou à operadora do cartão. Comece a venda de novo.',
  'error.gateway.CURRENCY_REQUIRED': 'A moeda não chegou à operadora do cartão. Comece a venda de novo.',
  'error.gateway.FIELDS_REQUIRED': 'Faltam dados do cartão (validade, nome ou documento do titular). Preencha e tente de novo.',
  'error.gateway.INVALID_CVV': 'O código de segurança é inválido: 3 dígitos no verso do cartão (4 na frente, no Amex).',
  'error.gateway.CURRENCY_NOT_SUPPORTED': 'A operadora do cartão não aceita esta moeda. Cobre em reais.',
  'error.gateway.CURRENCY_INVALID_FORMAT': 'A operadora do cartão não aceitou o código da moeda. Cobre em reais (BRL).',
  'error.gateway.INVALID_AMOUNT': 'A operadora do cartão não aceitou o valor. Confira e tente de novo.',
  'error.gateway.AMOUNT_NOT_SUPPORTED': 'O valor passa do limite da operadora do cartão, de R$ 100 milhões.',
  'error.gateway.AMOUNT_OUT_OF_BOUNDS': 'O valor só pode ter centavos (duas casas decimais).',
  'error.gateway.SPLIT_VALUE_TOO_HIGH':
    'A operadora recusou a divisão de pagamento da loja: a soma da divisão é igual ou maior que o valor. Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.EMPTY_SPLIT': 'A operadora recusou a divisão de pagamento da loja (sem participantes). Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.EMPTY_SPLIT_TYPE': 'A operadora recusou a divisão de pagamento da loja (sem tipo de divisão). Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.OWNER_IN_SPLIT':
    'A operadora recusou a divisão de pagamento da loja: a própria loja está na divisão. Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.SPLIT_MERCHANT_DUPLICATION':
    'A operadora recusou a divisão de pagamento da loja: um documento aparece duas vezes. Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.INVALID_INSTALLMENTS_PLAN_ENTRY':
    'A operadora recusou o plano de parcelas: cada parcela deve ser maior que a anterior. Escolha as parcelas de novo.',
  'error.gateway.INSTALLMENTSPLAN_ENTRIES_AND_INSTALLMENTSMISMATCH':
    'A operadora recusou o plano de parcelas: ele não bate com o número de parcelas. Escolha as parcelas de novo.',
  'error.gateway.INSTALLMENTS_PLAN_CANT_BE_EMPTY': 'A operadora recusou um plano de parcelas vazio. Escolha as parcelas de novo.',
  'error.gateway.INVALID_NULL_OR_ZERO_INSTALLMENTS_PLAN_ENTRY':
    'A operadora recusou o plano de parcelas: nenhuma parcela pode ser zero. Escolha as parcelas de novo.',
  'error.gateway.CUSTOM_NOT_ALLOWED': 'A loja não pode usar plano de parcelas personalizado na operadora. Escolha um número de parcelas padrão.',
  'error.gateway.CARDBRAND_NOT_ALLOWED': 'Plano de parcelas personalizado só vale para cartão Visa. Escolha um número de parcelas padrão.',
  'error.gateway.SPLIT_VALUE_MUST_BE_HIGHER_THAN_ZERO':
    'A operadora recusou a divisão de pagamento da loja: há um valor zerado. Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.CANT_HAVE_MORE_THAN_20_SPLITS_ENTRIES':
    'A operadora recusou a divisão de pagamento da loja: mais de 20 participantes. Peça ao gerente para verificar a conta na operadora.',
  'error.gateway.AUTHORIZER_REJECTED': 'O banco do cartão recusou o pagamento. Peça outro cartão ou outra forma de pagamento.',

  'error.card.number_required': 'Digite o número do cartão.',
  'error.card.number_not_numeric': 'O número do cartão só pode ter dígitos.',
  'error.card.number_too_long': 'O número do cartão tem mais de 19 dígitos. Confira.',
  'error.card.unknown_brand': 'Esta bandeira não é aceita. Use Visa, Mastercard, Amex, Elo, Hipercard, Diners, Discover ou JCB.',
  'error.card.number_length': 'O número do cartão tem dígitos de menos ou de mais para a bandeira. Confira.',
  'error.card.number_invalid': 'O número do cartão é inválido. Confira se algum dígito foi digitado errado.',
  'error.card.expiry_required': 'Digite a validade do cartão.',
  'error.card.expiry_format': 'Digite a validade como mês e ano (MM/AAAA).',
  'error.card.expiry_month': 'O mês da validade deve ser de 01 a 12.',
  'error.card.expired': 'Este cartão está vencido. Peça outro cartão.',
  'error.card.cvv_invalid': 'O código de segurança deve ter 3 dígitos (4 no Amex).',
  'error.card.holder_name_required': 'Digite o nome impresso no cartão.',
  'error.card.holder_document_required': 'Digite o CPF ou CNPJ do titular do cartão.',
  'error.card.holder_document_invalid': 'O CPF ou CNPJ é inválido. Confira os dígitos.',
  'error.card.installments_invalid': 'Escolha de 1 a 12 parcelas.',
  'error.card.debit_installments': 'No débito o pagamento é à vista, em uma parcela.',
  'error.card.amount_invalid': 'O valor deve ser maior que zero.',
  'error.card.amount_too_large': 'O valor passa do limite da operadora do cartão, de R$ 100 milhões.',
  'error.card.saved_card_invalid': 'Este cartão salvo não é mais válido. Digite o cartão completo.',
  'error.card.declined': 'O cartão não foi aceito. Peça outro cartão ou outra forma de pagamento.',
  'error.card.outcome_unknown':
    'Não sabemos se o cartão foi cobrado. NÃO cobre de novo: confira antes no portal da operadora ou no app do banco do cliente.',

  'decline.14': 'O número do cartão é inválido para o banco.',
  'decline.46': 'O banco exige a identificação do titular. Peça outro cartão ou outra forma de pagamento.',
  'decline.51': 'Saldo insuficiente.',
  'decline.54': 'Cartão vencido.',
};

export const cardPaymentsMessages: { 'pt-BR': Record<string, string>; en: Record<string, string> } = { 'pt-BR': ptBR, en };

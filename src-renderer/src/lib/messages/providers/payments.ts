/**
 * What the cashier reads for the payments gateway of seed 002 (src-main/providers/payments):
 * `error.payer.<problem>` and `error.payment.<problem>` for every refusal the adapter makes before
 * sending, so the cashier can fix the payer form or tell the manager what the settings need.
 * The adapter's other reasons (provider.*, sale.not_payable) already have messages in the main catalogs.
 * `settings.credential.*` label the adapter's three non-secret settings, which ride with the API key.
 */
const en: Record<string, string> = {
  'error.payer.required': 'This payment provider needs the customer’s name, e-mail and CPF. Fill them in and try again.',
  'error.payer.name_length': 'The customer’s name must have 3 to 150 letters.',
  'error.payer.email_required': 'Type the customer’s e-mail: this payment provider requires it.',
  'error.payer.email_format': 'The customer’s e-mail is not valid. Check it (name@provider.com).',
  'error.payer.email_length':
    'This payment provider only accepts e-mails of 30 to 255 characters. A shorter e-mail is refused: ask the customer for another one, or take another payment method.',
  'error.payer.cpf_invalid': 'The CPF is not valid. Type the customer’s 11 CPF digits again (numbers only).',
  'error.payment.amount_not_cents': 'The amount can only have centavos (two decimal places).',
  'error.payment.amount_below_minimum': 'This payment provider only takes payments of 2.00 or more.',
  'error.payment.amount_too_large': 'This amount is above what the payment provider takes.',
  'error.payment.currency_unsupported':
    'The currency in this provider’s settings is not USD or BRL. Ask the manager to fix it in Settings (leave it blank for reais).',
  'error.payment.callback_invalid':
    'The notification address in this provider’s settings is not valid (an http or https address of 30 to 250 characters). Ask the manager to fix it in Settings, or leave it blank.',
  'error.payment.transaction_id_length': 'This sale cannot be sent to the payment provider. Start a new sale.',
  'error.payment.branch_length': 'The branch name in this provider’s settings is too long (255 characters at most). Ask the manager to fix it in Settings.',
  'error.payment.expire_in_invalid': 'The QR code lifetime is not valid. Ask the manager to check the PIX settings.',
  'error.payment.page_invalid': 'That page of the list does not exist. Go back to the first page.',
  'settings.credential.currency': 'Currency: BRL or USD (blank = BRL)',
  'settings.credential.callbackUrl': 'Notification URL (optional; the till checks payments by itself)',
  'settings.credential.branch': 'Branch (optional)',
};

const ptBR: Record<string, string> = {
  'error.payer.required': 'Este provedor de pagamento precisa do nome, e-mail e CPF do cliente. Preencha e tente de novo.',
  'error.payer.name_length': 'O nome do cliente precisa ter de 3 a 150 letras.',
  'error.payer.email_required': 'Digite o e-mail do cliente: este provedor de pagamento exige.',
  'error.payer.email_format': 'O e-mail do cliente não é válido. Confira (nome@provedor.com).',
  'error.payer.email_length':
    'Este provedor de pagamento só aceita e-mails de 30 a 255 caracteres. Um e-mail mais curto é recusado: peça outro ao cliente ou use outra forma de pagamento.',
  'error.payer.cpf_invalid': 'O CPF não é válido. Digite de novo os 11 números do CPF do cliente (só números).',
  'error.payment.amount_not_cents': 'O valor só pode ter centavos (duas casas decimais).',
  'error.payment.amount_below_minimum': 'Este provedor de pagamento só aceita pagamentos a partir de 2,00.',
  'error.payment.amount_too_large': 'Esse valor passa do limite do provedor de pagamento.',
  'error.payment.currency_unsupported':
    'A moeda nas configurações deste provedor não é USD nem BRL. Peça ao gerente para corrigir nas Configurações (em branco = reais).',
  'error.payment.callback_invalid':
    'O endereço de notificação nas configurações deste provedor não é válido (um endereço http ou https de 30 a 250 caracteres). Peça ao gerente para corrigir nas Configurações ou deixar em branco.',
  'error.payment.transaction_id_length': 'Não foi possível enviar esta venda ao provedor de pagamento. Comece uma nova venda.',
  'error.payment.branch_length': 'O nome da filial nas configurações deste provedor é longo demais (no máximo 255 caracteres). Peça ao gerente para corrigir nas Configurações.',
  'error.payment.expire_in_invalid': 'O tempo de validade do QR code não é válido. Peça ao gerente para conferir as configurações de PIX.',
  'error.payment.page_invalid': 'Essa página da lista não existe. Volte para a primeira página.',
  'settings.credential.currency': 'Moeda: BRL ou USD (em branco = BRL)',
  'settings.credential.callbackUrl': 'URL de notificação (opcional; o caixa confere os pagamentos sozinho)',
  'settings.credential.branch': 'Filial (opcional)',
};

export const paymentsMessages: { 'pt-BR': Record<string, string>; en: Record<string, string> } = { 'pt-BR': ptBR, en };

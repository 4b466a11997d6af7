import type { customer as en } from '../en/customer.ts';

/** The customer display. */
export const customer: Record<keyof typeof en, string> = {
  'customer.payWithCard': 'Pagamento no cartão',
  'customer.cardWait': 'Aguarde a aprovação…',
  'customer.declined': 'Cartão recusado',
  'customer.declinedDetail': 'Por favor, fale com o caixa.',
  'customer.welcome': 'Bem-vindo!',
  'customer.welcomeDetail': 'O valor da sua compra aparecerá aqui.',
  'customer.preparing': 'Preparando o seu pagamento…',
  'customer.payWithPix': 'Pague com PIX',
  'customer.scan': 'Abra o app do seu banco e leia o QR Code.',
  'customer.paid': 'Pagamento aprovado — obrigado!',
  'customer.expired': 'QR expirado',
  'customer.expiredDetail': 'Peça um novo QR ao caixa.',
  'customer.cancelled': 'Venda cancelada',
  'customer.failed': 'Pagamento não concluído',
  'customer.failedDetail': 'Por favor, fale com o caixa.',
  'customer.payByTransfer': 'Pague por transferência',
  'customer.transferExact': 'Transfira exatamente este valor para a conta abaixo.',
  'customer.transferExpired': 'Prazo do depósito esgotado',
  'customer.previewTransfer': 'Pagamento por transferência',
  'customer.previewTransferDetail': 'Os dados da conta para o depósito aparecem aqui em instantes.',

  'customer.cardKeyed': 'O caixa está digitando o cartão',

  // Offline PIX (issue 8, point 5).
  'customer.staticPixProof': 'Leia com o app do seu banco, pague e mostre o comprovante ao caixa.',
};

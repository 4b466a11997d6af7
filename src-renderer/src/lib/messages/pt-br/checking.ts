import type { checking as en } from '../en/checking.ts';

/** Money the till could not settle alone: sales to check by hand and alerts (late payments, reversals, full disk). */
export const checking: Record<keyof typeof en, string> = {
  'checking.title': 'Conferir: o cliente foi cobrado?',
  'checking.hint': 'O caixa não conseguiu saber o resultado. Confira no portal do provedor ou no comprovante do cartão e registre o que aconteceu.',
  'checking.provider': 'Provedor',
  'checking.account': 'Conta',
  'checking.amount': 'Valor',
  'checking.time': 'Hora',
  'checking.reference': 'Referência',
  'checking.last4': 'Cartão final',
  'checking.charged': 'Foi cobrado',
  'checking.notCharged': 'Não foi cobrado',
  'checking.managerOnly': 'Um gerente precisa confirmar.',
  'alert.latePayment': 'Pagamento atrasado: chegaram {amount} de uma venda já cancelada ou expirada.',
  'alert.reversal': 'O caixa estornou uma cobrança de {amount} que não pertencia a nenhuma venda.',
  'alert.reversalFailed': 'O caixa não conseguiu estornar uma cobrança de {amount} que não pertence a nenhuma venda. Um gerente deve resolver na conciliação.',
  'alert.refundTwice': 'O provedor pagou duas vezes uma devolução de {amount}. O cliente recebeu em dobro: confira a venda.',
  'alert.refundTwiceOtherTill': 'O provedor pagou duas vezes uma devolução de {amount} que este caixa fez de uma venda do caixa {till}. O cliente recebeu em dobro: avise um gerente.',
  'alert.diskFull': 'O disco está cheio: o caixa não consegue gravar seus registros. Libere espaço; nenhum cartão será cobrado até lá.',
  'alert.refund': 'Devolver (R)',
  'alert.dismiss': 'OK (Esc)',
  'alert.refundReason': 'Pagamento atrasado',
  'result.needsChecking': 'Conferir: não cobre de novo',
  'error.sale.outcome_unknown': 'O caixa não conseguiu saber se a cobrança foi criada. Ela está marcada “Conferir” nas vendas do dia.',
  'error.sale.not_charged': 'Um gerente registrou que o cliente não foi cobrado. Pode cobrar de novo.',
  'error.checking.outcome_invalid': 'Escolha se o cliente foi cobrado ou não.',
};

import type { access as en } from '../en/access.ts';

/** Settings → Access: credential storage, tablet pairing, access tokens. */
export const access: Record<keyof typeof en, string> = {
  'settings.access': 'Acesso',
  'access.title': 'Acesso e segurança',
  'access.storage': 'As credenciais dos provedores de pagamento estão protegidas por',
  'access.storage.os_keyring': 'chaveiro do sistema operacional',
  'access.storage.basic_text': 'apenas ofuscação (não há chaveiro neste computador)',
  'access.storage.plain_file': 'um arquivo que só o usuário deste computador lê (sem criptografia)',
  'access.weakHint': 'Sem chaveiro, credenciais de produção são recusadas até um gerente permitir.',
  'access.weakConfirm': 'Permitir credenciais de produção sem chaveiro (gerente)',
  'access.weakConfirmed': 'Um gerente permitiu credenciais de produção sem chaveiro.',
  'access.tablet': 'Tela do cliente em um tablet',
  'access.tabletHint': 'Leia o código com o tablet na rede da loja. Aceite o certificado só se a impressão digital mostrada no tablet for esta:',
  'access.pairingQr': 'QR Code de pareamento do tablet',
  'access.fingerprint': 'Impressão digital do certificado (SHA-256)',
  'access.noLan': 'Para mostrar a tela do cliente em um tablet, inicie o caixa com --listen <endereço deste computador>.',
  'access.tokens': 'Tokens de acesso',
  'access.rotateHint': 'Trocar os tokens desconecta todas as páginas abertas e tablets pareados; eles precisam ser abertos de novo com o novo endereço.',
  'access.rotate': 'Trocar tokens de acesso (gerente)',
  'access.rotateConfirm': 'Clique de novo para trocar os tokens',
  'access.autoStart': 'Iniciar o caixa quando o usuário deste computador entrar (gerente)',
  'error.shell.no_tokens': 'Este caixa não tem tokens de acesso para trocar.',
  'error.shell.no_auto_start': 'Este caixa não consegue iniciar sozinho ao entrar no sistema.',
  'error.secrets.weak_storage':
    'Este computador não tem chaveiro: um gerente precisa permitir credenciais de produção antes (Configurações → Acesso).',
};

/** The Electron shell as Settings sees it: which storage protects credentials, start at login; no web tokens to rotate or pair. */
import type { SecretProtection, ShellAccessView } from '../../src-preload/contract.ts';
import { invalidState } from '../core/errors.ts';
import type { ShellPort } from '../core/ports.ts';
import type { Confirmation } from './weak-storage-guard.ts';
import type { LoginItem } from './xdg-autostart.ts';

export function createElectronShellPort(protection: SecretProtection, confirmation: Confirmation, loginItem: LoginItem): ShellPort {
  const access = (): ShellAccessView => ({
    secretStorage: protection,
    weakStorageConfirmed: confirmation.get(),
    pairingUrl: null,
    certificateFingerprint: null,
    cashierUrl: null,
    canRotateTokens: false,
    autoStart: loginItem.get(),
  });
  return {
    access,
    rotateTokens() {
      throw invalidState('shell.no_tokens', 'The Electron shell has no access tokens');
    },
    confirmWeakStorage() {
      confirmation.set();
      return access();
    },
    setAutoStart(enabled) {
      loginItem.set(enabled);
      return access();
    },
  };
}

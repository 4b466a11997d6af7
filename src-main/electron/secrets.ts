/**
 * Credentials encrypted with the OS keyring through safeStorage, stored as ciphertext in their own
 * electron-store file. On Linux without a keyring safeStorage falls back to `basic_text`: we say so,
 * and production credentials then need a manager's confirmation (weak-storage-guard.ts).
 */
import { safeStorage } from 'electron';
import Store from 'electron-store';
import type { SecretProtection } from '../../src-preload/contract.ts';
import type { Logger, SecretStore } from '../core/ports.ts';
import { guardWeakStorage, type Confirmation } from './weak-storage-guard.ts';

export function secretProtection(): SecretProtection {
  return process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text' ? 'basic_text' : 'os_keyring';
}

/** Kept apart from the credentials: whether a manager accepted `basic_text` for production ones. */
export function createWeakStorageConfirmation(): Confirmation {
  const store = new Store<{ weakStorageConfirmed: boolean }>({ name: 'security', defaults: { weakStorageConfirmed: false } });
  return { get: () => store.get('weakStorageConfirmed'), set: () => store.set('weakStorageConfirmed', true) };
}

export function createSafeStorageSecrets(logger: Logger, protection: SecretProtection, confirmation: Confirmation): SecretStore {
  const store = new Store<Record<string, string>>({ name: 'secrets' });
  if (protection === 'basic_text') {
    logger.warn('No OS keyring found: credentials are only obfuscated on disk (safeStorage backend basic_text)');
  }
  const sealed: SecretStore = {
    get(name) {
      const value = store.get(name);
      return value === undefined ? undefined : safeStorage.decryptString(Buffer.from(value, 'base64'));
    },
    set(name, value) {
      store.set(name, safeStorage.encryptString(value).toString('base64'));
    },
    delete(name) {
      store.delete(name);
    },
  };
  return guardWeakStorage(sealed, protection, confirmation);
}

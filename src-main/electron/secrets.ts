/**
 * Credentials encrypted with the OS keyring through safeStorage, stored as ciphertext in their own
 * electron-store file. On Linux without a keyring safeStorage falls back to `basic_text`: we say so.
 */
import { safeStorage } from 'electron';
import Store from 'electron-store';
import type { Logger, SecretStore } from '../core/ports.ts';

export function createSafeStorageSecrets(logger: Logger): SecretStore {
  const store = new Store<Record<string, string>>({ name: 'secrets' });
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    logger.warn('No OS keyring found: credentials are only obfuscated on disk (safeStorage backend basic_text)');
  }
  return {
    get(name) {
      const sealed = store.get(name);
      return sealed === undefined ? undefined : safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    },
    set(name, value) {
      store.set(name, safeStorage.encryptString(value).toString('base64'));
    },
    delete(name) {
      store.delete(name);
    },
  };
}

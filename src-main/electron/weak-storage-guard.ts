/**
 * Without an OS keyring, Electron's safeStorage only obfuscates (`basic_text`). Production credentials
 * are then refused unless a manager has accepted that risk (Settings → Access); sandbox ones are not money.
 */
import type { SecretProtection } from '../../src-preload/contract.ts';
import { forbidden } from '../core/errors.ts';
import type { SecretStore } from '../core/ports.ts';

export interface Confirmation {
  get(): boolean;
  set(): void;
}

/** Secret names are `<provider>.<environment>.<field>`. */
const isProduction = (name: string) => name.split('.')[1] === 'production';

export function guardWeakStorage(store: SecretStore, protection: SecretProtection, confirmation: Confirmation): SecretStore {
  return {
    get: (name) => store.get(name),
    delete: (name) => store.delete(name),
    set(name, value) {
      if (protection === 'basic_text' && isProduction(name) && !confirmation.get()) {
        throw forbidden('secrets.weak_storage', 'No OS keyring: production credentials need a manager to confirm');
      }
      store.set(name, value);
    },
  };
}

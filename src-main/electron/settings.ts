import Store from 'electron-store';
import { cachedSettings } from '../core/cached-settings.ts';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from '../core/ports.ts';

/** electron-store in the app's userData folder; the same file format the web shell writes with `conf`. */
export function createElectronSettings(): SettingsStore {
  const store = new Store<Settings>({ name: 'settings', defaults: DEFAULT_SETTINGS });
  return cachedSettings({ store: store.store, write: (key, value) => store.set(key, value as Exclude<typeof value, undefined>) });
}

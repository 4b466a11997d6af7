/**
 * The settings file, read once and written through. The till's process is the file's only writer, and the
 * libraries behind it (conf, electron-store) read and parse the whole file on every get: several times per
 * bridge call (the gate asks whether the till is in demo), about a third of a PIX charge's own cost.
 */
import type { Settings, SettingsStore } from './ports.ts';

export interface SettingsFile {
  readonly store: Settings;
  write<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

export function cachedSettings(file: SettingsFile): SettingsStore {
  let current: Settings = file.store;
  return {
    get: (key) => current[key],
    set(key, value) {
      file.write(key, value);
      current = { ...current, [key]: value };
    },
  };
}

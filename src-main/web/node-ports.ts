/**
 * Ports for the till under plain Node (web shell, simulator CLI, tests, benchmarks).
 * Settings use `conf`, the library electron-store is built on, so both shells read the same file format.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { secureDataDir } from './data-dir.ts';
import { cachedSettings } from '../core/cached-settings.ts';
import { DEFAULT_SETTINGS, systemClock, systemScheduler, type Logger, type Ports, type SecretStore, type Settings, type SettingsStore } from '../core/ports.ts';

export function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'pdv');
}

export function createConfSettings(dataDir: string, initial: Partial<Settings> = {}): SettingsStore {
  const conf = new Conf<Settings>({ cwd: dataDir, configName: 'settings', defaults: { ...DEFAULT_SETTINGS, ...initial } });
  return cachedSettings({ store: conf.store, write: (key, value) => conf.set(key, value as Exclude<typeof value, undefined>) });
}

/**
 * STAND-IN, NOT ENCRYPTED: outside Electron there is no OS keyring (safeStorage), so credentials sit in a
 * file only the current user can read. The Electron shell uses safeStorage instead.
 */
export function createFileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, 'secrets.plain.json');
  const read = (): Record<string, string> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
  const write = (values: Record<string, string>) => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(values), { mode: 0o600 });
    chmodSync(file, 0o600);
  };
  return {
    get: (name) => read()[name],
    set: (name, value) => write({ ...read(), [name]: value }),
    delete(name) {
      const { [name]: _removed, ...rest } = read();
      write(rest);
    },
  };
}

export function createNodePorts(dataDir: string, logger: Logger, initialSettings: Partial<Settings> = {}): Ports {
  secureDataDir(dataDir);
  return {
    settings: createConfSettings(dataDir, initialSettings),
    secrets: createFileSecretStore(dataDir),
    dataDir,
    clock: systemClock,
    scheduler: systemScheduler,
    fetch: globalThis.fetch,
    logger,
  };
}

/** Where the Electron binary is, fetching it once when it is missing (the npm package downloads it on first use). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronDir = join(resolve(import.meta.dirname, '..'), 'node_modules', 'electron');

export const electronVersion = (): string =>
  (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;

function electronBinary(): string | undefined {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

export function obtainElectron(): string | undefined {
  const found = electronBinary();
  if (found) return found;
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return install.status === 0 ? electronBinary() : undefined;
}

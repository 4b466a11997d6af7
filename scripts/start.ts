/**
 * `npm start`: build, then run the Electron shell. Where the Electron binary cannot be obtained
 * (no download allowed, unsupported platform), say so in one line and run the web shell instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function electronBinary(): string | undefined {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function obtainElectron(): string | undefined {
  const found = electronBinary();
  if (found) return found;
  // Electron downloads its binary on first use; give it one quiet chance.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return install.status === 0 ? electronBinary() : undefined;
}

const build = spawnSync(bin('electron-vite'), ['build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = obtainElectron();
const child = electron
  ? spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root })
  : (console.log('Electron binary is not available on this machine (it could not be downloaded); starting the web shell instead.'),
    spawn(process.execPath, [join(root, 'src-main/web/cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

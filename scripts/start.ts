/**
 * `npm start`: build, then run the Electron shell. Where the Electron binary cannot be obtained
 * (no download allowed, unsupported platform), say so in one line and run the web shell instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { obtainElectron } from './electron-binary.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const build = spawnSync(bin('electron-vite'), ['build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = obtainElectron();
const child = electron
  ? spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root })
  : (console.log('Electron binary is not available on this machine (it could not be downloaded); starting the web shell instead.'),
    spawn(process.execPath, [join(root, 'src-main/web/cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

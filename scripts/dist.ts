/**
 * `npm run dist [-- --linux | --win | …]`: builds, then packs installers with electron-builder
 * (electron-builder.yml: AppImage and deb on Linux, NSIS on Windows) into dist/. electron-builder needs
 * the Electron binary for each target; where it cannot be downloaded, this says so in one line.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { electronVersion, obtainElectron } from './electron-binary.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit', cwd: root }).status ?? 1;

const built = run(bin('electron-vite'), ['build']);
if (built !== 0) process.exit(built);

if (!obtainElectron()) {
  console.log(`Electron ${electronVersion()} could not be downloaded on this machine, so no installer was built (npm run dist needs github.com or ELECTRON_MIRROR).`);
  process.exit(1);
}
process.exit(run(bin('electron-builder'), ['--config', 'electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)]));

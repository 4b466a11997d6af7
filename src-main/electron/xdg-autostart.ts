/**
 * Start at login on Linux desktops: a `.desktop` entry in the XDG autostart folder (Electron's
 * login-item API covers only Windows and macOS).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoginItem {
  get(): boolean;
  set(enabled: boolean): void;
}

/** `exec` is the program to start: the AppImage itself when run from one, else the installed binary. */
export function xdgAutostart(configHome: string, exec: string): LoginItem {
  const file = join(configHome, 'autostart', 'pdv.desktop');
  return {
    get: () => existsSync(file),
    set(enabled) {
      if (!enabled) return rmSync(file, { force: true });
      mkdirSync(join(configHome, 'autostart'), { recursive: true });
      const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`;
      writeFileSync(file, ['[Desktop Entry]', 'Type=Application', 'Name=PDV', `Exec=${quoted}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n'));
    },
  };
}

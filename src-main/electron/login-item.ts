import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import { xdgAutostart, type LoginItem } from './xdg-autostart.ts';

/** Whether the till starts when the user logs in: Electron's login items on Windows and macOS, XDG autostart on Linux. */
export function createLoginItem(): LoginItem {
  if (process.platform === 'linux') {
    return xdgAutostart(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), process.env.APPIMAGE ?? process.execPath);
  }
  return {
    get: () => app.getLoginItemSettings().openAtLogin,
    set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
  };
}

/** Opens the till in the system's Chromium (or Chrome) in app mode: no tabs, no address bar. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | undefined {
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Returns false when no browser was found, so the caller can tell the user to open the URLs by hand. */
export function openAppWindows(urls: string[], profileDir: string): boolean {
  const browser = findChromium();
  if (!browser) return false;
  for (const [index, url] of urls.entries()) {
    const child = spawn(
      browser,
      [
        `--app=${url}`,
        `--user-data-dir=${join(profileDir, 'chromium-profile')}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--window-position=${index * 1280},0`,
      ],
      { detached: true, stdio: 'ignore' },
    );
    child.unref();
  }
  return true;
}

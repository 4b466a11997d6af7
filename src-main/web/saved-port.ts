/** The web shell listens on the same port at every launch, so pages left open find it again after a restart. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = (dataDir: string) => join(dataDir, 'web-port.json');

export function readSavedPort(dataDir: string): number | undefined {
  try {
    const saved = existsSync(file(dataDir)) ? (JSON.parse(readFileSync(file(dataDir), 'utf8')) as { port?: unknown }).port : undefined;
    return typeof saved === 'number' && Number.isInteger(saved) && saved > 0 && saved < 65536 ? saved : undefined;
  } catch {
    return undefined;
  }
}

export function savePort(dataDir: string, port: number): void {
  writeFileSync(file(dataDir), JSON.stringify({ port }), { mode: 0o600 });
}

/**
 * Serves the built renderer: only regular files inside the renderer folder, reached without any
 * symlink, with security headers on every answer. Paths arrive already decoded (request-target.ts).
 */
import { readFile, realpath } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { SECURITY_HEADERS } from '../core/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** `root` must be a real path (no symlink in it): a file counts only if its real path is itself. */
export async function serveFile(root: string, decodedPath: string, response: ServerResponse): Promise<void> {
  const file = join(root, decodedPath);
  if (!file.startsWith(root + sep)) return sendText(response, 404, 'Not found');
  try {
    if ((await realpath(file)) !== file) return sendText(response, 404, 'Not found');
    const body = await readFile(file);
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    sendText(response, 404, 'Not found');
  }
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) return void response.destroy();
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

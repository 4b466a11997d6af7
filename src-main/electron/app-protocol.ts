/**
 * The renderer is served from `app://renderer/` instead of file://, so it has a real origin that
 * IPC sender checks and the CSP can rely on, and it can read nothing outside the renderer build.
 */
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { SECURITY_HEADERS } from '../core/security-headers.ts';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://renderer';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = join(rendererDir, normalize(decodeURIComponent(url.pathname)));
    if (url.host !== 'renderer' || !file.startsWith(rendererDir + sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}

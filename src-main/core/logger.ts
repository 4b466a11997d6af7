import type { Logger } from './ports.ts';

/**
 * One JSON line per entry on stderr. Callers pass identifiers and codes only; credentials, tokens and
 * card data are never handed to a logger in the first place.
 */
export function createConsoleLogger(scope: string): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) =>
    process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), level, scope, message, ...fields })}\n`);
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const guard = resolve(import.meta.dirname, '../../../src-main/web/guard-process.ts');
const logger = resolve(import.meta.dirname, '../../../src-main/core/logger.ts');

describe('guardProcess', () => {
  it('logs an unhandled rejection with its stack and keeps the process running', () => {
    const script = `
      import { guardProcess } from ${JSON.stringify(guard)};
      import { createConsoleLogger } from ${JSON.stringify(logger)};
      guardProcess(createConsoleLogger('test'));
      async function chargeCard() { throw new Error('provider exploded'); }
      void chargeCard();
      setTimeout(() => console.log('still selling'), 0);
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('still selling');
    const entry = JSON.parse(run.stderr.trim().split('\n')[0] ?? '{}') as { level: string; message: string; error: string };
    expect(entry).toMatchObject({ level: 'error', message: 'Unhandled rejection' });
    expect(entry.error).toContain('provider exploded');
    expect(entry.error).toContain('at chargeCard');
  });
});

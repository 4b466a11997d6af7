/** The web shell's settings file: read once, written through, so a restart reads what was set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-main/core/ports.ts';
import { createConfSettings } from '../../../src-main/web/node-ports.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

describe('conf settings', () => {
  it('starts from the defaults, answers a set at once, and writes it to the file a restart reads', () => {
    const dir = makeTempDir('pdv-settings-');
    const settings = createConfSettings(dir);
    expect(settings.get('language')).toBe(DEFAULT_SETTINGS.language);

    settings.set('language', 'en');
    settings.set('autoRefundLatePayments', true);
    expect(settings.get('language')).toBe('en');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ language: 'en', autoRefundLatePayments: true });

    const restarted = createConfSettings(dir);
    expect(restarted.get('language')).toBe('en');
    expect(restarted.get('autoRefundLatePayments')).toBe(true);
  });
});

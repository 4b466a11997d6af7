/** The packaging config, icons and fuses, checked without the Electron binary (which cannot be downloaded here). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import afterPack from '../../../scripts/packaging/after-pack.ts';
import { FUSES } from '../../../scripts/packaging/fuses.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('electron-builder config', async () => {
  const config = await getConfig(root, null, null);

  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is live: a misspelt option is refused.
    const misspelt = { ...(await getConfig(root, null, null)), nsis: JSON.parse('{"oneClik": false}') as object };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('builds AppImage and deb for Linux and NSIS for Windows, with the fuses hook', () => {
    expect(config.appId).toBe('br.com.pdv.till');
    expect(config.productName).toBe('PDV');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('./scripts/packaging/after-pack.ts');
    expect(JSON.stringify(config.files)).toContain('out/**/*');
  });

  it('points at icons that exist and are big enough', () => {
    const png = readFileSync(join(root, String(config.linux?.icon)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    const ico = readFileSync(join(root, String(config.win?.icon)));
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + index * 16] || 256);
    expect(sizes).toContain(256);
  });
});

describe('fuses', () => {
  it('sets every fuse Electron has, as issue 10 asks', () => {
    const named = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const fuse of named) expect(FUSES, FuseV1Options[fuse]).toHaveProperty(String(fuse));
    expect(FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });

  it.each([
    ['linux', 'pdv'],
    ['win32', 'PDV.exe'],
  ])('are flipped by the afterPack hook in a packed %s binary', async (platform, file) => {
    // A stand-in binary carrying Electron's fuse wire (sentinel, version 1, 8 fuses), all at Electron's defaults.
    const appOutDir = mkdtempSync(join(tmpdir(), 'pdv-pack-'));
    const defaults = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
    const binary = Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), Buffer.from([1, 8, ...defaults]), Buffer.from('…rest')]);
    writeFileSync(join(appOutDir, file), binary);

    await afterPack({ appOutDir, electronPlatformName: platform, packager: { appInfo: { productFilename: 'PDV' }, executableName: 'pdv' } });

    const wire = await getCurrentFuseWire(join(appOutDir, file));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  });
});

/** electron-builder's afterPack hook: flips the fuses (fuses.ts) in the packed Electron binary before it is signed and wrapped. */
import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import { FUSES } from './fuses.ts';

/** The part of electron-builder's AfterPackContext this hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

export function electronBinary({ appOutDir, electronPlatformName, packager }: PackedApp): string {
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context: PackedApp): Promise<void> {
  await flipFuses(electronBinary(context), FUSES);
}

/** Turns `--listen`, `--host-name` and `--remote-cashier` into the web shell's LAN options with the till's certificate, or says what is wrong. */
import { parseListen } from './listen-address.ts';
import { loadOrCreateCertificate } from './tls/self-signed.ts';
import type { LanOptions } from './web-shell.ts';

export function lanOptions(
  listen: string | undefined,
  hostNames: readonly string[],
  remoteCashier: boolean,
  dataDir: string,
): LanOptions | string | undefined {
  if (listen === undefined) return undefined;
  const parsed = parseListen(listen);
  if (!parsed) return `--listen must be an IP address with an optional port (192.168.0.10:8443, [fd00::1]:8443), got "${listen}"`;
  const certificate = loadOrCreateCertificate(dataDir, [parsed.address, 'localhost', ...hostNames]);
  return { ...parsed, certificate, remoteCashier };
}

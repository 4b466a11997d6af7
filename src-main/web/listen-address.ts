/** `--listen <address>[:<port>]` (IPv6 in brackets): where the display is served on the shop's network. */
import { isIP } from 'node:net';

export const DEFAULT_LAN_PORT = 8443;

export function parseListen(value: string): { address: string; port: number } | undefined {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/i.exec(value);
  const address = match?.[1] ?? match?.[2];
  const port = match?.[3] === undefined ? DEFAULT_LAN_PORT : Number(match[3]);
  if (!address || !isIP(address) || port > 65535) return undefined;
  return { address, port };
}

/**
 * Serial ports for the Settings screen: what the OS reports (USB adapters show their maker) plus
 * whatever the user types, since pty pairs, some RS-232 cards and remapped COM ports are never listed.
 */
import { readdir } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import type { DiscoveredPort } from '../../src-preload/device-views.ts';

export type { DiscoveredPort };


export interface PortInfoLike {
  path: string;
  manufacturer?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
}

export type ListPorts = () => Promise<PortInfoLike[]>;

export async function discoverPorts(list: ListPorts = () => SerialPort.list()): Promise<DiscoveredPort[]> {
  const ports = await list().catch(() => devicePaths());
  return ports
    .map((port) => ({ path: port.path, description: describePort(port) }))
    .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

function describePort(port: PortInfoLike): string {
  const ids = port.vendorId && port.productId ? `(${port.vendorId}:${port.productId})` : '';
  return [port.manufacturer ?? '', ids].filter(Boolean).join(' ');
}

/** Where the OS lister cannot run (Linux without udevadm, e.g. in a container), the usual device names. */
async function devicePaths(): Promise<PortInfoLike[]> {
  const names = await readdir('/dev').catch(() => [] as string[]);
  return names.filter((name) => /^tty(USB|ACM|S)\d+$/.test(name)).map((name) => ({ path: `/dev/${name}` }));
}

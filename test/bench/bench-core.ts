/** A till core for the benchmarks: real ports in a temp dir, silent, signed in with a shift open, as a cashier finds it. */
import { createPosCore, type CoreOptions, type PosCore } from '../../src-main/app/create-pos-core.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import { createNodePorts } from '../../src-main/web/node-ports.ts';
import { openTill } from '../support/operators.ts';

export async function startBenchCore(dataDir: string, options: Partial<CoreOptions> = {}): Promise<PosCore> {
  const core = await createPosCore(createNodePorts(dataDir, silentLogger), { version: 'bench', ...options });
  await openTill((name, input = {}) => core.router.handle(name, input, 'cashier'));
  return core;
}

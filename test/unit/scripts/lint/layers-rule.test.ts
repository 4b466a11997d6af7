import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'pdv/layers').map((message) => message.message);
}

describe('the layers lint rule, as the project config runs it', () => {
  it('refuses an import that points up', async () => {
    const errors = await layerErrors('src-main/core/upward.ts', "import type { SaleBook } from '../sales/sale-book.ts';\nexport type X = SaleBook;\n");
    expect(errors).toEqual([expect.stringContaining('core may not import sales')]);
  });

  it('refuses the contract importing main, even for types', async () => {
    const errors = await layerErrors('src-preload/leak.ts', "export type { Clock } from '../src-main/core/ports.ts';\n");
    expect(errors).toEqual([expect.stringContaining('contract may not import core')]);
  });

  it('keeps the sandbox and the adapters apart, both ways', async () => {
    const fromSandbox = await layerErrors('src-main/simulator/x.ts', "import { PROVIDERS } from '../providers/provider-catalog.ts';\nexport const y = PROVIDERS;\n");
    const fromAdapter = await layerErrors('src-main/providers/x.ts', "import { startSimulator } from '../simulator/simulator.ts';\nexport const y = startSimulator;\n");
    expect(fromSandbox).toEqual([expect.stringContaining('simulator may not import providers')]);
    expect(fromAdapter).toEqual([expect.stringContaining('providers may not import simulator')]);
  });

  it('refuses the renderer reaching into main', async () => {
    const errors = await layerErrors('src-renderer/src/lib/x.ts', "import { createRouter } from '../../../src-main/core/router.ts';\nexport const y = createRouter;\n");
    expect(errors).toEqual([expect.stringContaining('renderer may not import core')]);
  });

  it('asks a new src-main folder to take a place in the map', async () => {
    const errors = await layerErrors('src-main/misc/helper.ts', 'export const x = 1;\n');
    expect(errors).toEqual([expect.stringContaining('src-main/misc is not in the layer map')]);
  });

  it('accepts imports that point down', async () => {
    const errors = await layerErrors(
      'src-main/sales/x.ts',
      "import { PosError } from '../core/errors.ts';\nimport type { Cents } from '../../src-shared/money.ts';\nexport const y = (c: Cents) => new PosError('internal', String(c));\n",
    );
    expect(errors).toEqual([]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles } from '../../../../scripts/lint/find-cycles.ts';
import { buildImportGraph } from '../../../../scripts/lint/import-graph.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pdv-cycles-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import cycles', () => {
  it('finds a cycle closed by a type-only import and an export-from', () => {
    const root = tree({
      'src/a.ts': "import type { B } from './b.ts';\nexport type A = B;\n",
      'src/b.ts': "export * from './c.ts';\nexport type B = string;\n",
      'src/c.ts': "import type { A } from './a.ts';\nexport type C = A;\n",
      'src/free.ts': "import type { A } from './a.ts';\nexport type F = A;\n",
    });
    expect(findCycles(buildImportGraph(root, ['src']))).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
  });

  it('reads the imports of Svelte components from their scripts', () => {
    const root = tree({
      'src/View.svelte': "<script lang=\"ts\">\n  import { store } from './store.ts';\n</script>\n<p>{store}</p>\n",
      'src/store.ts': "import View from './View.svelte';\nexport const store = String(View);\n",
    });
    expect(findCycles(buildImportGraph(root, ['src']))).toEqual([['src/View.svelte', 'src/store.ts']]);
  });

  it('reports a module importing itself and nothing for a tree that points one way', () => {
    expect(findCycles(new Map([['self.ts', ['self.ts']]]))).toEqual([['self.ts']]);
    expect(findCycles(new Map([['top.ts', ['mid.ts', 'low.ts']], ['mid.ts', ['low.ts']], ['low.ts', []]]))).toEqual([]);
  });
});

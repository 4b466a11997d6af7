/** `npm run lint` step: fails when any of our modules reaches itself through its imports (type-only ones count). */
import { resolve } from 'node:path';
import { findCycles } from './lint/find-cycles.ts';
import { buildImportGraph } from './lint/import-graph.ts';

const root = resolve(import.meta.dirname, '..');
const graph = buildImportGraph(root, ['src-main', 'src-preload', 'src-shared', 'src-renderer', 'scripts']);
const cycles = findCycles(graph);
for (const cycle of cycles) console.error(`Import cycle (${cycle.length} files):\n  ${cycle.join('\n  ')}`);
if (cycles.length > 0) process.exit(1);
console.log(`No import cycles in ${graph.size} modules.`);

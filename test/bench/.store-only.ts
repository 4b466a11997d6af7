import { runStoreBench } from './store-bench.ts';
import { printTable } from './table.ts';
for (const table of await runStoreBench()) printTable(table);

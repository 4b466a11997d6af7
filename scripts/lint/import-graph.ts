/**
 * The import graph of our own sources: every relative import, export-from and dynamic import,
 * type-only ones included, read with TypeScript's own pre-processor (Svelte files by their scripts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { ImportGraph } from './find-cycles.ts';

const SOURCE = /\.(ts|svelte)$/;
const SCRIPT_BLOCK = /<script[^>]*>([\s\S]*?)<\/script>/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.svelte') ? [...text.matchAll(SCRIPT_BLOCK)].map((match) => match[1]).join('\n') : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((reference) => reference.fileName);
}

/** Files of the given roots (relative to `root`), each with the files it imports, as repository paths. */
export function buildImportGraph(root: string, roots: readonly string[]): ImportGraph {
  const graph = new Map<string, string[]>();
  const files = roots.flatMap((dir) => (existsSync(join(root, dir)) ? sourceFiles(join(root, dir)) : []));
  for (const file of files) {
    const targets = importsOf(file)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolve(dirname(file), specifier))
      .filter((target) => existsSync(target))
      .map((target) => relative(root, target));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

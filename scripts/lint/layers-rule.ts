/**
 * ESLint rule: every relative import (type-only ones too) must respect the layer map. A file in a
 * src-main folder the map does not name is an error, so a new part has to take its place in the picture.
 */
import { dirname, relative, resolve } from 'node:path';
import type { Rule } from 'eslint';
import { partOf, violation } from './layer-map.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function repoPath(absolute: string): string {
  return relative(ROOT, absolute).split('\\').join('/');
}

export const layersRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Dependencies point one way: shared <- contract <- core <- adapters <- services <- app <- shells' },
    schema: [],
  },
  create(context) {
    const from = partOf(repoPath(context.filename));
    if (!from) return {};
    if ('unknown' in from) {
      return {
        Program(node) {
          context.report({ node, message: `${from.name} is not in the layer map (scripts/lint/layer-map.ts): give it a layer` });
        },
      };
    }
    const check = (node: Rule.Node, source: unknown) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = partOf(repoPath(resolve(dirname(context.filename), source)));
      if (!to) {
        context.report({ node, message: `${from.name} may not import from outside the layered tree (${source})` });
        return;
      }
      const problem = 'unknown' in to ? `${to.name} is not in the layer map` : violation(from, to);
      if (problem) context.report({ node, message: problem });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};

export const layersPlugin = { rules: { layers: layersRule } };

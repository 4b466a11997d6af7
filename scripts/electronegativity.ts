/**
 * The Electronegativity gate of `npm test`: scans the `electron-vite build` output in out/ with the
 * project's Electron version and fails on any HIGH or MEDIUM finding that the allowlist
 * (electronegativity-allowlist.ts, each entry with its reason) does not explain.
 * Runs offline: the tool's only network uses (fresh translations, Electron's release list) get an
 * HTTP client that refuses at once, and the release-list check is left out (it needs that list).
 */
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ALLOWED, type Finding } from './electronegativity-allowlist.ts';
import { electronVersion } from './electron-binary.ts';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));

const gotPath = toolRequire.resolve('got');
const offline = new Module(gotPath);
offline.exports = () => Promise.reject(new Error('offline: the Electronegativity gate makes no network requests'));
offline.loaded = true;
require.cache[gotPath] = offline;

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
}
const run = toolRequire(join(dirname(toolRequire.resolve('@doyensec/electronegativity')), 'runner.js')) as (
  options: Record<string, unknown>,
) => Promise<{ issues: Issue[] }>;

const version = electronVersion();
const { issues } = await run({
  input: join(root, 'out'),
  electronVersionOverride: version,
  isRelative: true,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});

const serious = issues.filter((issue) => issue.severity.name === 'HIGH' || issue.severity.name === 'MEDIUM');
const explained = (issue: Issue) => ALLOWED.find((entry: Finding) => entry.id === issue.id && entry.file === issue.file);
const unexplained = serious.filter((issue) => !explained(issue));

console.log(`Electronegativity on out/ (Electron ${version}): ${issues.length} findings, ${serious.length} HIGH or MEDIUM, ${unexplained.length} not in the allowlist`);
for (const issue of issues) {
  const note = explained(issue)?.reason ?? (unexplained.includes(issue) ? 'NOT ALLOWED' : 'low or informational');
  console.log(`  ${issue.severity.name.padEnd(13)} ${issue.id} ${issue.file}:${issue.location.line} — ${note}`);
}
if (unexplained.length > 0) process.exit(1);

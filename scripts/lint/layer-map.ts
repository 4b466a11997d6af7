/**
 * The architecture's layers as data: which part of the tree a file belongs to, and which parts it may
 * import. Dependencies point down only; the sandbox and the adapters never meet.
 * The ESLint rule (layers-rule.ts) and the import-cycle check read this one map.
 */

export interface Part {
  name: string;
  /** Lower tiers are imported by higher ones, never the other way. */
  tier: number;
  /** Parts this one may import besides its own (checked as well as the tiers). */
  may: readonly string[];
}

const CONTRACT = ['contract', 'shared'];
const CORE = [...CONTRACT, 'core'];
const INFRA = [...CORE, 'http', 'pix'];
const SERVICES = [...INFRA, 'ledger', 'providers', 'devices', 'audit', 'store'];

const MAIN_PARTS: Record<string, Omit<Part, 'name'>> = {
  core: { tier: 10, may: CONTRACT },
  http: { tier: 11, may: CORE },
  pix: { tier: 11, may: CORE },
  ledger: { tier: 12, may: CORE },
  providers: { tier: 12, may: INFRA },
  devices: { tier: 12, may: CORE },
  audit: { tier: 12, may: CORE },
  store: { tier: 12, may: CORE },
  // A stand-in for the providers: it checks their documents (and BR Codes) from its own side, so it
  // never reads an adapter nor the till's pix module.
  simulator: { tier: 12, may: CORE },
  sales: { tier: 13, may: SERVICES },
  reports: { tier: 13, may: SERVICES },
  settings: { tier: 13, may: SERVICES },
  operators: { tier: 13, may: SERVICES },
  shifts: { tier: 13, may: SERVICES },
  app: { tier: 14, may: [...SERVICES, 'simulator', 'sales', 'reports', 'settings', 'operators', 'shifts'] },
  web: { tier: 15, may: [...CORE, 'app'] },
  electron: { tier: 15, may: [...CORE, 'app'] },
  'main-entry': { tier: 16, may: [...CORE, 'app', 'electron', 'web'] },
};

const TOP_PARTS: Record<string, Omit<Part, 'name'>> = {
  'src-shared': { tier: 0, may: [] },
  'src-preload': { tier: 1, may: ['shared'] },
  'src-renderer': { tier: 2, may: CONTRACT },
};
const TOP_NAMES: Record<string, string> = { 'src-shared': 'shared', 'src-preload': 'contract', 'src-renderer': 'renderer' };

/** The part a repository-relative path (forward slashes) belongs to; undefined outside the layered tree. */
export function partOf(path: string): Part | { name: string; unknown: true } | undefined {
  const [top, folder, ...rest] = path.split('/');
  if (!top) return undefined;
  const topPart = TOP_PARTS[top];
  if (topPart) return { name: TOP_NAMES[top] ?? top, ...topPart };
  if (top !== 'src-main' || !folder) return undefined;
  if (rest.length === 0) return folder === 'index.ts' ? { name: 'main-entry', ...MAIN_PARTS['main-entry']! } : { name: `src-main/${folder}`, unknown: true };
  const part = MAIN_PARTS[folder];
  return part ? { name: folder, ...part } : { name: `src-main/${folder}`, unknown: true };
}

/** Why `from` may not import `to`, or undefined when it may. */
export function violation(from: Part, to: Part): string | undefined {
  if (from.name === to.name) return undefined;
  if (!from.may.includes(to.name) || to.tier >= from.tier) {
    return `${from.name} may not import ${to.name}: dependencies point down (see docs/architecture.md, "Layers")`;
  }
  return undefined;
}

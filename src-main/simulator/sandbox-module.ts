import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../core/ports.ts';
import type { SimRoute } from './http-kit.ts';

export interface SandboxContext {
  clock: Clock;
  /** Where every module keeps its records (see store/record-table.ts). */
  db: DatabaseSync;
  /** How long a charge the provider's sandbox rules pay by themselves takes to be paid. */
  autoPayDelayMs: number;
  tokenTtlSeconds: number;
}

/** One provider's sandbox: its documented API under its own path prefix, plus test controls under /__sim. */
export interface SandboxModule {
  /** The provider's name, for the standalone sandbox's banner. */
  name: string;
  /** What opens this provider's API in the sandbox (core/demo-credentials.ts). */
  demoCredentials: Readonly<Record<string, string>>;
  /** Path prefix of the provider's API inside the sandbox, e.g. `/astrapay`. */
  prefix: string;
  routes: SimRoute[];
  /** Sandbox-only actions (pay a charge...), mounted as-is; paths start with `/__sim/`. */
  controls: SimRoute[];
  /** The `expired_token` fault: every token issued so far stops working. */
  expireTokens(): void;
}

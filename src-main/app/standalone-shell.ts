/** The shell port of a core run without a shell (tests, benchmarks, the simulator CLI): nothing to rotate or pair. */
import type { ShellAccessView } from '../../src-preload/contract.ts';
import { invalidState } from '../core/errors.ts';
import type { ShellPort } from '../core/ports.ts';

const view: ShellAccessView = {
  secretStorage: 'plain_file',
  weakStorageConfirmed: false,
  pairingUrl: null,
  certificateFingerprint: null,
  cashierUrl: null,
  canRotateTokens: false,
  autoStart: null,
};
const unsupported = (what: string, reason: string) => () => {
  throw invalidState(reason, `This shell cannot ${what}`);
};

export const standaloneShell: ShellPort = {
  access: () => view,
  rotateTokens: unsupported('rotate access tokens', 'shell.no_tokens'),
  confirmWeakStorage: () => view,
  setAutoStart: unsupported('start at login', 'shell.no_auto_start'),
};

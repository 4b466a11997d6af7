/** The shell port of a core run without a shell (tests, benchmarks, the simulator CLI): nothing to rotate or pair. */
import type { ShellAccessView } from '../../src-preload/contract.ts';
import { PosError } from '../core/errors.ts';
import type { ShellPort } from '../core/ports.ts';

const view: ShellAccessView = {
  secretStorage: 'plain_file',
  weakStorageConfirmed: false,
  pairingUrl: null,
  certificateFingerprint: null,
  cashierUrl: null,
  canRotateTokens: false,
};

export const standaloneShell: ShellPort = {
  access: () => view,
  rotateTokens() {
    throw new PosError('invalid_state', 'This shell has no access tokens', { reason: 'shell.no_tokens' });
  },
  confirmWeakStorage: () => view,
};

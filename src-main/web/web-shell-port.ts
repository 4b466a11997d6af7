/** The web shell as Settings sees it: rotatable tokens, the LAN display address and certificate, and its credential file. */
import type { ShellAccessView } from '../../src-preload/contract.ts';
import { invalidState } from '../core/errors.ts';
import type { ShellPort } from '../core/ports.ts';
import type { AccessTokens } from './access-tokens.ts';
import type { WebShell } from './web-shell.ts';

/** `shell` is read late: the core (which serves this port) starts before the shell listens. */
export function createWebShellPort(tokens: AccessTokens, shell: () => WebShell | undefined): ShellPort {
  const access = (): ShellAccessView => {
    const running = shell();
    return {
      secretStorage: 'plain_file',
      weakStorageConfirmed: false,
      pairingUrl: running?.lan?.customerUrl ?? null,
      certificateFingerprint: running?.lan?.fingerprint ?? null,
      cashierUrl: running?.cashierUrl ?? null,
      canRotateTokens: true,
      // A web page cannot start itself; the shop starts `npm run start:web` from its own session scripts.
      autoStart: null,
    };
  };
  return {
    access,
    rotateTokens() {
      tokens.rotate();
      return access();
    },
    // The web shell's credential file is private to the user; there is no weaker backend to accept.
    confirmWeakStorage: access,
    setAutoStart() {
      throw invalidState('shell.no_auto_start', 'The web shell cannot start at login');
    },
  };
}

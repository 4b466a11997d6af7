/**
 * "Autorização do gerente": when main answers a call with `access.manager_required`, the window asks for a
 * manager and PIN at the spot and sends the same call again with them (see ManagerApprovalSchema).
 */
import { BridgeError, type PosApi } from '../../../src-preload/bridge.ts';
import type { ManagerApproval, OperationName } from '../../../src-preload/contract.ts';

export class ApprovalRequests {
  pending = $state<{ operation: OperationName; answer: (approval: ManagerApproval | null) => void } | null>(null);

  ask(operation: OperationName): Promise<ManagerApproval | null> {
    this.pending?.answer(null);
    return new Promise((resolve) => {
      this.pending = {
        operation,
        answer: (approval) => {
          this.pending = null;
          resolve(approval);
        },
      };
    });
  }
}

export function withApproval(api: PosApi, requests: ApprovalRequests): PosApi {
  return {
    on: api.on,
    async invoke(name, input) {
      try {
        return await api.invoke(name, input);
      } catch (error) {
        if (!(error instanceof BridgeError) || error.data.reason !== 'access.manager_required') throw error;
        const approval = await requests.ask(name);
        if (!approval) throw error;
        return api.invoke(name, { ...input, approval });
      }
    },
  };
}

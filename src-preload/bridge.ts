/**
 * Turns a shell's raw transport into the typed API the UI uses: results come back as values,
 * failures as a BridgeError carrying the stable code. Used over Electron IPC and over the web shell's
 * WebSocket alike, so the UI never knows which shell it runs in.
 */
import type {
  BridgeErrorData,
  EventName,
  EventPayloads,
  OperationInput,
  OperationName,
  OperationOutput,
  PosTransport,
} from './contract.ts';

export class BridgeError extends Error {
  readonly data: BridgeErrorData;

  constructor(data: BridgeErrorData) {
    super(data.message);
    this.name = 'BridgeError';
    this.data = data;
  }
}

export interface PosApi {
  invoke<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export function createPosApi(transport: PosTransport): PosApi {
  return {
    async invoke(name, input) {
      const reply = await transport.invoke(name, input);
      if (!reply.ok) throw new BridgeError(reply.error);
      return reply.value as never;
    },
    on(name, listener) {
      return transport.on(name, (payload) => listener(payload as never));
    },
  };
}

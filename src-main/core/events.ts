import { EventEmitter } from 'node:events';
import type { EventName, EventPayloads } from '../../src-preload/contract.ts';

/** The one event bus: services publish contract events, shells forward them to windows and sockets. */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayloads[E]): void;
  on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    emit(name, payload) {
      emitter.emit(name, payload);
    },
    on(name, listener) {
      emitter.on(name, listener);
      return () => emitter.off(name, listener);
    },
  };
}

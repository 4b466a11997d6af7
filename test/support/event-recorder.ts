import type { EventName, EventPayloads } from '../../src-preload/contract.ts';
import type { EventBus } from '../../src-main/core/events.ts';
import { waitFor } from './wait-for.ts';

export interface EventRecorder<E extends EventName> {
  readonly seen: EventPayloads[E][];
  /** Resolves with the first recorded payload (already seen or future) that matches. */
  next(match: (payload: EventPayloads[E]) => boolean, what: string): Promise<EventPayloads[E]>;
  stop(): void;
}

export function recordEvents<E extends EventName>(events: EventBus, name: E): EventRecorder<E> {
  const seen: EventPayloads[E][] = [];
  const stop = events.on(name, (payload) => {
    seen.push(structuredClone(payload));
  });
  return {
    seen,
    next: (match, what) => waitFor(() => seen.find(match), `${name}: ${what}`),
    stop,
  };
}

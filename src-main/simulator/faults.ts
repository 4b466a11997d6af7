/**
 * Faults a test (or a curious integrator) arms on the sandbox, one request at a time:
 * each armed fault applies to the next `times` requests whose "METHOD /path" starts with `route`.
 */
import * as v from 'valibot';

export const FaultSchema = v.strictObject({
  route: v.pipe(v.string(), v.regex(/^(GET|POST|PUT|DELETE) \//)),
  kind: v.picklist(['latency', 'status', 'timeout_after_commit', 'reset', 'garbage', 'expired_token']),
  /** latency: added delay; timeout_after_commit: how long to hold the response before dropping it. */
  ms: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120_000))),
  /** status: the HTTP status to answer with (no handler runs). */
  status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599))),
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
});
export type Fault = v.InferOutput<typeof FaultSchema>;

export interface FaultBook {
  arm(fault: Fault): void;
  take(requestKey: string): Fault | undefined;
  clear(): void;
}

export function createFaultBook(): FaultBook {
  let armed: Fault[] = [];
  return {
    arm(fault) {
      armed.push({ ...fault });
    },
    take(requestKey) {
      const fault = armed.find((candidate) => requestKey.startsWith(candidate.route));
      if (!fault) return undefined;
      fault.times -= 1;
      if (fault.times <= 0) armed = armed.filter((candidate) => candidate !== fault);
      return fault;
    },
    clear() {
      armed = [];
    },
  };
}

/**
 * One client's WebSocket: JSON request frames in, replies and events out. Whatever a client sends
 * (bad JSON, a `null` frame, a protocol error the ws library reports) closes that socket only.
 */
import type { RawData, WebSocket } from 'ws';
import { EVENT_NAMES, eventReaches, type Access } from '../../src-preload/contract.ts';
import type { PosCore } from '../app/create-pos-core.ts';
import type { Logger } from '../core/ports.ts';

interface Request {
  id: number;
  op: unknown;
  input: unknown;
}

function parseRequest(data: RawData, isBinary: boolean): Request | undefined {
  if (isBinary) return undefined;
  let frame: unknown;
  try {
    frame = JSON.parse(String(data));
  } catch {
    return undefined;
  }
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return undefined;
  const { id, op, input } = frame as Record<string, unknown>;
  return typeof id === 'number' && Number.isSafeInteger(id) ? { id, op, input } : undefined;
}

export function serveRpcSocket(ws: WebSocket, access: Access, core: Pick<PosCore, 'router' | 'events'>, logger: Logger): void {
  const send = (message: unknown) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = EVENT_NAMES.filter((event) => eventReaches(event, access)).map((event) =>
    core.events.on(event, (payload) => send({ event, payload })),
  );
  // Protocol errors (invalid UTF-8, unmasked or oversize frames, RSV bits): ws closes the socket itself.
  ws.on('error', (error) => logger.warn('WebSocket closed on a protocol error', { access, error: error.message }));
  ws.on('message', (data, isBinary) => {
    const request = parseRequest(data, isBinary);
    if (!request) return void ws.close(1003, 'Expected {"id": <integer>, "op": ..., "input": ...}');
    core.router.handle(request.op, request.input, access).then(
      (reply) => send({ id: request.id, reply }),
      (error: unknown) => logger.error('Router failed', { error: error instanceof Error ? error.stack : String(error) }),
    );
  });
  ws.on('close', () => {
    for (const off of unsubscribe) off();
  });
}

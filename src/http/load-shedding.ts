/** Refusing connections beyond the cap before they cost anything: a flood of idle sockets cannot starve the rest. */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';

/** How often, at most, shedding load is logged (with the count shed since the last line). */
const SHED_LOG_EVERY_MS = 10_000;
const SERVICE_UNAVAILABLE =
  'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: application/json\r\n' +
  'Retry-After: 1\r\nContent-Length: 27\r\n\r\n{"error":"server too busy"}';

/**
 * Answers 503 to each connection beyond `cap` open ones, before reading a byte of it, so a flood of idle sockets
 * cannot take the file descriptors honest requests need; logs it, at most every 10 s.
 */
export function shedBeyond(server: Server, cap: number, logger: Logger | undefined): void {
  let open = 0;
  let shed = 0;
  let loggedAt = Number.NEGATIVE_INFINITY;
  server.prependListener('connection', (socket: Socket) => {
    open += 1;
    socket.once('close', () => {
      open -= 1;
    });
    if (open <= cap) return;
    shed += 1;
    const now = Date.now();
    if (now - loggedAt >= SHED_LOG_EVERY_MS) {
      logger?.warn({ openConnections: open - 1, maxConnections: cap, shed }, 'too many connections: answering 503');
      loggedAt = now;
      shed = 0;
    }
    socket.end(SERVICE_UNAVAILABLE);
    socket.destroySoon();
  });
}

/**
 * Fault suite, part 4: the HTTP endpoint against clients that hold connections open. Its timeouts must bite at
 * the configured values (headers 5 s, body 10 s, keep-alive 5 s) to within a second, not at Node's 30 s check,
 * and connections beyond the cap get 503 at once, logged, while honest requests keep being answered once the
 * crowd is gone. Loopback only; the figures are printed.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionsServer, HTTP_LIMITS } from '../../src/http/server.js';
import { parsePublicKey } from '../../src/http/verify.js';

const CAP = 8;
const logLines: Array<Record<string, unknown>> = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  }),
);

let server: Server;
let port: number;
const figures: string[] = [];

beforeAll(async () => {
  const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
  server = createInteractionsServer({
    publicKey: parsePublicKey(Buffer.from(jwk.x ?? '', 'base64url').toString('hex')),
    handle: async () => ({ type: 4, data: { content: 'ok' } }),
    health: () => ({ articles: 1, passages: 1 }),
    logger,
    maxConnections: CAP,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const line of figures) console.log(`[faults/http] ${line}`);
});

/** A raw loopback socket: what it received, and when the server closed it (ms after it connected). */
async function openSocket(): Promise<{ socket: Socket; received: () => string; closedAfter: Promise<number> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const opened = performance.now();
  let data = '';
  socket.on('data', (chunk: Buffer) => {
    data += chunk.toString('utf8');
  });
  socket.on('error', () => {});
  const closedAfter = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now() - opened)));
  return { socket, received: () => data, closedAfter };
}

/** Fails instead of hanging: the server should have closed the socket long before. */
function closedWithin(closed: Promise<number>, ms: number): Promise<number> {
  return Promise.race([
    closed,
    new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms).unref()),
  ]);
}

describe('the endpoint enforces its timeouts at the configured values', () => {
  it('headers 5 s, body 10 s, keep-alive 5 s: each connection closed within 1 s of its limit', async () => {
    // All three at once, so the test takes about 10 s rather than 20.
    const slowHeaders = await openSocket();
    slowHeaders.socket.write('POST /interactions HTTP/1.1\r\nHost: bot\r\n');
    const slowBody = await openSocket();
    slowBody.socket.write(
      'POST /interactions HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":',
    );
    const idle = await openSocket();
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n');

    const [headersMs, bodyMs, idleMs] = await Promise.all([
      closedWithin(slowHeaders.closedAfter, HTTP_LIMITS.headersTimeoutMs + 5_000),
      closedWithin(slowBody.closedAfter, HTTP_LIMITS.requestTimeoutMs + 5_000),
      closedWithin(idle.closedAfter, HTTP_LIMITS.keepAliveTimeoutMs + 5_000),
    ]);
    expect(idle.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(slowBody.received()).toMatch(/^HTTP\/1\.1 408/);
    for (const [ms, limit] of [
      [headersMs, HTTP_LIMITS.headersTimeoutMs],
      [bodyMs, HTTP_LIMITS.requestTimeoutMs],
      [idleMs, HTTP_LIMITS.keepAliveTimeoutMs],
    ] as const) {
      expect(ms).toBeGreaterThanOrEqual(limit - 100);
      expect(ms).toBeLessThanOrEqual(limit + 1_000);
    }
    figures.push(
      `timeouts: headers closed at ${(headersMs / 1000).toFixed(2)} s (limit 5), body at ${(bodyMs / 1000).toFixed(2)} s ` +
        `(limit 10), idle keep-alive at ${(idleMs / 1000).toFixed(2)} s (limit 5)`,
    );
  }, 30_000);
});

describe('the endpoint caps its open connections', () => {
  it(`beyond ${CAP} open connections: 503 at once and a warning; honest requests answered once they go`, async () => {
    const crowd = await Promise.all(Array.from({ length: CAP }, () => openSocket()));
    const extra = await Array.from({ length: 5 }, () => openSocket()).reduce(
      async (all, next) => [...(await all), await next],
      Promise.resolve([] as Awaited<ReturnType<typeof openSocket>>[]),
    );
    for (const late of extra) late.socket.write('GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n');
    const shedMs = await Promise.all(extra.map((late) => closedWithin(late.closedAfter, 3_000)));
    for (const late of extra) expect(late.received()).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    const warnings = logLines.filter((l) => l.msg === 'too many connections: answering 503');
    expect(warnings).toHaveLength(1); // logged, but not once per refused socket
    expect(warnings[0]).toMatchObject({ level: 40, maxConnections: CAP });

    for (const held of crowd) held.socket.destroy();
    await Promise.all(crowd.map((held) => held.closedAfter));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const honest = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(honest.status).toBe(200);
    figures.push(
      `connection cap ${CAP}: ${extra.length} more refused with 503 in at most ${Math.max(...shedMs).toFixed(0)} ms, ` +
        'one warning; next honest request 200',
    );
  }, 20_000);
});

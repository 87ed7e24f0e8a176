import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInteractionsServer } from '../../src/http/server.js';
import { parsePublicKey } from '../../src/http/verify.js';

function makeKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicKeyHex: Buffer.from(jwk.x ?? '', 'base64url').toString('hex') };
}

/** Signs exactly as Discord does: Ed25519 over the timestamp's bytes followed by the body's bytes, hex-encoded. */
function discordSign(privateKey: KeyObject, timestamp: string, body: string): string {
  return sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
}

const nowSeconds = (): string => String(Math.floor(Date.now() / 1000));

const keys = makeKeys();
const strangerKeys = makeKeys();

/** Collects pino's output lines so tests can read what was logged. */
const logLines: string[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  },
});
const logger = pino({ level: 'debug' }, logSink);

let healthValue: { articles: number; passages: number } | undefined;
const handle = vi.fn<(interaction: APIInteraction) => Promise<APIInteractionResponse>>();
const echo = async (interaction: APIInteraction): Promise<APIInteractionResponse> => ({
  type: 4,
  data: { content: `answer to ${interaction.id}` },
});

let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = createInteractionsServer({
    publicKey: parsePublicKey(keys.publicKeyHex),
    handle,
    health: () => healthValue,
    logger,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  handle.mockReset();
  handle.mockImplementation(echo);
  healthValue = { articles: 2, passages: 40 };
});

afterEach(async () => {
  // Whatever the test did, the server is still up and serving.
  expect(server.listening).toBe(true);
  const res = await fetch(`${base}/healthz`);
  expect(res.status).toBe(200);
});

interface PostOptions {
  privateKey?: KeyObject;
  timestamp?: string;
  /** Sign this body but send `body`. */
  signedBody?: string;
  signature?: string;
  omit?: 'signature' | 'timestamp';
}

function signedHeaders(body: string, options: PostOptions = {}): Record<string, string> {
  const timestamp = options.timestamp ?? nowSeconds();
  const signature =
    options.signature ?? discordSign(options.privateKey ?? keys.privateKey, timestamp, options.signedBody ?? body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.omit !== 'signature') headers['x-signature-ed25519'] = signature;
  if (options.omit !== 'timestamp') headers['x-signature-timestamp'] = timestamp;
  return headers;
}

function post(body: string, options: PostOptions = {}): Promise<Response> {
  return fetch(`${base}/interactions`, { method: 'POST', headers: signedHeaders(body, options), body });
}

const command = (id: string): string =>
  JSON.stringify({ id, type: 2, application_id: '1', token: 'tok', version: 1, data: { name: 'ask', type: 1 } });

/** Sends raw bytes on a fresh connection and resolves with everything the server sent back until it closed. */
function rawExchange(
  head: string,
  steps: (socket: ReturnType<typeof connect>) => void,
): Promise<{ text: string; at: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let at = 0;
    socket.on('data', (data) => {
      if (text === '') at = Date.now();
      text += data.toString('latin1');
    });
    socket.on('error', (error) => (text ? resolve({ text, at }) : reject(error)));
    socket.on('close', () => resolve({ text, at }));
    socket.write(head);
    steps(socket);
  });
}

async function waitForLog(predicate: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const found = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find(predicate);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('log entry not found');
}

describe('POST /interactions: signed requests', () => {
  it('answers a signed PING with {"type":1} without calling handle', async () => {
    const res = await post(JSON.stringify({ id: 'p1', type: 1, application_id: '1', token: 't', version: 1 }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe('{"type":1}');
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers a signed command with whatever handle returns', async () => {
    const res = await post(command('c1'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ type: 4, data: { content: 'answer to c1' } });
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0]?.[0]).toMatchObject({ id: 'c1', type: 2 });
  });

  it.each([3, 4, 5])('hands interaction type %i to handle', async (type) => {
    const res = await post(JSON.stringify({ id: `t${type}`, type }));
    expect(res.status).toBe(200);
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['unknown type', '{"id":"u","type":99}'],
    ['no type', '{"id":"u"}'],
    ['string type', '{"id":"u","type":"2"}'],
    ['array', '[1,2]'],
    ['null', 'null'],
  ])('answers 400 to a signed %s', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers 400 to invalid JSON behind a valid signature', async () => {
    const res = await post('{"type":1,');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid JSON' });
  });

  it('answers 500 when handle throws, logs it, and keeps serving', async () => {
    handle.mockRejectedValueOnce(new Error('router exploded'));
    const res = await post(command('boom'));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
    const entry = await waitForLog((e) => e.msg === 'interaction handler failed' && e.interactionId === 'boom');
    expect(entry.level).toBe(50);
    const next = await post(command('after'));
    expect(next.status).toBe(200);
    expect(await next.json()).toEqual({ type: 4, data: { content: 'answer to after' } });
  });

  it('answers 500 when handle returns something that is not JSON', async () => {
    handle.mockResolvedValueOnce(undefined as unknown as APIInteractionResponse);
    const res = await post(command('undef'));
    expect(res.status).toBe(500);
  });
});

describe('POST /interactions: rejected signatures (401)', () => {
  const body = command('x');
  const cases: [string, () => Promise<Response>][] = [
    ['tampered body', () => post(body.replace('"x"', '"y"'), { signedBody: body })],
    ['wrong key', () => post(body, { privateKey: strangerKeys.privateKey })],
    ['missing signature header', () => post(body, { omit: 'signature' })],
    ['missing timestamp header', () => post(body, { omit: 'timestamp' })],
    ['non-hex signature', () => post(body, { signature: 'zz'.repeat(64) })],
    ['odd-length signature', () => post(body, { signature: 'a'.repeat(127) })],
    ['short signature', () => post(body, { signature: 'ab'.repeat(32) })],
    ['stale timestamp (10 min old)', () => post(body, { timestamp: String(Number(nowSeconds()) - 600) })],
    ['stale timestamp (5 min + 5 s old)', () => post(body, { timestamp: String(Number(nowSeconds()) - 305) })],
    ['future timestamp (10 min ahead)', () => post(body, { timestamp: String(Number(nowSeconds()) + 600) })],
    ['non-integer timestamp', () => post(body, { timestamp: `${nowSeconds()}.0` })],
    ['no headers at all', () => fetch(`${base}/interactions`, { method: 'POST', body })],
  ];

  it.each(cases)('%s → 401', async (_name, send) => {
    const res = await send();
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid request signature' });
    expect(handle).not.toHaveBeenCalled();
  });

  it('checks the signature before parsing: invalid JSON with a bad signature gets 401, not 400', async () => {
    const res = await post('{not json', { privateKey: strangerKeys.privateKey });
    expect(res.status).toBe(401);
    const unsigned = await fetch(`${base}/interactions`, { method: 'POST', body: '{not json' });
    expect(unsigned.status).toBe(401);
  });

  it('never parses nor hands on an unsigned body', async () => {
    const marker = `never-parse-${Date.now()}`;
    const unsigned = command(marker);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const responses = await Promise.all([
        post(unsigned, { privateKey: strangerKeys.privateKey }),
        post(unsigned, { omit: 'signature' }),
        post(unsigned, { timestamp: String(Number(nowSeconds()) - 3600) }),
      ]);
      for (const res of responses) {
        expect(res.status).toBe(401);
        await res.text();
      }
      expect(parse.mock.calls.some(([text]) => typeof text === 'string' && text.includes(marker))).toBe(false);
    } finally {
      parse.mockRestore();
    }
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('POST /interactions: body cap (413)', () => {
  const mib = 'a'.repeat(1024 * 1024);

  it('answers 413 to a 1 MiB body declared by content-length', async () => {
    const res = await post(mib);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'request body too large' });
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers 413 to a 1 MiB body sent with chunked transfer encoding', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 1024 * 1024) controller.close();
        else {
          controller.enqueue(chunk);
          sent += chunk.length;
        }
      },
    });
    const res = await fetch(`${base}/interactions`, {
      method: 'POST',
      headers: signedHeaders(mib),
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'request body too large' });
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers 413 on the declared length alone, before any body byte is sent', async () => {
    const { text } = await rawExchange(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`,
      () => {},
    );
    expect(text.startsWith('HTTP/1.1 413 ')).toBe(true);
  });

  it('answers 413 as soon as a chunked body passes the cap, without waiting for the rest', async () => {
    const { text } = await rawExchange(
      'POST /interactions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n',
      (socket) => {
        const piece = 'b'.repeat(70 * 1024);
        socket.write(`${piece.length.toString(16)}\r\n${piece}\r\n`);
        // ...and never send the rest nor the final chunk: the answer must come anyway.
      },
    );
    expect(text.startsWith('HTTP/1.1 413 ')).toBe(true);
  });

  it('refuses an oversized Expect: 100-continue request without inviting the body', async () => {
    const { text } = await rawExchange(
      `POST /interactions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: ${1024 * 1024}\r\n\r\n`,
      () => {},
    );
    expect(text.startsWith('HTTP/1.1 413 ')).toBe(true);
    expect(text).not.toContain('100 Continue');
  });

  it('accepts a body of exactly the cap (then judges its signature)', async () => {
    const res = await post(' '.repeat(65_536), { privateKey: strangerKeys.privateKey });
    expect(res.status).toBe(401);
  });
});

describe('other routes', () => {
  it('answers 405 with Allow: POST to other methods on /interactions', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${base}/interactions`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
    }
  });

  it('reports loading (503) until health() has counts, then ok (200)', async () => {
    healthValue = undefined;
    const loading = await fetch(`${base}/healthz`);
    expect(loading.status).toBe(503);
    expect(await loading.json()).toEqual({ status: 'loading' });
    healthValue = { articles: 3, passages: 57 };
    const ready = await fetch(`${base}/healthz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', articles: 3, passages: 57 });
  });

  it('answers 404 elsewhere', async () => {
    for (const path of ['/', '/interactions/', '/interaction', '/healthz/x', '/favicon.ico']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(404);
    }
  });

  it('ignores the query string when routing', async () => {
    const res = await fetch(`${base}/healthz?probe=1`);
    expect(res.status).toBe(200);
  });
});

describe('logging', () => {
  it('logs method, path, status, interaction id and type, duration, and never the body or header values', async () => {
    const marker = `secret-body-${Date.now()}`;
    const body = JSON.stringify({ id: 'log1', type: 2, data: { name: 'ask', options: [{ value: marker }] } });
    const headers = signedHeaders(body);
    const res = await fetch(`${base}/interactions?token=${marker}`, { method: 'POST', headers, body });
    expect(res.status).toBe(200);
    const entry = await waitForLog((e) => e.msg === 'http request' && e.interactionId === 'log1');
    expect(entry).toMatchObject({ method: 'POST', path: '/interactions', status: 200, interactionType: 2 });
    expect(typeof entry.durationMs).toBe('number');
    const all = logLines.join('\n');
    expect(all).not.toContain(marker);
    expect(all).not.toContain(headers['x-signature-ed25519']);
    expect(all).not.toContain(keys.publicKeyHex);
  });
});

describe('fault and abuse', () => {
  it('survives a client that disconnects mid-body and one that sends garbage', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"type":');
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 20);
      });
    });
    const garbage = await rawExchange('\x00\x01 not http at all\r\n\r\n', () => {});
    expect(garbage.text.startsWith('HTTP/1.1 400')).toBe(true);
    const res = await post(JSON.stringify({ id: 'p', type: 1 }));
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('survives a client that leaves while handle is still working', async () => {
    let release: () => void = () => {};
    handle.mockImplementationOnce(
      (interaction) =>
        new Promise((resolve) => {
          release = () => resolve({ type: 4, data: { content: interaction.id } });
        }),
    );
    const controller = new AbortController();
    const body = command('slow');
    const pending = fetch(`${base}/interactions`, {
      method: 'POST',
      headers: signedHeaders(body),
      body,
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await vi.waitFor(() => expect(handle).toHaveBeenCalledTimes(1));
    controller.abort();
    await pending;
    release();
    const res = await post(command('after-abort'));
    expect(await res.json()).toEqual({ type: 4, data: { content: 'answer to after-abort' } });
  });

  it('answers every one of a burst of 1,000 signed requests from loopback (50 at a time)', async () => {
    const total = 1000;
    const concurrency = 50;
    let next = 0;
    let errors = 0;
    let wrong = 0;
    const answered = new Set<number>();
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < total) {
        const i = next++;
        try {
          if (i % 4 === 0) {
            const res = await post(JSON.stringify({ id: `b${i}`, type: 1 }));
            const text = await res.text();
            if (res.status === 200 && text === '{"type":1}') answered.add(i);
            else wrong++;
          } else {
            const res = await post(command(`b${i}`));
            const json = (await res.json()) as { data?: { content?: string } };
            if (res.status === 200 && json.data?.content === `answer to b${i}`) answered.add(i);
            else wrong++;
          }
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[http burst] requests=${total} concurrency=${concurrency} answered=${answered.size} wrong=${wrong} ` +
        `errors=${errors} total=${(seconds * 1000).toFixed(0)}ms rate=${(total / seconds).toFixed(0)} req/s`,
    );
    expect(errors).toBe(0);
    expect(wrong).toBe(0);
    expect(answered.size).toBe(total);
    expect(handle).toHaveBeenCalledTimes(750);
  }, 60_000);
});

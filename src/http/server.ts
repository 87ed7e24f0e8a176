/**
 * The HTTP transport for Discord's "Interactions Endpoint URL" mode: a plain Node `http.Server` that verifies each
 * request's Ed25519 signature before looking at its body, answers PINGs itself and hands every other interaction to
 * `handle`. It knows nothing about what the bot answers.
 */

import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { DEFAULT_MAX_CONNECTIONS } from '../config-values.js';
import { shedBeyond } from './load-shedding.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyDiscordRequest } from './verify.js';

export const INTERACTIONS_PATH = '/interactions';
export const HEALTH_PATH = '/healthz';
const DEFAULT_MAX_BODY_BYTES = 65_536;

/**
 * The endpoint's operational limits (docs/operations.md). Discord expects an answer within 3 s, and a body of at most
 * 64 KiB has no reason to take longer than these to arrive. Node checks its timeouts every `checkIntervalMs`
 * (30 s unless told), so that is what keeps them honest to within a second.
 */
export const HTTP_LIMITS = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 500,
  /** Open connections beyond this get 503 at once: well under the usual 1,024 file descriptors. */
  maxConnections: DEFAULT_MAX_CONNECTIONS,
} as const;

/** Interaction types handed to `handle`: application command, component, autocomplete, modal submit. */
const HANDLED_TYPES: ReadonlySet<number> = new Set([2, 3, 4, 5]);
const PING_TYPE = 1;

export interface InteractionsServerOptions {
  /** The application's public key, from `parsePublicKey(DISCORD_PUBLIC_KEY)`. */
  publicKey: KeyObject;
  /** Answers a verified, non-PING interaction (types 2-5). Its result is sent back as the HTTP response body. */
  handle: (interaction: APIInteraction) => Promise<APIInteractionResponse>;
  /** Content counts once loaded, `undefined` while still loading (then `/healthz` answers 503). */
  health: () => { articles: number; passages: number; contentChangedAt?: string } | undefined;
  logger?: Logger;
  /** Largest accepted request body, in bytes. Default 65536. */
  maxBodyBytes?: number;
  /** Current time in ms since the epoch (for the timestamp window); default `Date.now`. */
  now?: () => number;
  /** Open connections allowed at once (default HTTP_LIMITS.maxConnections); more get 503. */
  maxConnections?: number;
}

/** What gets logged for one request: never the body nor any header value. */
interface RequestLog {
  interactionId?: string;
  interactionType?: number;
}

type BodyResult = { kind: 'body'; body: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Creates (but does not start) the interactions server. Call `server.listen(port, host)` to start it.
 */
export function createInteractionsServer(options: InteractionsServerOptions): Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new Error(`maxBodyBytes must be a positive integer, got ${maxBodyBytes}`);
  }
  const now = options.now ?? Date.now;
  const logger = options.logger;

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const started = process.hrtime.bigint();
    const path = pathOf(req.url);
    const log: RequestLog = {};
    res.once('close', () => {
      logger?.info(
        {
          method: req.method,
          path: path.length > 200 ? `${path.slice(0, 200)}…` : path,
          status: res.statusCode,
          ...(log.interactionId === undefined ? {} : { interactionId: log.interactionId }),
          ...(log.interactionType === undefined ? {} : { interactionType: log.interactionType }),
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        'http request',
      );
    });
    route(req, res, path, log).catch((error: unknown) => {
      // Last resort: nothing above should throw, but a bug must not take the server down.
      logger?.error({ err: error }, 'unexpected error while serving a request');
      sendJson(res, 500, { error: 'internal error' });
    });
  };

  const route = async (req: IncomingMessage, res: ServerResponse, path: string, log: RequestLog): Promise<void> => {
    if (path === INTERACTIONS_PATH) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        sendJson(res, 405, { error: 'method not allowed' });
        return;
      }
      await serveInteraction(req, res, log);
      return;
    }
    if (path === HEALTH_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        sendJson(res, 405, { error: 'method not allowed' });
        return;
      }
      const counts = options.health();
      if (counts === undefined) sendJson(res, 503, { status: 'loading' });
      else {
        sendJson(res, 200, {
          status: 'ok',
          articles: counts.articles,
          passages: counts.passages,
          ...(counts.contentChangedAt ? { contentChangedAt: counts.contentChangedAt } : {}),
        });
      }
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const serveInteraction = async (req: IncomingMessage, res: ServerResponse, log: RequestLog): Promise<void> => {
    // (1) Cap the body: refuse on the declared length without reading, else abort while streaming.
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBodyBytes) {
      rejectTooLarge(res);
      return;
    }
    const read = await readBody(req, maxBodyBytes);
    if (read.kind === 'aborted') return; // The client went away; there is nobody to answer.
    if (read.kind === 'too-large') {
      rejectTooLarge(res);
      return;
    }

    // (2) Verify the signature over timestamp + raw body before looking at the body at all.
    const verdict = await verifyDiscordRequest({
      publicKey: options.publicKey,
      signature: req.headers[SIGNATURE_HEADER],
      timestamp: req.headers[TIMESTAMP_HEADER],
      body: read.body,
      now: now(),
    });
    if (!verdict.ok) {
      logger?.debug({ reason: verdict.reason }, 'rejected interaction request');
      sendJson(res, 401, { error: 'invalid request signature' });
      return;
    }

    // (3) Only a signed body gets parsed.
    let payload: unknown;
    try {
      payload = JSON.parse(read.body.toString('utf8'));
    } catch {
      sendJson(res, 400, { error: 'invalid JSON' });
      return;
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      sendJson(res, 400, { error: 'invalid interaction' });
      return;
    }
    const { id, type } = payload as { id?: unknown; type?: unknown };
    if (typeof id === 'string') log.interactionId = id.slice(0, 32);
    if (typeof type === 'number') log.interactionType = type;

    // (4) Dispatch on the interaction type.
    if (type === PING_TYPE) {
      sendJson(res, 200, { type: 1 });
      return;
    }
    if (typeof type !== 'number' || !HANDLED_TYPES.has(type)) {
      sendJson(res, 400, { error: 'unknown interaction type' });
      return;
    }
    let body: string;
    try {
      const response = await options.handle(payload as APIInteraction);
      body = JSON.stringify(response);
      if (typeof body !== 'string') throw new Error('handle returned a value that is not JSON-serialisable');
    } catch (error) {
      logger?.error(
        { err: error, interactionId: log.interactionId, interactionType: type },
        'interaction handler failed',
      );
      sendJson(res, 500, { error: 'internal error' });
      return;
    }
    sendRaw(res, 200, body);
  };

  const server = createServer(
    {
      headersTimeout: HTTP_LIMITS.headersTimeoutMs,
      requestTimeout: HTTP_LIMITS.requestTimeoutMs,
      // Node closes an idle socket a second after the keep-alive time it advertises (so clients stop reusing it
      // first): advertise one second less, and idle sockets close at the limit.
      keepAliveTimeout: HTTP_LIMITS.keepAliveTimeoutMs - 1_000,
      connectionsCheckingInterval: HTTP_LIMITS.checkIntervalMs,
    },
    onRequest,
  );
  shedBeyond(server, options.maxConnections ?? HTTP_LIMITS.maxConnections, logger);
  // `Expect: 100-continue`: refuse an oversized body before the client sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = req.headers['content-length'];
    if (pathOf(req.url) !== INTERACTIONS_PATH || req.method !== 'POST' || !(Number(declared) > maxBodyBytes)) {
      res.writeContinue();
    }
    onRequest(req, res);
  });
  return server;
}

/** Reads the body into memory, never holding more than `cap` bytes: past the cap it stops and reports too-large. */
function readBody(req: IncomingMessage, cap: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > cap) {
        chunks.length = 0;
        req.pause();
        settle({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => settle({ kind: 'body', body: Buffer.concat(chunks, size) });
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', () => settle({ kind: 'aborted' }));
    req.once('close', () => settle({ kind: 'aborted' }));
  });
}

/** 413, and close the connection afterwards so the rest of the body is never read. */
function rejectTooLarge(res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  sendJson(res, 413, { error: 'request body too large' });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendRaw(res, status, JSON.stringify(value));
}

function sendRaw(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** The path of a request target, without its query string. */
function pathOf(url: string | undefined): string {
  if (url === undefined) return '';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * REST half of the fake Discord: records every request, applies injected faults (5xx, 429 with Discord's
 * rate-limit headers) and answers the routes a bot uses. Routes are written without the `/api/v10` prefix.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { guildCreatePayload, type JsonObject, snowflake } from './fake-discord-model.js';
import { commandRoutes, messageRoutes } from './fake-discord-rest-routes.js';
import type { FakeState } from './fake-discord-state.js';
import { RestError, unknown } from './fake-discord-validate.js';

/** A file part of a multipart/form-data request. */
export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

/** One REST request the fake received, with the answer it gave. */
export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix and without query, e.g. `/channels/123/messages`. */
  path: string;
  /** Raw request URL, e.g. `/api/v10/interactions/1/tok/callback?with_response=false`. */
  url: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body (for multipart: the parsed `payload_json` part); undefined without a body. */
  body: unknown;
  files: RecordedFile[];
  /** Status the fake answered (0 while the request is being matched by `failNext`). */
  status: number;
  /** JSON the fake answered (undefined for 204). */
  response: unknown;
  /** Headers the fake answered with (rate-limit headers included). */
  responseHeaders: Record<string, string>;
  /** True if the answer came from `failNext`. */
  fault: boolean;
  at: number;
}

/**
 * Which requests something applies to: a function, a RegExp tested against `"METHOD /path"`, or a string pattern
 * `"[METHOD ]/path/:param/*"` (`:x` matches one segment, `*` anything; method optional; whole path must match).
 */
export type RequestMatcher = string | RegExp | ((req: RecordedRequest) => boolean);

/** A failure to answer instead of the real response. */
export type Fault =
  | { status: 429; retryAfter: number; global?: boolean; scope?: 'user' | 'global' | 'shared' }
  | { status: number; body?: unknown };

export function matchRequest(matcher: RequestMatcher, req: RecordedRequest): boolean {
  if (typeof matcher === 'function') return matcher(req);
  if (matcher instanceof RegExp) return matcher.test(`${req.method} ${req.path}`);
  const [method, pattern] = /^[A-Z]+ /.test(matcher) ? matcher.split(' ', 2) : [undefined, matcher];
  if (method && method !== req.method) return false;
  const source = (pattern ?? '')
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(req.path);
}

export interface RestHooks {
  /** http://127.0.0.1:port */
  baseUrl: string;
  gatewayUrl: string;
  shards: number;
  maxConcurrency: number;
  token?: string;
  interactionDeadlineMs?: number;
  application(): JsonObject;
  /** A bot message was created/edited/deleted through REST (the fake echoes it on the gateway). */
  onBotMessage(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'MESSAGE_DELETE', message: JsonObject): void;
  onChange(): void;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export interface RouteContext {
  params: Record<string, string>;
  req: RecordedRequest;
  state: FakeState;
  hooks: RestHooks;
  /** Attachment objects for the request's files. */
  attachments(channelId: string): JsonObject[];
}

/** [method, pattern, needs bot auth, handler] */
export type Route = [string, string, boolean, (ctx: RouteContext) => Reply];

const ok = (body: unknown): Reply => ({ status: 200, body });

const baseRoutes: Route[] = [
  ['GET', '/gateway', false, ({ hooks }) => ok({ url: hooks.gatewayUrl })],
  [
    'GET',
    '/gateway/bot',
    true,
    ({ hooks }) =>
      ok({
        url: hooks.gatewayUrl,
        shards: hooks.shards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: hooks.maxConcurrency,
        },
      }),
  ],
  ['GET', '/users/@me', true, ({ state }) => ok({ ...state.botUser, verified: true, mfa_enabled: false, email: null })],
  [
    'GET',
    '/users/:user',
    true,
    ({ params, state }) =>
      ok(
        state.users.get(params.user as string) ??
          (() => {
            throw unknown('User', 10013);
          })(),
      ),
  ],
  [
    'POST',
    '/users/@me/channels',
    true,
    ({ req, state }) => {
      const user = state.users.get(String((req.body as JsonObject | undefined)?.recipient_id));
      if (!user) throw unknown('User', 10013);
      return ok(state.dmChannelFor(user).channel);
    },
  ],
  ['GET', '/applications/@me', true, ({ hooks }) => ok(hooks.application())],
  [
    'GET',
    '/guilds/:guild',
    true,
    ({ params, state }) => {
      const guild = state.guild(params.guild);
      if (!guild) throw unknown('Guild', 10004);
      const { members, channels, threads, presences, voice_states, joined_at, large, lazy, ...rest } =
        guildCreatePayload(guild, state.botUser);
      return ok(rest);
    },
  ],
  ...commandRoutes('global'),
  ...commandRoutes('guild'),
  ...messageRoutes,
];

const compiled = baseRoutes.map(([method, pattern, auth, handler]) => {
  const names: string[] = [];
  const source = pattern.replace(/[.@]/g, '\\$&').replace(/:([A-Za-z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern, auth, handler, names, regex: new RegExp(`^${source}$`) };
});

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    let body: JsonObject = {};
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value !== 'string') {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, name: value.name, contentType: value.type, data });
      } else if (field === 'payload_json') body = { ...body, ...(JSON.parse(value) as JsonObject) };
      else body[field] = value;
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    throw new RestError(400, 'The request body contains invalid JSON.', 50109);
  }
}

export class FakeRest {
  readonly requests: RecordedRequest[] = [];
  private faults: Array<{ matcher: RequestMatcher; fault: Fault; remaining: number }> = [];

  constructor(
    private readonly state: FakeState,
    private readonly hooks: RestHooks,
  ) {}

  failNext(matcher: RequestMatcher, fault: Fault, times = 1): void {
    this.faults.push({ matcher, fault, remaining: times });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.hooks.baseUrl);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      // Decoded per segment: discord.js sends e.g. `/messages/%40original` for `@original`.
      path: url.pathname
        .replace(/^\/api(\/v\d+)?/, '')
        .split('/')
        .map(safeDecode)
        .join('/'),
      url: req.url ?? '/',
      query: Object.fromEntries(url.searchParams),
      headers,
      body: undefined,
      files: [],
      status: 0,
      response: undefined,
      responseHeaders: {},
      fault: false,
      at: Date.now(),
    };
    let reply: Reply;
    const extraHeaders: Record<string, string> = {};
    try {
      Object.assign(record, await readBody(req));
      reply = this.takeFault(record, extraHeaders) ?? this.route(record, url.pathname, extraHeaders);
    } catch (error) {
      if (!(error instanceof RestError)) throw error;
      reply = { status: error.status, body: error.body };
    }
    const body = reply.body === undefined || reply.status === 204 ? undefined : JSON.stringify(reply.body);
    record.status = reply.status;
    record.response = reply.body;
    record.responseHeaders = {
      ...extraHeaders,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      via: '1.1 fake-discord',
    };
    this.requests.push(record);
    this.hooks.onChange();
    res.writeHead(reply.status, record.responseHeaders);
    res.end(body);
  }

  private takeFault(record: RecordedRequest, headers: Record<string, string>): Reply | undefined {
    const entry = this.faults.find((f) => f.remaining > 0 && matchRequest(f.matcher, record));
    if (!entry) return undefined;
    entry.remaining--;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    record.fault = true;
    const { fault } = entry;
    if (fault.status === 429 && 'retryAfter' in fault) {
      // What Discord sends with a 429: discord.js reads Retry-After (seconds), X-RateLimit-Global (presence only!),
      // X-RateLimit-Scope and the bucket headers. The fake passes retryAfter through as given (fractions allowed).
      const scope = fault.scope ?? (fault.global ? 'global' : 'user');
      Object.assign(headers, {
        'retry-after': String(fault.retryAfter),
        'x-ratelimit-limit': '1',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((Date.now() + fault.retryAfter * 1000) / 1000).toFixed(3),
        'x-ratelimit-reset-after': fault.retryAfter.toFixed(3),
        'x-ratelimit-bucket': bucketOf(record.method, record.path),
        'x-ratelimit-scope': scope,
        ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
      });
      const body = {
        message: 'You are being rate limited.',
        retry_after: fault.retryAfter,
        global: fault.global === true,
      };
      return { status: 429, body: fault.global ? { ...body, code: 0 } : body };
    }
    const body =
      'body' in fault && fault.body !== undefined
        ? fault.body
        : { message: `${fault.status}: ${STATUS_CODES[fault.status]}`, code: 0 };
    return { status: fault.status, body };
  }

  private route(record: RecordedRequest, pathname: string, headers: Record<string, string>): Reply {
    if (!/^\/api\/v\d+\//.test(pathname)) return { status: 404, body: { message: '404: Not Found', code: 0 } };
    const candidates = compiled.filter((r) => r.regex.test(record.path));
    const route = candidates.find((r) => r.method === record.method);
    if (!route) {
      return candidates.length > 0
        ? { status: 405, body: { message: '405: Method Not Allowed', code: 0 } }
        : { status: 404, body: { message: '404: Not Found', code: 0 } };
    }
    if (route.auth) {
      const auth = record.headers.authorization ?? '';
      if (!auth.startsWith('Bot ') || (this.hooks.token !== undefined && auth !== `Bot ${this.hooks.token}`)) {
        throw new RestError(401, '401: Unauthorized', 0);
      }
    }
    const match = route.regex.exec(record.path) as RegExpExecArray;
    const params = Object.fromEntries(route.names.map((name, i) => [name, match[i + 1] as string]));
    const ctx: RouteContext = {
      params,
      req: record,
      state: this.state,
      hooks: this.hooks,
      attachments: (channelId) => record.files.map((file) => this.attachment(channelId, file)),
    };
    const reply = route.handler(ctx);
    // Every real response carries bucket headers; generous values so discord.js never waits on them.
    Object.assign(headers, {
      'x-ratelimit-limit': '50',
      'x-ratelimit-remaining': '49',
      'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': '1.000',
      'x-ratelimit-bucket': bucketOf(route.method, route.pattern),
    });
    return reply;
  }

  private attachment(channelId: string, file: RecordedFile): JsonObject {
    const id = snowflake();
    const url = `${this.hooks.baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
    return { id, filename: file.name, size: file.data.length, url, proxy_url: url, content_type: file.contentType };
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function bucketOf(method: string, path: string): string {
  return createHash('sha1').update(`${method} ${path}`).digest('hex').slice(0, 32);
}

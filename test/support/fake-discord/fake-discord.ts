/**
 * A loopback fake of Discord (REST API + gateway websocket) that the real discord.js `Client` talks to, for
 * end-to-end tests. Nothing leaves 127.0.0.1.
 *
 *   const discord = await startFakeDiscord();
 *   const client = new Client({ intents, rest: { api: discord.apiBase } });
 *   await client.login('fake-token');          // GET /api/v10/gateway/bot → ws://127.0.0.1:<port>
 *   const interaction = discord.sendCommand('ask', [{ name: 'question', type: 3, value: 'why?' }]);
 *   const { type, data } = await discord.waitForCallback(interaction.id);
 *   await client.destroy();
 *   await discord.close();
 *
 * discord.js builds REST URLs as `${rest.api}/v10${route}`, so `apiBase` is `http://127.0.0.1:<port>/api`. It gets
 * the gateway URL from GET /gateway/bot (`ws://127.0.0.1:<port>`) and the resume URL from READY's
 * `resume_gateway_url` (`ws://127.0.0.1:<port>/resume`), both on the same port as the REST API.
 *
 * Realism the tests can rely on: gateway close codes (4004 bad token, 4010 bad shard, 4013/4014 intents), intent
 * filtering of MESSAGE_* events (content stripped without MESSAGE_CONTENT unless the bot is mentioned or in DMs),
 * Discord-style REST errors (404 `{message, code}`, 50035 Invalid Form Body for >2000-char content, 40060 for a
 * second interaction callback...), and bot messages echoed back as MESSAGE_CREATE/UPDATE/DELETE.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  FakeGateway,
  type GatewayFrame,
  type IdentifyRecord,
  type ResumeRecord,
  type SessionInfo,
} from './fake-discord-gateway.js';
import {
  applicationFlags,
  buildApplication,
  buildMember,
  type FakeGuild,
  type FakeGuildInit,
  guildCreatePayload,
  type JsonObject,
  shardForGuild,
  snowflake,
} from './fake-discord-model.js';
import { FakeRest, type Fault, matchRequest, type RecordedRequest, type RequestMatcher } from './fake-discord-rest.js';
import {
  type CallbackBody,
  type FakeInteraction,
  type FakeMessage,
  FakeState,
  type InteractionInit,
  type MessageInit,
  messageForSession,
} from './fake-discord-state.js';

export type { GatewayFrame, IdentifyRecord, ResumeRecord, SessionInfo } from './fake-discord-gateway.js';
export type { FakeGuild, JsonObject } from './fake-discord-model.js';
export type { Fault, RecordedRequest, RequestMatcher } from './fake-discord-rest.js';
export type { CallbackBody, FakeInteraction, FakeMessage, InteractionInit, MessageInit } from './fake-discord-state.js';

export interface FakeDiscordOptions {
  /** Shard count recommended by GET /gateway/bot (default 1). Clients may identify with any count. */
  shards?: number;
  /** Application id (default: a fresh snowflake). */
  applicationId?: string;
  /** Bot user id (default: the application id, as for modern applications). */
  botUserId?: string;
  botUsername?: string;
  /** Guilds the bot is in (default: one per shard, each routed to its shard, with one text channel). */
  guilds?: FakeGuildInit[];
  /** If set, any other token is refused (REST 401, gateway close 4004). Default: any `Bot <token>` works. */
  token?: string;
  /** If set, the gateway alone refuses any other token (close 4004 at IDENTIFY) while REST accepts it. */
  gatewayToken?: string;
  /** Gateway heartbeat interval in ms (default 1000; Discord uses ~41250). */
  heartbeatIntervalMs?: number;
  /** session_start_limit.max_concurrency (default 16 so several shards of one client identify without waiting). */
  maxConcurrency?: number;
  /** Privileged intents enabled "in the developer portal" (default none: requesting one closes with 4014). */
  allowedPrivilegedIntents?: number;
  /** Echo the bot's own messages back as MESSAGE_CREATE/UPDATE/DELETE, like Discord does (default true). */
  echoBotMessages?: boolean;
  /** If set, interaction callbacks later than this get 404 Unknown interaction (Discord: 3000 ms). */
  interactionDeadlineMs?: number;
}

interface Waiter {
  check(): void;
  fail(error: Error): void;
}

/** Starts the fake on an ephemeral loopback port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return new FakeDiscord(server, (server.address() as AddressInfo).port, options);
}

export class FakeDiscord {
  /** Value for discord.js `rest.api`: `http://127.0.0.1:<port>/api`. */
  readonly apiBase: string;
  /** Gateway URL returned by GET /gateway/bot: `ws://127.0.0.1:<port>`. */
  readonly gatewayUrl: string;
  readonly port: number;
  readonly applicationId: string;
  readonly shardCount: number;
  /** Unexpected exceptions inside the fake (answered as 500); should stay empty. */
  readonly internalErrors: unknown[] = [];
  private readonly state: FakeState;
  private readonly gateway: FakeGateway;
  private readonly rest: FakeRest;
  private readonly waiters = new Set<Waiter>();
  private readonly appFlags: number;
  private closed = false;

  constructor(
    private readonly server: Server,
    port: number,
    private readonly options: FakeDiscordOptions,
  ) {
    this.port = port;
    this.apiBase = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.shardCount = options.shards ?? 1;
    this.appFlags = applicationFlags(options.allowedPrivilegedIntents ?? 0);
    this.applicationId = options.applicationId ?? snowflake();
    this.state = new FakeState({
      applicationId: this.applicationId,
      botUserId: options.botUserId ?? this.applicationId,
      botUsername: options.botUsername ?? 'FakeBot',
      shards: this.shardCount,
      ...(options.guilds ? { guilds: options.guilds } : {}),
    });
    const onChange = () => this.notify();
    this.gateway = new FakeGateway({
      url: this.gatewayUrl,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      ...((options.gatewayToken ?? options.token) !== undefined
        ? { token: options.gatewayToken ?? options.token }
        : {}),
      allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? 0,
      botUser: this.state.botUser,
      application: { id: this.applicationId, flags: this.appFlags },
      guildsForShard: (shardId, count) =>
        this.state.guilds
          .filter((g) => shardForGuild(g.id, count) === shardId)
          .map((g) => guildCreatePayload(g, this.state.botUser)),
      onChange,
    });
    this.rest = new FakeRest(this.state, {
      baseUrl: `http://127.0.0.1:${port}`,
      gatewayUrl: this.gatewayUrl,
      shards: this.shardCount,
      maxConcurrency: options.maxConcurrency ?? 16,
      ...(options.token !== undefined ? { token: options.token } : {}),
      ...(options.interactionDeadlineMs !== undefined ? { interactionDeadlineMs: options.interactionDeadlineMs } : {}),
      application: () =>
        buildApplication(this.applicationId, this.botUser, this.testUser, this.guilds.length, this.appFlags),
      onBotMessage: (event, message) => this.echo(event, message as FakeMessage),
      onChange,
    });
    server.on('request', (req, res) => {
      this.rest.handle(req, res).catch((error: unknown) => {
        this.internalErrors.push(error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake-discord internal error: ${String(error)}`, code: 0 }));
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = new URL(req.url ?? '/', 'ws://x').pathname;
      if (path !== '/' && path !== '/resume') return void socket.destroy();
      this.gateway.wss.handleUpgrade(req, socket, head, (ws) => this.gateway.wss.emit('connection', ws, req));
    });
  }

  /** Calls `listener` with each HTTP request's path as its headers arrive, before the fake handles it (for timing). */
  onRequestArrival(listener: (path: string, at: number) => void): void {
    this.server.prependListener('request', (req: IncomingMessage) => listener(req.url ?? '', performance.now()));
  }

  // ---- What the fake knows and recorded -------------------------------------------------------------------

  get botUser(): JsonObject & { id: string } {
    return this.state.botUser;
  }
  /** The default human author of `sendMessage`/`sendInteraction`. */
  get testUser(): JsonObject & { id: string } {
    return this.state.testUser;
  }
  /** Guilds the bot is in; `guilds[i].channels[0].id` is a text channel. */
  get guilds(): readonly FakeGuild[] {
    return this.state.guilds;
  }
  /** Every REST request, in arrival order, with the answer given. */
  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }
  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies;
  }
  get resumes(): readonly ResumeRecord[] {
    return this.gateway.resumes;
  }
  /** Every gateway frame clients sent (heartbeats included). */
  get frames(): readonly GatewayFrame[] {
    return this.gateway.frames;
  }
  /** Every accepted interaction callback, in order. */
  get callbacks(): Array<CallbackBody & { interactionId: string }> {
    return [...this.state.interactions.values()].flatMap((rec) =>
      rec.callbacks.map((cb) => ({ interactionId: rec.payload.id, ...cb })),
    );
  }
  sessions(): SessionInfo[] {
    return this.gateway.sessionInfos();
  }
  /** Non-ephemeral messages of a channel, oldest first. */
  messages(channelId: string): FakeMessage[] {
    return [...(this.state.channels.get(channelId)?.messages.values() ?? [])];
  }
  /** Any stored message by id (ephemeral interaction responses included). */
  message(id: string): FakeMessage | undefined {
    return this.state.messages.get(id);
  }
  /** Commands registered through REST: global ones, or a guild's. */
  commands(guildId: string | null = null): JsonObject[] {
    return [...(this.state.commands.get(guildId)?.values() ?? [])];
  }
  /** Registers a user (so mentions of it resolve); returns the full user object. */
  addUser(init: JsonObject): JsonObject & { id: string } {
    return this.state.addUser(init);
  }
  shardForGuild(guildId: string, shardCount = this.shardCount): number {
    return shardForGuild(guildId, shardCount);
  }

  // ---- Gateway events ---------------------------------------------------------------------------------------

  /**
   * Sends a raw dispatch to the sessions of `shardId`, or (if omitted) of the shard of `data.guild_id` (shard 0
   * without a guild). Not intent-filtered. Returns the number of sessions it went to.
   */
  dispatch(type: string, data: JsonObject, shardId?: number): number {
    if (type === 'INTERACTION_CREATE') this.state.remember(data as FakeInteraction);
    const guildId =
      typeof data.guild_id === 'string'
        ? data.guild_id
        : type.match(/^GUILD_(CREATE|UPDATE|DELETE)$/)
          ? String(data.id)
          : null;
    return this.dispatchTo(type, () => data, shardId !== undefined ? { shardId } : { guildId });
  }

  /** Sends an INTERACTION_CREATE (default: a chat-input command `/ping` from `testUser` in the first guild). */
  sendInteraction(init: InteractionInit = {}): FakeInteraction {
    const payload = this.state.interaction(init);
    this.dispatchTo('INTERACTION_CREATE', () => payload, { guildId: payload.guild_id ?? null });
    return payload;
  }

  /** Sends a chat-input command, e.g. `sendCommand('ask', [{ name: 'question', type: 3, value: 'why?' }])`. */
  sendCommand(name: string, options: JsonObject[] = [], init: InteractionInit = {}): FakeInteraction {
    const data = { ...init.data, name, ...(options.length > 0 ? { options } : {}) };
    return this.sendInteraction({ ...init, type: 2, data });
  }

  /**
   * Sends a MESSAGE_CREATE from `testUser` (default: in the first guild's first channel; `guild_id: null` for a
   * DM). Delivered like Discord does: only to sessions with GUILD_MESSAGES / DIRECT_MESSAGES, and with content,
   * embeds, attachments and components emptied without MESSAGE_CONTENT unless the bot is mentioned.
   * Note discord.js drops DMs unless the client has `partials: [Partials.Channel]`.
   */
  sendMessage(init: MessageInit = {}): FakeMessage {
    const message = this.state.userMessage(init);
    const guildId = (message.guild_id as string | undefined) ?? null;
    this.dispatchTo('MESSAGE_CREATE', (s) => messageForSession(s.intents, message, guildId, this.botUser.id), {
      guildId,
    });
    return message;
  }

  /**
   * A new forum post, as Discord delivers one: THREAD_CREATE (`newly_created`) for the thread titled `title`, then
   * the starter message (same id as the thread) as MESSAGE_CREATE in it, its content visible only with
   * MESSAGE_CONTENT. Returns the thread and the starter message.
   */
  createForumPost(
    forumId: string,
    init: { title: string; content?: string; author?: JsonObject; appliedTags?: string[] },
  ): { thread: JsonObject & { id: string }; starter: FakeMessage } {
    const author = init.author ? this.state.addUser({ ...this.testUser, ...init.author }) : this.testUser;
    const thread = this.state.forumThread(forumId, {
      name: init.title,
      ownerId: author.id,
      ...(init.appliedTags ? { appliedTags: init.appliedTags } : {}),
    }) as JsonObject & { id: string };
    const guildId = String(thread.guild_id);
    this.dispatchTo('THREAD_CREATE', () => ({ ...thread, newly_created: true }), { guildId });
    const starter = this.sendMessage({ channel_id: thread.id, id: thread.id, content: init.content ?? '', author });
    return { thread, starter };
  }

  /** Changes a thread (archived, locked, applied tags...) and sends THREAD_UPDATE, as a moderator's edit would. */
  updateThread(threadId: string, change: { archived?: boolean; locked?: boolean; appliedTags?: string[] }): void {
    const record = this.state.channels.get(threadId);
    if (!record?.guildId) throw new Error(`fake-discord: no thread ${threadId}`);
    const thread = record.channel;
    const metadata = thread.thread_metadata as JsonObject;
    if (change.archived !== undefined) metadata.archived = change.archived;
    if (change.locked !== undefined) metadata.locked = change.locked;
    if (change.appliedTags !== undefined) thread.applied_tags = change.appliedTags;
    this.dispatchTo('THREAD_UPDATE', () => ({ ...thread }), { guildId: record.guildId });
  }

  /** Edits a user's message (MESSAGE_UPDATE with the new content), as a quick edit after posting would. */
  editMessage(messageId: string, content: string): FakeMessage {
    const message = this.state.messages.get(messageId);
    if (!message) throw new Error(`fake-discord: no message ${messageId}`);
    message.content = content;
    message.edited_timestamp = new Date().toISOString();
    const guildId = (message.guild_id as string | undefined) ?? null;
    this.dispatchTo('MESSAGE_UPDATE', (s) => messageForSession(s.intents, message, guildId, this.botUser.id), {
      guildId,
    });
    return message;
  }

  /**
   * Cuts the gateway socket(s) of `shardId` (all if omitted) mid-session. Default: abrupt TCP close (1006), so
   * discord.js resumes on `resume_gateway_url` and gets the events dispatched meanwhile. `code`: close with that
   * code instead (1000 makes discord.js re-identify); `invalidateSession`: the resume gets INVALID_SESSION.
   */
  dropConnection(shardId?: number, opts: { code?: number; invalidateSession?: boolean } = {}): number {
    return this.gateway.drop(shardId, opts);
  }

  // ---- REST faults ------------------------------------------------------------------------------------------

  /**
   * Answers the next `times` requests matching `matcher` with `fault` instead of handling them, e.g.
   * `failNext('POST /interactions/:id/:token/callback', { status: 429, retryAfter: 0.2 })`. A 429 carries
   * Retry-After, X-RateLimit-* (incl. Scope, and Global when `global`) and `{message, retry_after, global}`.
   * Faulted requests are recorded (with `fault: true`) but have no effect.
   */
  failNext(matcher: RequestMatcher, fault: Fault, times = 1): void {
    this.rest.failNext(matcher, fault, times);
  }

  // ---- Waiting ----------------------------------------------------------------------------------------------

  /** Resolves with `probe()`'s first truthy result, re-checked whenever the fake records something. */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'a condition'): Promise<T> {
    if (this.closed) return Promise.reject(new Error('fake-discord is closed'));
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined | null | false;
          try {
            value = probe();
          } catch (error) {
            done();
            reject(error);
            return;
          }
          if (value !== undefined && value !== null && value !== false) {
            done();
            resolve(value);
          }
        },
        fail: (error) => {
          done();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        const recent = this.requests.slice(-5).map((r) => `${r.method} ${r.path} → ${r.status}`);
        waiter.fail(
          new Error(
            `fake-discord: timed out after ${timeoutMs}ms waiting for ${what}; last requests: ${recent.join(', ') || 'none'}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
      waiter.check();
    });
  }

  /** The first recorded request (already received or future) matching `matcher`. */
  waitForRequest(matcher: RequestMatcher, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitFor(
      () => this.requests.find((r) => matchRequest(matcher, r)),
      timeoutMs,
      `request ${String(matcher)}`,
    );
  }

  /** The first IDENTIFY of `shardId` (of any shard if omitted). */
  waitForIdentify(shardId?: number, timeoutMs = 5000): Promise<IdentifyRecord> {
    const probe = () => this.identifies.find((i) => shardId === undefined || i.shardId === shardId);
    return this.waitFor(probe, timeoutMs, `IDENTIFY of shard ${shardId ?? 'any'}`);
  }

  /** The first successful RESUME of `shardId` (of any shard if omitted). */
  waitForResume(shardId?: number, timeoutMs = 5000): Promise<ResumeRecord> {
    const probe = () => this.resumes.find((r) => r.ok && (shardId === undefined || r.shardId === shardId));
    return this.waitFor(probe, timeoutMs, `RESUME of shard ${shardId ?? 'any'}`);
  }

  /** The (first, accepted) callback body `{type, data}` of an interaction. */
  waitForCallback(interactionId: string, timeoutMs = 5000): Promise<CallbackBody> {
    const probe = () => this.state.interactions.get(interactionId)?.callbacks[0];
    return this.waitFor(probe, timeoutMs, `callback of interaction ${interactionId}`);
  }

  /** Closes every socket and the server; pending waits reject. Destroy clients first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter.fail(new Error('fake-discord closed'));
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- Internals --------------------------------------------------------------------------------------------

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  private dispatchTo(
    type: string,
    dataFor: (s: SessionInfo) => unknown,
    target: { shardId?: number; guildId?: string | null },
  ): number {
    if (!this.anySessionFor(target)) {
      throw new Error(`fake-discord: no gateway session would receive ${type} (has the client logged in?)`);
    }
    return this.gateway.dispatch(type, dataFor, target);
  }

  private anySessionFor(target: { shardId?: number; guildId?: string | null }): boolean {
    return this.sessions().some(
      (s) => s.shardId === (target.shardId ?? (target.guildId ? shardForGuild(target.guildId, s.shardCount) : 0)),
    );
  }

  private echo(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE' | 'MESSAGE_DELETE', message: FakeMessage): void {
    if (this.options.echoBotMessages === false) return;
    const guildId = this.state.channels.get(message.channel_id)?.guildId ?? null;
    const guild = guildId ? this.state.guild(guildId) : undefined;
    const data: JsonObject =
      event === 'MESSAGE_DELETE'
        ? { id: message.id, channel_id: message.channel_id }
        : { ...message, ...(guild ? { member: buildMember(null, guild.joinedAt, { roles: [guild.botRoleId] }) } : {}) };
    if (guildId) data.guild_id = guildId;
    // Best effort: nobody may be connected (e.g. REST-only use), which is fine for an echo.
    this.gateway.dispatch(event, (s) => messageForSession(s.intents, data, guildId, this.botUser.id), { guildId });
  }
}

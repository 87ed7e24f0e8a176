/**
 * Gateway half of the fake Discord: a `ws` server speaking Discord's gateway protocol (JSON encoding, no
 * compression) the way @discordjs/ws 1.x expects it:
 *
 *   client connects to `<url>?v=10&encoding=json`   → HELLO (op 10, heartbeat_interval)
 *   IDENTIFY (op 2)                                   → READY (+ GUILD_CREATE per guild of that shard)
 *   HEARTBEAT (op 1)                                  → HEARTBEAT_ACK (op 11)
 *   RESUME (op 6) on `resume_gateway_url`             → missed dispatches replayed, then RESUMED
 *                                                       (or INVALID_SESSION op 9 d=false if it can't resume)
 *
 * A session outlives its socket unless the client closes with 1000/1001, so after `drop()` the client can resume
 * and gets every event dispatched in between.
 */
import type { IncomingMessage } from 'node:http';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import { ALL_INTENTS, type JsonObject, PRIVILEGED_INTENTS, randomHex, shardForGuild } from './fake-discord-model.js';

/** One IDENTIFY the fake received. */
export interface IdentifyRecord {
  shardId: number;
  shardCount: number;
  token: string;
  intents: number;
  properties: JsonObject;
  compress: boolean;
  largeThreshold?: number;
  presence?: unknown;
  sessionId: string;
  /** Request path + query of the websocket it came on, e.g. `/?v=10&encoding=json`. */
  url: string;
  at: number;
}

/** One RESUME the fake received. */
export interface ResumeRecord {
  shardId: number | null;
  sessionId: string;
  /** Last sequence number the client had seen. */
  seq: number;
  ok: boolean;
  /** Dispatches replayed before RESUMED. */
  replayed: number;
  url: string;
  at: number;
}

/** Any frame a client sent (heartbeats included). */
export interface GatewayFrame {
  connection: number;
  shardId: number | null;
  op: number;
  d: unknown;
  at: number;
}

/** Read-only view of a gateway session. */
export interface SessionInfo {
  sessionId: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  connected: boolean;
}

interface Session {
  sessionId: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  token: string;
  log: JsonObject[];
  conn: Connection | null;
}

interface Connection {
  id: number;
  ws: WebSocket;
  url: string;
  session: Session | null;
}

export interface GatewayHooks {
  /** ws:// URL clients connect to for IDENTIFY (returned by GET /gateway/bot). */
  url: string;
  heartbeatIntervalMs: number;
  /** If set, IDENTIFY/RESUME with another token is refused (4004). */
  token?: string;
  allowedPrivilegedIntents: number;
  botUser: JsonObject;
  application: JsonObject;
  /** GUILD_CREATE payloads for the guilds of shard `[shardId, shardCount]`. */
  guildsForShard(shardId: number, shardCount: number): JsonObject[];
  /** Called whenever something got recorded, so waiters can re-check. */
  onChange(): void;
}

/** Which sessions an event goes to: an explicit shard, the shard of a guild, or (neither) shard 0 like DMs. */
export interface DispatchTarget {
  shardId?: number;
  guildId?: string | null;
}

export class FakeGateway {
  readonly wss = new WebSocketServer({ noServer: true });
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly frames: GatewayFrame[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private nextConnectionId = 1;

  constructor(private readonly hooks: GatewayHooks) {
    this.wss.on('connection', (ws: WebSocket, req: IncomingMessage) => this.onConnection(ws, req.url ?? '/'));
  }

  sessionInfos(): SessionInfo[] {
    return [...this.sessions.values()].map(FakeGateway.info);
  }

  private static info({ sessionId, shardId, shardCount, intents, seq, conn }: Session): SessionInfo {
    return { sessionId, shardId, shardCount, intents, seq, connected: conn !== null };
  }

  /**
   * Sends dispatch `type` to every live session of the target shard. `dataFor` builds the `d` for a session
   * (or returns null to skip it, e.g. for missing intents). Sessions whose socket is gone queue the event for
   * replay on RESUME. Returns how many sessions got (or will get) it.
   */
  dispatch(type: string, dataFor: (session: SessionInfo) => unknown, target: DispatchTarget): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      const shard = target.shardId ?? (target.guildId ? shardForGuild(target.guildId, session.shardCount) : 0);
      if (session.shardId !== shard) continue;
      const d = dataFor(FakeGateway.info(session));
      if (d === null) continue;
      this.sendDispatch(session, type, d);
      delivered++;
    }
    return delivered;
  }

  /**
   * Cuts the sockets of `shardId` (all shards if undefined). Default: TCP-level termination, the client sees 1006
   * and resumes. `code` closes cleanly with that code instead; `invalidateSession` forgets the session first so a
   * RESUME gets INVALID_SESSION and the client must IDENTIFY again. Returns the number of sockets cut.
   */
  drop(shardId?: number, opts: { code?: number; invalidateSession?: boolean } = {}): number {
    let dropped = 0;
    for (const session of [...this.sessions.values()]) {
      if (shardId !== undefined && session.shardId !== shardId) continue;
      if (opts.invalidateSession) this.sessions.delete(session.sessionId);
      const conn = session.conn;
      if (!conn) continue;
      session.conn = null;
      conn.session = null;
      if (opts.code !== undefined) conn.ws.close(opts.code, 'fake-discord: dropConnection');
      else conn.ws.terminate();
      dropped++;
    }
    return dropped;
  }

  close(): void {
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    this.sessions.clear();
    this.wss.close();
  }

  private onConnection(ws: WebSocket, url: string): void {
    const conn: Connection = { id: this.nextConnectionId++, ws, url, session: null };
    this.connections.add(conn);
    ws.on('message', (raw) => this.onFrame(conn, raw.toString()));
    ws.on('close', (code) => {
      this.connections.delete(conn);
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = null;
        // A clean close ends the session; anything else (1006, 4xxx) leaves it resumable.
        if (code === 1000 || code === 1001) this.sessions.delete(session.sessionId);
      }
      this.hooks.onChange();
    });
    ws.on('error', () => {});
    const params = new URL(url, 'ws://x').searchParams;
    if (params.get('encoding') && params.get('encoding') !== 'json') {
      ws.close(GatewayCloseCodes.DecodeError, 'Only encoding=json is supported by fake-discord');
      return;
    }
    this.send(conn, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.hooks.heartbeatIntervalMs } });
  }

  private onFrame(conn: Connection, text: string): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      frame = JSON.parse(text);
    } catch {
      conn.ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = Number(frame.op);
    this.frames.push({ connection: conn.id, shardId: conn.session?.shardId ?? null, op, d: frame.d, at: Date.now() });
    const d = (frame.d ?? {}) as JsonObject;
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.send(conn, { op: GatewayOpcodes.HeartbeatAck });
        break;
      case GatewayOpcodes.Identify:
        this.identify(conn, d);
        break;
      case GatewayOpcodes.Resume:
        this.resume(conn, d);
        break;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        // Recorded in `frames`; the fake does not answer these.
        if (!conn.session) conn.ws.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        break;
      default:
        conn.ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
    this.hooks.onChange();
  }

  /** Why an IDENTIFY is refused (close code and reason), or null if it is fine. */
  private identifyProblem(conn: Connection, d: JsonObject): [number, string] | null {
    if (conn.session) return [GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.'];
    const token = String(d.token ?? '');
    if (!token || (this.hooks.token !== undefined && token !== this.hooks.token)) {
      return [GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.'];
    }
    const [shardId, shardCount] = Array.isArray(d.shard) ? d.shard : [0, 1];
    if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardId < 0 || shardId >= shardCount) {
      return [GatewayCloseCodes.InvalidShard, 'Invalid shard.'];
    }
    const intents = d.intents;
    if (typeof intents !== 'number' || (intents & ~ALL_INTENTS) !== 0) {
      return [GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).'];
    }
    if (intents & PRIVILEGED_INTENTS & ~this.hooks.allowedPrivilegedIntents) {
      return [GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).'];
    }
    return null;
  }

  private identify(conn: Connection, d: JsonObject): void {
    const problem = this.identifyProblem(conn, d);
    if (problem) {
      conn.ws.close(...problem);
      return;
    }
    const token = String(d.token);
    const intents = d.intents as number;
    const [shardId, shardCount] = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
    const session: Session = {
      sessionId: randomHex(16),
      shardId,
      shardCount,
      intents,
      seq: 0,
      token,
      log: [],
      conn,
    };
    this.sessions.set(session.sessionId, session);
    conn.session = session;
    this.identifies.push({
      shardId: session.shardId,
      shardCount: session.shardCount,
      token,
      intents,
      properties: (d.properties ?? {}) as JsonObject,
      compress: d.compress === true,
      ...(d.large_threshold !== undefined ? { largeThreshold: Number(d.large_threshold) } : {}),
      ...(d.presence !== undefined ? { presence: d.presence } : {}),
      sessionId: session.sessionId,
      url: conn.url,
      at: Date.now(),
    });
    const guilds = this.hooks.guildsForShard(session.shardId, session.shardCount);
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...this.hooks.botUser, verified: true, mfa_enabled: false, email: null },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.sessionId,
      session_type: 'normal',
      resume_gateway_url: `${this.hooks.url}/resume`,
      shard: [session.shardId, session.shardCount],
      application: this.hooks.application,
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['fake-loopback'],
      auth: {},
      _trace: ['["fake-discord",{}]'],
    });
    // Without the GUILDS intent Discord sends no GUILD_CREATE; discord.js then stops waiting for guilds at once.
    if (intents & GatewayIntentBits.Guilds)
      for (const guild of guilds) this.sendDispatch(session, 'GUILD_CREATE', guild);
  }

  private resume(conn: Connection, d: JsonObject): void {
    const session = this.sessions.get(String(d.session_id));
    const seq = Number(d.seq ?? 0);
    const ok = session !== undefined && session.token === d.token && seq <= session.seq;
    const record: ResumeRecord = {
      shardId: session?.shardId ?? null,
      sessionId: String(d.session_id),
      seq,
      ok,
      replayed: 0,
      url: conn.url,
      at: Date.now(),
    };
    this.resumes.push(record);
    if (!ok || !session) {
      this.send(conn, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    if (session.conn && session.conn !== conn) {
      // The old socket of this session is still open (zombied): Discord drops it.
      session.conn.session = null;
      session.conn.ws.terminate();
    }
    session.conn = conn;
    conn.session = session;
    for (const payload of session.log) {
      if ((payload.s as number) > seq) {
        this.send(conn, payload);
        record.replayed++;
      }
    }
    session.seq++;
    this.send(conn, { op: GatewayOpcodes.Dispatch, t: 'RESUMED', s: session.seq, d: { _trace: ['fake-discord'] } });
  }

  private sendDispatch(session: Session, type: string, d: unknown): void {
    session.seq++;
    const payload = { op: GatewayOpcodes.Dispatch, t: type, s: session.seq, d };
    session.log.push(payload);
    if (session.conn) this.send(session.conn, payload);
  }

  private send(conn: Connection, payload: JsonObject): void {
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify({ t: null, s: null, ...payload }));
  }
}

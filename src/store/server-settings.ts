/**
 * Per-server settings over the environment's defaults: forum and ask channels switched on or off, answers private
 * by default, the cooldown. Read synchronously from memory (the store is never on an answer's path); loaded at
 * start and polled every 2 s, so a change made on one shard or replica reaches every other within seconds, and the
 * process that made it at once.
 */
import type { QuestionLog } from './question-log.js';
import type { ServerChannelRow, ServerSettingsRow, SettingsChanges } from './records.js';

export type ChannelKind = 'forum' | 'ask';

/** Seconds between one user's questions in channels, unless a server sets its own. */
export const DEFAULT_COOLDOWN_SECONDS = 5;

/** The environment's settings, every server's defaults. */
export function settingsDefaults(env: { forumChannelIds?: readonly string[]; askChannelIds?: readonly string[] }) {
  return {
    forumChannelIds: env.forumChannelIds ?? [],
    askChannelIds: env.askChannelIds ?? [],
    cooldownSeconds: DEFAULT_COOLDOWN_SECONDS,
  } satisfies SettingsDefaults;
}

export interface SettingsDefaults {
  forumChannelIds: readonly string[];
  askChannelIds: readonly string[];
  cooldownSeconds: number;
}

export interface EffectiveSettings {
  forumChannels: string[];
  askChannels: string[];
  privateByDefault: boolean;
  cooldownSeconds: number;
}

type SettingsSource = Pick<QuestionLog, 'settingsChangedSince' | 'saveServerSettings' | 'saveServerChannel'>;

const POLL_MS = 2_000;
/** Rows are read again this far back, so a writer whose clock runs a little behind is not missed. */
const CLOCK_SLACK_MS = 10_000;

export class ServerSettings {
  /** Whether the bot reads messages (it has the Message Content intent): the gateway bot says so once connected. */
  readsMessages = false;
  /** Which server a channel is in, when the front end knows (the gateway's cache): lists stay within a server. */
  channelGuild: (channelId: string) => string | undefined = () => undefined;
  private readonly servers = new Map<string, ServerSettingsRow>();
  /** `${kind}:${channelId}` -> the row that switched it on or off. */
  private readonly channels = new Map<string, ServerChannelRow>();
  private seen = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly defaults: SettingsDefaults,
    private readonly source?: SettingsSource,
  ) {}

  /** Loads what is stored and keeps polling. Resolves after the first load (or its failure: defaults then). */
  async start(pollMs = POLL_MS): Promise<this> {
    await this.poll();
    if (this.source && !this.timer) {
      this.timer = setInterval(() => void this.poll(), pollMs);
      this.timer.unref();
    }
    return this;
  }

  close(): void {
    clearInterval(this.timer);
  }

  /** Whether settings can be changed (a store is there). */
  get writable(): boolean {
    return this.source !== undefined;
  }

  isChannel(kind: ChannelKind, channelId: string): boolean {
    const row = this.channels.get(`${kind}:${channelId}`);
    if (row) return row.enabled;
    return (kind === 'forum' ? this.defaults.forumChannelIds : this.defaults.askChannelIds).includes(channelId);
  }

  /** Any forum or ask channel anywhere: the bot then wants the Message Content intent. */
  anyChannels(): boolean {
    if (this.defaults.forumChannelIds.length > 0 || this.defaults.askChannelIds.length > 0) return true;
    return [...this.channels.values()].some((row) => row.enabled);
  }

  /** A server's own switches (private by default, cooldown): cheap, for every question. */
  server(guildId: string | undefined): { privateByDefault: boolean; cooldownSeconds: number } {
    const own = guildId ? this.servers.get(guildId) : undefined;
    return {
      privateByDefault: own?.privateByDefault ?? false,
      cooldownSeconds: own?.cooldownSeconds ?? this.defaults.cooldownSeconds,
    };
  }

  /**
   * A server's settings. The environment's channels count wherever they are: `inGuild` (by default from
   * `channelGuild`) keeps those of other servers out of the list.
   */
  forGuild(
    guildId: string | undefined,
    inGuild: (channelId: string) => boolean = (id) => [undefined, guildId].includes(this.channelGuild(id)),
  ): EffectiveSettings {
    const list = (kind: ChannelKind) => {
      const ids = new Set<string>();
      const defaults = kind === 'forum' ? this.defaults.forumChannelIds : this.defaults.askChannelIds;
      for (const id of defaults) if (this.isChannel(kind, id) && inGuild(id)) ids.add(id);
      for (const row of this.channels.values()) {
        if (row.kind === kind && row.enabled && row.guildId === guildId) ids.add(row.channelId);
      }
      return [...ids];
    };
    return {
      forumChannels: list('forum'),
      askChannels: list('ask'),
      ...this.server(guildId),
    };
  }

  async setChannel(guildId: string, channelId: string, kind: ChannelKind, enabled: boolean): Promise<boolean> {
    const row: ServerChannelRow = { guildId, channelId, kind, enabled, updatedAt: Date.now() };
    if (!this.source || !(await this.source.saveServerChannel(row))) return false;
    this.apply({ settings: [], channels: [row] });
    return true;
  }

  async setServer(guildId: string, change: { privateByDefault?: boolean; cooldownSeconds?: number }): Promise<boolean> {
    const row: ServerSettingsRow = { guildId, ...change, updatedAt: Date.now() };
    if (!this.source || !(await this.source.saveServerSettings(row))) return false;
    // The store keeps the other setting as it was: so does this copy.
    const known = this.servers.get(guildId);
    this.apply({
      settings: [
        {
          ...row,
          privateByDefault: row.privateByDefault ?? known?.privateByDefault,
          cooldownSeconds: row.cooldownSeconds ?? known?.cooldownSeconds,
        } as ServerSettingsRow,
      ],
      channels: [],
    });
    return true;
  }

  private async poll(): Promise<void> {
    if (!this.source) return;
    const since = this.seen === 0 ? 0 : this.seen - CLOCK_SLACK_MS;
    const changes = await this.source.settingsChangedSince(since);
    if (changes !== 'unavailable') this.apply(changes);
  }

  /** Newer rows win; the same row twice changes nothing. */
  private apply(changes: SettingsChanges): void {
    for (const row of changes.settings) {
      const known = this.servers.get(row.guildId);
      if (known && known.updatedAt > row.updatedAt) continue;
      this.servers.set(row.guildId, row);
      this.seen = Math.max(this.seen, row.updatedAt);
    }
    for (const row of changes.channels) {
      const key = `${row.kind}:${row.channelId}`;
      const known = this.channels.get(key);
      if (known && known.updatedAt > row.updatedAt) continue;
      this.channels.set(key, row);
      this.seen = Math.max(this.seen, row.updatedAt);
    }
  }
}

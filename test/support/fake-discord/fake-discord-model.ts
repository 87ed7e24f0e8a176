/**
 * Payload model of the loopback fake Discord: snowflakes, permission/intent constants and builders that produce
 * JSON shaped like what the real API sends (users, guilds, channels, members, messages, interactions).
 *
 * Everything here is pure: the builders take plain data and return plain JSON objects. State lives in
 * `fake-discord-state.ts`.
 */
import { ChannelType, GatewayIntentBits, PermissionFlagsBits } from 'discord.js';

/** A JSON object as sent over the wire. */
export type JsonObject = { [key: string]: unknown };

/** Discord's epoch (2015-01-01T00:00:00.000Z) used in snowflakes. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/**
 * A new, unique snowflake. `timestampBits` overrides the timestamp part (milliseconds since the Discord epoch),
 * which is what sharding looks at: shard_id = (guild_id >> 22) % num_shards.
 */
export function snowflake(timestampBits?: bigint): string {
  increment = (increment + 1n) & 0xfffn;
  const ts = timestampBits ?? BigInt(Date.now()) - DISCORD_EPOCH;
  return ((ts << 22n) | (1n << 17n) | increment).toString();
}

/** The shard a guild's events go to, as Discord computes it. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

/** A fresh guild id that Discord would route to `shardId` of `shardCount`. */
export function guildIdForShard(shardId: number, shardCount: number): string {
  const now = BigInt(Date.now()) - DISCORD_EPOCH;
  const count = BigInt(Math.max(1, shardCount));
  return snowflake(now - (now % count) + BigInt(shardId));
}

/** A random hex string (session ids, interaction tokens). */
export function randomHex(bytes: number): string {
  let out = '';
  for (let i = 0; i < bytes; i++)
    out += Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0');
  return out;
}

const P = PermissionFlagsBits;
/** What @everyone may do in a freshly created guild (roughly Discord's default). */
const DEFAULT_EVERYONE_PERMISSIONS =
  P.CreateInstantInvite |
  P.ChangeNickname |
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.CreatePublicThreads |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.UseExternalEmojis |
  P.ReadMessageHistory |
  P.UseApplicationCommands |
  P.Connect |
  P.Speak;
/** What the bot's managed role grants (what a typical invite link asks for). */
const DEFAULT_BOT_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.SendMessagesInThreads | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory;

/** Intents that must be enabled in the developer portal; a fresh application has none of them. */
export const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
/** Every intent bit Discord knows (others give close code 4013 Invalid intents). */
export const ALL_INTENTS = Object.values(GatewayIntentBits)
  .filter((v): v is number => typeof v === 'number')
  .reduce((acc, bit) => acc | bit, 0);

/** Application flags Discord reports for the given enabled privileged intents (the *_LIMITED variants). */
export function applicationFlags(allowedPrivilegedIntents: number): number {
  let flags = 1 << 23; // APPLICATION_COMMAND_BADGE
  if (allowedPrivilegedIntents & GatewayIntentBits.GuildPresences) flags |= 1 << 13;
  if (allowedPrivilegedIntents & GatewayIntentBits.GuildMembers) flags |= 1 << 15;
  if (allowedPrivilegedIntents & GatewayIntentBits.MessageContent) flags |= 1 << 19;
  return flags;
}

/** A user object. `init` fields override the defaults. */
export function buildUser(init: JsonObject & { id?: string; username?: string; bot?: boolean }): JsonObject {
  const username = init.username ?? 'tester';
  const user: JsonObject = {
    id: init.id ?? snowflake(),
    username,
    discriminator: init.bot ? '0000' : '0',
    global_name: init.bot ? null : username,
    avatar: null,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
    ...init,
  };
  if (!user.bot) delete user.bot;
  return user;
}

/** A guild as the fake keeps it; GUILD_CREATE payloads are built from it on demand. */
export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  /** Id of the bot's managed role. */
  botRoleId: string;
  everyonePermissions: bigint;
  botPermissions: bigint;
  /** Channel payloads (guild text channels by default); tests can read ids from here. */
  channels: JsonObject[];
  joinedAt: string;
}

/** Options for one guild of the fake. */
export interface FakeGuildInit {
  id?: string;
  name?: string;
  ownerId?: string;
  /**
   * Channels to create (default: one text channel named `general`); `type` defaults to GUILD_TEXT. A forum
   * (type 15) takes `available_tags` ({id, name}).
   */
  channels?: Array<{
    id?: string;
    name?: string;
    type?: number;
    topic?: string | null;
    available_tags?: Array<{ id: string; name: string }>;
  }>;
  everyonePermissions?: bigint;
  botPermissions?: bigint;
}

export function buildGuild(init: FakeGuildInit, fallbackId: string, ownerId: string): FakeGuild {
  const id = init.id ?? fallbackId;
  const channels = (init.channels ?? [{ name: 'general' }]).map((c, position) =>
    buildGuildChannel(id, { position, ...c }),
  );
  return {
    id,
    name: init.name ?? `Fake guild ${id.slice(-4)}`,
    ownerId: init.ownerId ?? ownerId,
    botRoleId: snowflake(),
    everyonePermissions: init.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
    botPermissions: init.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
    channels,
    joinedAt: new Date().toISOString(),
  };
}

function buildGuildChannel(
  guildId: string,
  init: {
    id?: string;
    name?: string;
    type?: number;
    topic?: string | null;
    position?: number;
    available_tags?: Array<{ id: string; name: string }>;
  },
): JsonObject {
  const forum =
    init.type === ChannelType.GuildForum
      ? {
          available_tags: (init.available_tags ?? []).map((t) => ({
            ...t,
            moderated: false,
            emoji_id: null,
            emoji_name: null,
          })),
          default_reaction_emoji: null,
          default_sort_order: null,
          default_forum_layout: 0,
          default_thread_rate_limit_per_user: 0,
        }
      : {};
  return {
    ...forum,
    id: init.id ?? snowflake(),
    type: init.type ?? ChannelType.GuildText,
    guild_id: guildId,
    name: init.name ?? 'channel',
    position: init.position ?? 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: init.topic ?? null,
    rate_limit_per_user: 0,
    last_message_id: null,
    last_pin_timestamp: null,
    flags: 0,
  };
}

export function buildDmChannel(id: string, recipient: JsonObject): JsonObject {
  return { id, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: [recipient] };
}

function buildRole(id: string, name: string, permissions: bigint, extra: JsonObject = {}): JsonObject {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
    ...extra,
  };
}

/** A guild member object (`user` included unless `withUser` is false, as in message `member` fields). */
export function buildMember(user: JsonObject | null, joinedAt: string, extra: JsonObject = {}): JsonObject {
  const member: JsonObject = {
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    ...extra,
  };
  if (user) member.user = user;
  return member;
}

/** The `d` of a GUILD_CREATE for `guild`, with the bot as the only cached member. */
export function guildCreatePayload(guild: FakeGuild, botUser: JsonObject): JsonObject {
  const botRole = buildRole(guild.botRoleId, String(botUser.username), guild.botPermissions, {
    managed: true,
    position: 1,
    tags: { bot_id: botUser.id },
  });
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    features: [],
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    roles: [buildRole(guild.id, '@everyone', guild.everyonePermissions), botRole],
    emojis: [],
    stickers: [],
    // Gateway-only fields
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    lazy: true,
    members: [buildMember(botUser, guild.joinedAt, { roles: [guild.botRoleId] })],
    channels: guild.channels,
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    incidents_data: null,
  };
}

const MENTION_USER = /<@!?(\d{15,21})>/g;
const MENTION_ROLE = /<@&(\d{15,21})>/g;

/** User and role ids mentioned in `content`, and whether it mentions @everyone/@here. */
export function parseMentions(content: string): { users: string[]; roles: string[]; everyone: boolean } {
  return {
    users: [...new Set([...content.matchAll(MENTION_USER)].map((m) => m[1] as string))],
    roles: [...new Set([...content.matchAll(MENTION_ROLE)].map((m) => m[1] as string))],
    everyone: /@(everyone|here)\b/.test(content),
  };
}

/** The application object of GET /applications/@me. */
export function buildApplication(
  id: string,
  bot: JsonObject,
  owner: JsonObject,
  guildCount: number,
  flags: number,
): JsonObject {
  return {
    id,
    name: bot.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags,
    owner,
    team: null,
    bot,
    approximate_guild_count: guildCount,
    approximate_user_install_count: 0,
    redirect_uris: [],
    interactions_endpoint_url: null,
    role_connections_verification_url: null,
    integration_types_config: { '0': {} },
    tags: [],
  };
}

/** A thread channel (a forum post is a public thread whose parent is the forum). */
export function buildThread(
  guildId: string,
  parent: JsonObject,
  init: { id?: string; name: string; ownerId: string; appliedTags?: string[] },
): JsonObject {
  return {
    id: init.id ?? snowflake(),
    type: ChannelType.PublicThread,
    guild_id: guildId,
    parent_id: parent.id,
    owner_id: init.ownerId,
    name: init.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    applied_tags: init.appliedTags ?? [],
    thread_metadata: {
      archived: false,
      locked: false,
      auto_archive_duration: 4320,
      archive_timestamp: new Date().toISOString(),
      create_timestamp: new Date().toISOString(),
    },
  };
}

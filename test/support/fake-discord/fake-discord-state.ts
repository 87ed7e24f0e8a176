/**
 * What the fake Discord "knows": users, guilds, channels (with their messages), interactions it sent and the
 * application commands registered through REST. Builds user-authored payloads (MESSAGE_CREATE, INTERACTION_CREATE)
 * and bot-authored messages (from REST bodies) in the shapes the real API uses.
 */
import {
  ApplicationCommandType,
  ChannelType,
  GatewayIntentBits,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord.js';
import {
  buildDmChannel,
  buildGuild,
  buildMember,
  buildThread,
  buildUser,
  type FakeGuild,
  type FakeGuildInit,
  guildIdForShard,
  type JsonObject,
  parseMentions,
  randomHex,
  snowflake,
} from './fake-discord-model.js';

export interface ChannelRecord {
  channel: JsonObject;
  guildId: string | null;
  messages: Map<string, FakeMessage>;
}

/** The `{type, data}` body of one POST /interactions/:id/:token/callback. */
export interface CallbackBody {
  type: number;
  data?: JsonObject;
}

export interface InteractionRecord {
  payload: FakeInteraction;
  createdAt: number;
  callbacks: CallbackBody[];
  /** Id of the message created by the first response (type 4/5), or the component's message for type 6/7. */
  originalMessageId: string | null;
}

/** An INTERACTION_CREATE payload as sent by the fake. */
export type FakeInteraction = JsonObject & {
  id: string;
  token: string;
  application_id: string;
  type: number;
  channel_id: string;
  guild_id?: string;
  data: JsonObject;
};

/** A message payload as stored and sent by the fake. */
export type FakeMessage = JsonObject & { id: string; channel_id: string; content: string; author: JsonObject };

/** Fields of an interaction the test cares about; everything else gets realistic defaults. */
export interface InteractionInit {
  /** InteractionType: 2 APPLICATION_COMMAND (default), 3 MESSAGE_COMPONENT, 4 AUTOCOMPLETE, 5 MODAL_SUBMIT. */
  type?: number;
  id?: string;
  token?: string;
  /** Guild the interaction comes from (default: the first guild); `null` for a DM with the bot. */
  guild_id?: string | null;
  /** Channel (default: the guild's first channel, or the DM channel). */
  channel_id?: string;
  /** Fields merged onto the invoking user (default: `testUser`). */
  user?: JsonObject;
  /** Fields merged onto the invoking member (roles, nick, permissions...). Guild interactions only. */
  member?: JsonObject;
  /** Interaction data; for commands `name` and `options`, for components `custom_id` and `component_type`. */
  data?: JsonObject;
  /** The message a component was on (default: the channel's latest bot message). */
  message?: JsonObject;
  locale?: string;
  app_permissions?: string;
  /** Any other field is copied verbatim onto the payload. */
  [key: string]: unknown;
}

/** Fields of a user message the test cares about. */
export interface MessageInit {
  content?: string;
  id?: string;
  /** Guild (default: the first guild); `null` for a DM to the bot. */
  guild_id?: string | null;
  channel_id?: string;
  /** Fields merged onto the author (default: `testUser`). */
  author?: JsonObject;
  member?: JsonObject;
  /** Override the mentions Discord would compute from `content`. */
  mentions?: JsonObject[];
  /** Make it a reply (type 19) to this stored message, with `referenced_message` as Discord sends it. */
  replyTo?: string;
  /** A reply pings the author it replies to (in `mentions`) unless this is false, as in Discord's client. */
  replyPing?: boolean;
  /** Any other field is copied verbatim onto the payload. */
  [key: string]: unknown;
}

export interface StateOptions {
  applicationId: string;
  botUserId: string;
  botUsername: string;
  shards: number;
  guilds?: FakeGuildInit[];
}

/**
 * The MESSAGE_* payload a session with `intents` gets, or null if its intents exclude the event. Without
 * MESSAGE_CONTENT, content/embeds/attachments/components are emptied unless it is a DM, the bot's own message or
 * the bot is mentioned (as Discord does).
 */
export function messageForSession(
  intents: number,
  message: JsonObject,
  guildId: string | null,
  botId: string,
): JsonObject | null {
  const needed = guildId ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
  if ((intents & needed) === 0) return null;
  const mentions = (message.mentions as JsonObject[] | undefined) ?? [];
  const seesContent =
    (intents & GatewayIntentBits.MessageContent) !== 0 ||
    !guildId ||
    (message.author as JsonObject | undefined)?.id === botId ||
    mentions.some((u) => u.id === botId);
  if (seesContent || !('content' in message)) return message;
  const { poll: _poll, ...rest } = message;
  return { ...rest, content: '', embeds: [], attachments: [], components: [] };
}

export class FakeState {
  readonly applicationId: string;
  readonly botUser: JsonObject & { id: string };
  /** The default human who sends messages and interactions. */
  readonly testUser: JsonObject & { id: string };
  readonly users = new Map<string, JsonObject>();
  readonly guilds: FakeGuild[];
  readonly channels = new Map<string, ChannelRecord>();
  /** Every message by id, ephemeral interaction responses included. */
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** Registered commands: key `null` for global ones, else the guild id; inner map by command id. */
  readonly commands = new Map<string | null, Map<string, JsonObject>>();

  constructor(opts: StateOptions) {
    this.applicationId = opts.applicationId;
    this.botUser = buildUser({ id: opts.botUserId, username: opts.botUsername, bot: true }) as JsonObject & {
      id: string;
    };
    this.testUser = this.addUser({ username: 'tester' });
    this.users.set(this.botUser.id, this.botUser);
    // Default: one guild per shard, so each shard has a guild to prove routing with.
    const inits = opts.guilds ?? Array.from({ length: opts.shards }, (_, i) => ({ name: `Fake guild ${i}` }));
    this.guilds = inits.map((init, i) =>
      buildGuild(init, guildIdForShard(i % opts.shards, opts.shards), this.testUser.id),
    );
    for (const guild of this.guilds) {
      for (const channel of guild.channels) {
        this.channels.set(String(channel.id), { channel, guildId: guild.id, messages: new Map() });
      }
    }
  }

  /** Registers (or updates) a user so mentions and DMs can resolve it. */
  addUser(init: JsonObject): JsonObject & { id: string } {
    const user = buildUser(init) as JsonObject & { id: string };
    this.users.set(user.id, { ...this.users.get(user.id), ...user });
    return user;
  }

  guild(id: string | null | undefined): FakeGuild | undefined {
    return this.guilds.find((g) => g.id === id);
  }

  /** The DM channel between the bot and `user`, created on first use. */
  dmChannelFor(user: JsonObject): ChannelRecord {
    for (const record of this.channels.values()) {
      const recipients = record.channel.recipients as JsonObject[] | undefined;
      if (record.channel.type === ChannelType.DM && recipients?.[0]?.id === user.id) return record;
    }
    const record: ChannelRecord = { channel: buildDmChannel(snowflake(), user), guildId: null, messages: new Map() };
    this.channels.set(String(record.channel.id), record);
    return record;
  }

  /** Stores a message by id and, unless ephemeral, in its channel (bumping the channel's last_message_id). */
  storeMessage(message: FakeMessage): void {
    this.messages.set(message.id, message);
    const record = this.channels.get(message.channel_id);
    if (!record || ((message.flags as number) & MessageFlags.Ephemeral) !== 0) return;
    record.messages.set(message.id, message);
    record.channel.last_message_id = message.id;
  }

  /** Forgets a message (deleted through REST). */
  deleteMessage(message: FakeMessage): void {
    this.messages.delete(message.id);
    this.channels.get(message.channel_id)?.messages.delete(message.id);
  }

  private resolveUsers(ids: string[]): JsonObject[] {
    return ids.flatMap((id) => {
      const user = this.users.get(id);
      return user ? [user] : [];
    });
  }

  /**
   * Where a message or interaction happens: the given guild (default the first; null for a DM) and channel
   * (default the guild's first channel, or the user's DM channel).
   */
  private placeOf(guildId: string | null | undefined, channelId: string | undefined, user: JsonObject) {
    const guild = guildId === null ? undefined : this.guild(guildId ?? this.guilds[0]?.id);
    if (guildId && !guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    const channel = guild
      ? this.channels.get(channelId ?? String(guild.channels[0]?.id))
      : channelId
        ? this.channels.get(channelId)
        : this.dmChannelFor(user);
    if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
    return { guild, channel };
  }

  /** A message written by a user (default `testUser`), ready for MESSAGE_CREATE; also stored in its channel. */
  userMessage(init: MessageInit): FakeMessage {
    const {
      content = '',
      id,
      guild_id,
      channel_id,
      author: authorInit,
      member,
      mentions,
      replyTo,
      replyPing,
      ...extra
    } = init;
    const author = authorInit ? this.addUser({ ...this.testUser, ...authorInit }) : this.testUser;
    const { channel } = this.placeOf(guild_id, channel_id, author);
    const parsed = parseMentions(content);
    const referenced = replyTo ? this.messages.get(replyTo) : undefined;
    if (replyTo && !referenced) throw new Error(`fake Discord: no message ${replyTo} to reply to`);
    const pinged = referenced && replyPing !== false ? [referenced.author as JsonObject] : [];
    const message: FakeMessage = {
      id: id ?? snowflake(),
      type: referenced ? MessageType.Reply : MessageType.Default,
      ...(referenced
        ? {
            message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id },
            referenced_message: referenced,
          }
        : {}),
      channel_id: String(channel.channel.id),
      channel_type: channel.channel.type,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: parsed.everyone,
      mentions: mentions ?? [...this.resolveUsers(parsed.users), ...pinged],
      mention_roles: parsed.roles,
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      nonce: snowflake(),
      ...extra,
    };
    if (channel.guildId) {
      message.guild_id = channel.guildId;
      message.member = buildMember(null, new Date().toISOString(), member);
    }
    this.storeMessage(message);
    return message;
  }

  /** A message authored by the bot from a REST body (channel message, webhook or interaction response). */
  botMessage(channelId: string, body: JsonObject, attachments: JsonObject[], extra: JsonObject = {}): FakeMessage {
    const content = typeof body.content === 'string' ? body.content : '';
    const allowed = body.allowed_mentions as { parse?: string[]; users?: string[]; roles?: string[] } | undefined;
    const parsed = parseMentions(content);
    const userIds = parsed.users.filter(
      (u) => !allowed || allowed.parse?.includes('users') || allowed.users?.includes(u),
    );
    const record = this.channels.get(channelId);
    const ref = body.message_reference as { message_id?: string } | undefined;
    const referenced = ref?.message_id ? record?.messages.get(ref.message_id) : undefined;
    const refAuthor = referenced?.author as JsonObject | undefined;
    const pingsReplied = allowed ? (allowed as JsonObject).replied_user === true : true;
    if (refAuthor && pingsReplied && !userIds.includes(String(refAuthor.id))) userIds.push(String(refAuthor.id));
    const message: FakeMessage = {
      id: snowflake(),
      type: referenced !== undefined ? MessageType.Reply : MessageType.Default,
      channel_id: channelId,
      author: this.botUser,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: parsed.everyone && (!allowed || allowed.parse?.includes('everyone') === true),
      mentions: this.resolveUsers(userIds),
      mention_roles: parsed.roles.filter(
        (r) => !allowed || allowed.parse?.includes('roles') || allowed.roles?.includes(r),
      ),
      attachments,
      embeds: (body.embeds as JsonObject[] | undefined) ?? [],
      components: (body.components as JsonObject[] | undefined) ?? [],
      pinned: false,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      ...extra,
    };
    if (body.nonce !== undefined) message.nonce = body.nonce;
    if (referenced !== undefined) {
      message.message_reference = {
        type: 0,
        channel_id: channelId,
        message_id: ref?.message_id,
        guild_id: record?.guildId ?? undefined,
      };
      message.referenced_message = referenced;
    }
    this.storeMessage(message);
    return message;
  }

  /** A new post in a forum: its thread (stored, so messages can go into it) and its starter message's id. */
  forumThread(forumId: string, init: { name: string; ownerId: string; appliedTags?: string[] }): JsonObject {
    const forum = this.channels.get(forumId);
    if (!forum?.guildId || forum.channel.type !== ChannelType.GuildForum) {
      throw new Error(`fake-discord: ${forumId} is not a forum channel`);
    }
    const thread = buildThread(forum.guildId, forum.channel, init);
    this.channels.set(String(thread.id), { channel: thread, guildId: forum.guildId, messages: new Map() });
    return thread;
  }

  /** Builds an INTERACTION_CREATE payload and remembers it so its callback and webhooks can be answered. */
  interaction(init: InteractionInit): FakeInteraction {
    const {
      type = InteractionType.ApplicationCommand,
      id,
      token,
      guild_id,
      channel_id,
      user,
      member,
      data,
      message,
      ...extra
    } = init;
    const invoker = user ? this.addUser({ ...this.testUser, ...user }) : this.testUser;
    const { guild, channel } = this.placeOf(guild_id, channel_id, invoker);
    const appPermissions = guild ? guild.everyonePermissions | guild.botPermissions : 0n;
    const payload: FakeInteraction = {
      id: id ?? snowflake(),
      application_id: this.applicationId,
      type,
      token: token ?? `aW50ZXJhY3Rpb24.${randomHex(24)}`,
      version: 1,
      channel_id: String(channel.channel.id),
      channel: { ...channel.channel, ...(guild ? { permissions: appPermissions.toString() } : {}) },
      data: this.interactionData(type, guild?.id ?? null, data),
      app_permissions: init.app_permissions ?? appPermissions.toString(),
      locale: init.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guild?.id ?? '0' },
      context: guild ? 0 : 1,
      attachment_size_limit: 10_485_760,
      ...extra,
    };
    if (guild) {
      payload.guild_id = guild.id;
      payload.guild = { id: guild.id, locale: 'en-US', features: [] };
      payload.guild_locale = 'en-US';
      payload.member = buildMember(invoker, guild.joinedAt, {
        permissions: guild.everyonePermissions.toString(),
        ...member,
      });
    } else {
      payload.user = invoker;
    }
    let originalMessageId: string | null = null;
    if (type === InteractionType.MessageComponent || (type === InteractionType.ModalSubmit && message)) {
      const component = (message as FakeMessage | undefined) ?? this.latestBotMessage(channel);
      payload.message = component;
      originalMessageId = component.id;
    }
    this.remember(payload, originalMessageId);
    return payload;
  }

  /** Records an interaction (also ones injected raw through `dispatch`). */
  remember(payload: FakeInteraction, originalMessageId: string | null = null): void {
    if (this.interactions.has(payload.id)) return;
    this.interactions.set(payload.id, { payload, createdAt: Date.now(), callbacks: [], originalMessageId });
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const record of this.interactions.values()) if (record.payload.token === token) return record;
    return undefined;
  }

  private interactionData(type: number, guildId: string | null, data: JsonObject = {}): JsonObject {
    if (type === InteractionType.MessageComponent) return { custom_id: 'button', component_type: 2, ...data };
    if (type === InteractionType.ModalSubmit) return { custom_id: 'modal', components: [], ...data };
    const name = String(data.name ?? 'ping');
    const commandType = (data.type as number | undefined) ?? ApplicationCommandType.ChatInput;
    const registered = [...(this.commands.get(guildId)?.values() ?? []), ...(this.commands.get(null)?.values() ?? [])];
    const command = registered.find((c) => c.name === name && c.type === commandType);
    return {
      id: command?.id ?? snowflake(),
      name,
      type: commandType,
      ...(guildId ? { guild_id: guildId } : {}),
      ...data,
    };
  }

  private latestBotMessage(channel: ChannelRecord): FakeMessage {
    const mine = [...channel.messages.values()].filter((m) => (m.author as JsonObject).id === this.botUser.id);
    return (
      (mine.at(-1) as FakeMessage | undefined) ?? this.botMessage(String(channel.channel.id), { content: 'menu' }, [])
    );
  }
}

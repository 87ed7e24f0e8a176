/**
 * The gateway bot: a discord.js Client used as a transport only. Interactions and messages are taken from raw
 * gateway dispatches (exactly what the HTTP endpoint receives, so both front ends share everything after the
 * transport, and nothing waits for discord.js to build objects), answered by the same pure functions, and sent
 * with discord.js's REST client, which queues, rate-limits and retries.
 */
import {
  type APIInteraction,
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type GatewayMessageCreateDispatchData,
  type GatewayMessageUpdateDispatchData,
  Options,
  REST,
  RESTEvents,
  Routes,
} from 'discord.js';
import { ConversationMemory } from '../answer/conversations.js';
import type { BotConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { type ContentSource, currentKnowledgeBase } from '../search/index/live-content.js';
import type { QuestionLog } from '../store/question-log.js';
import { ServerSettings, settingsDefaults } from '../store/server-settings.js';
import { ChannelQuestions } from './channel-questions.js';
import { DISCORD_TIMEOUT_MS, noAnswerWithin } from './deadline.js';
import type { ForumOptions } from './forum-threads.js';
import { fatalCloseOfError, fatalCloseProblem, TOKEN_REFUSED } from './gateway-close.js';
import { describeInteraction, handleInteraction } from './interactions.js';
import { watchReconnects } from './reconnects.js';

export interface GatewayBot {
  /** Waits briefly for answers in flight, then closes the gateway connection. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Settles only if Discord closes the connection for good after READY (token revoked, intents withdrawn):
   * with the cause and the fix in one sentence. The caller stops the bot and exits non-zero.
   */
  readonly lost: Promise<string>;
}

export interface GatewayBotOptions {
  /** How long Discord may take to send READY after login starts (REST and gateway alike). */
  connectTimeoutMs?: number;
  /** The store's log: questions recorded, feedback buttons, /insights and /forget-me. None: nothing stored. */
  log?: QuestionLog;
  /** Per-server settings over the environment's (a store-less copy of the environment's when absent). */
  settings?: ServerSettings;
  /** Forum posts: how long their first edits and messages count as the question, how many answers each gets. */
  forum?: ForumOptions;
}

/** How long stop() waits for answers already being sent. */
const DRAIN_MS = 3_000;

/**
 * The gateway intents: guilds (with threads), guild messages and DMs, none privileged. Message Content
 * (privileged) when messages without a mention must be read: ASK_CHANNEL_IDS (required: Discord refuses the bot if
 * the portal does not allow it), or forum and ask channels from FORUM_CHANNEL_IDS or /settings (only when the
 * portal allows it: without it, forum posts are answered from their titles).
 */
async function gatewayIntents(config: BotConfig, settings: ServerSettings, logger: Logger, timeout: number) {
  const base = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
  if (config.askChannelIds.length > 0) return base | GatewayIntentBits.MessageContent;
  if (!settings.anyChannels()) return base;
  if (await portalAllowsMessageContent(config, timeout)) return base | GatewayIntentBits.MessageContent;
  logger.warn(
    {},
    'forum or ask channels are set, but the Message Content intent is not enabled in the Developer Portal: ' +
      'forum posts are answered from their titles only, and ask channels not at all',
  );
  return base;
}

/** The application's flags say whether the portal grants Message Content (GATEWAY_MESSAGE_CONTENT or _LIMITED). */
async function portalAllowsMessageContent(config: BotConfig, timeout: number): Promise<boolean> {
  try {
    const rest = new REST({ api: config.apiBase, timeout, retries: 0 }).setToken(config.token);
    const app = (await rest.get(Routes.currentApplication())) as { flags?: number };
    return ((app.flags ?? 0) & ((1 << 18) | (1 << 19))) !== 0;
  } catch {
    return false; // the login that follows says what is wrong
  }
}

/** Connects to Discord and answers until stop(). Resolves once the bot is ready; rejects with a clear error. */
export async function runGatewayBot(
  config: BotConfig,
  content: ContentSource,
  logger: Logger,
  options: GatewayBotOptions = {},
): Promise<GatewayBot> {
  const connectTimeoutMs = options.connectTimeoutMs ?? DISCORD_TIMEOUT_MS;
  const settings = options.settings ?? new ServerSettings(settingsDefaults(config));
  const intents = await gatewayIntents(config, settings, logger, connectTimeoutMs);
  settings.readsMessages = (intents & GatewayIntentBits.MessageContent) !== 0;
  const client = new Client({
    intents,
    // One REST attempt may take the whole connect deadline; answers keep discord.js's retries.
    rest: { api: config.apiBase, timeout: connectTimeoutMs },
    // Defence in depth: whatever might ever be sent through discord.js itself pings nobody either.
    allowedMentions: { parse: [], repliedUser: false },
    // The bot reads raw payloads and keeps no messages.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
  const inFlight = new Set<Promise<unknown>>();
  const track = (task: Promise<unknown>) => {
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  };

  // Follow-ups: each user's questions per channel, and each answer sent, for 10 minutes (in this process).
  const conversations = new ConversationMemory();

  // Answering is synchronous and bounded (every handler enforces its schema's limits; the fault suite prints the
  // slowest answer, a few ms); the store's commands and votes wait 2 s at most. No deferral is needed.
  // /settings view lists the environment's channels of this server only (channel ids say nothing of their server).
  settings.channelGuild = (id) => {
    const channel = client.channels.cache.get(id);
    return channel && 'guildId' in channel ? (channel.guildId ?? undefined) : undefined;
  };
  const services = {
    logger,
    conversations,
    frontEnd: 'gateway' as const,
    settings,
    ...(options.log ? { log: options.log } : {}),
  };
  const onInteraction = (interaction: APIInteraction, shardId: number) => {
    const received = performance.now();
    const described = describeInteraction(interaction);
    let handleMs = 0;
    const task = handleInteraction(interaction, currentKnowledgeBase(content), services)
      .then((response) => {
        handleMs = performance.now() - received;
        return client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: response,
          auth: false,
        });
      })
      .then(
        () =>
          logger.info(
            { ...described, shardId, handleMs: round(handleMs), totalMs: round(performance.now() - received) },
            'interaction answered',
          ),
        (error: unknown) =>
          logger.error({ ...described, shardId, err: error }, 'could not send the response to an interaction'),
      );
    track(task);
  };

  const questions = new ChannelQuestions({
    client,
    content,
    logger,
    conversations,
    settings,
    solvedTags: config.solvedTags,
    track,
    ...(options.forum ? { forum: options.forum } : {}),
    ...(options.log ? { log: options.log } : {}),
  });

  client.ws.on(GatewayDispatchEvents.InteractionCreate, onInteraction);
  client.ws.on(GatewayDispatchEvents.MessageCreate, (message: GatewayMessageCreateDispatchData, shardId: number) =>
    questions.onMessage(message, shardId),
  );
  client.ws.on(GatewayDispatchEvents.MessageUpdate, (message: GatewayMessageUpdateDispatchData) =>
    questions.onMessageUpdate(message),
  );
  client.ws.on(GatewayDispatchEvents.ThreadCreate, (thread: object) => questions.forum.threadCreated(thread));
  client.ws.on(GatewayDispatchEvents.ThreadUpdate, (thread: object) => questions.forum.threadUpdated(thread));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord.js warning'));
  client.on(Events.ShardError, (error, shardId) => logger.warn({ err: error, shardId }, 'gateway connection error'));
  let reportLost: (problem: string) => void = () => {};
  const lost = new Promise<string>((resolve) => {
    reportLost = resolve;
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const problem = fatalCloseProblem(event.code) ?? `Discord closed the gateway for good (close ${event.code}).`;
    if (connected) reportLost(problem);
    else logger.debug({ code: event.code, shardId }, 'gateway closed for good while connecting');
  });
  watchReconnects(client, logger);
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    // Only the route template: the full URL of an interaction callback contains its token.
    logger.warn(
      { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global },
      'rate limited by Discord; waiting',
    ),
  );
  const onUnhandledRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled promise rejection');
  process.on('unhandledRejection', onUnhandledRejection);

  let stopped = false;
  let connected = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.race([
      Promise.allSettled([...inFlight]),
      new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref()),
    ]);
    await client.destroy();
    process.off('unhandledRejection', onUnhandledRejection);
    if (connected) logger.info('disconnected from Discord');
  };

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const started = performance.now();
  let deadline: NodeJS.Timeout | undefined;
  try {
    // READY itself, not ClientReady: that one also waits up to 15 s for the guilds to arrive.
    const answered = new Promise<void>((resolve) => client.ws.once(GatewayDispatchEvents.Ready, () => resolve()));
    const timedOut = new Promise<never>((_, reject) => {
      deadline = setTimeout(() => reject(new ConnectTimeout(connectTimeoutMs)), connectTimeoutMs);
    });
    const login = client.login(config.token);
    login.catch(() => {}); // raced below; its failure is the one reported unless the deadline came first
    await Promise.race([Promise.all([login, answered]), timedOut]);
    await ready;
  } catch (error) {
    await stop().catch(() => {});
    throw loginError(error);
  } finally {
    clearTimeout(deadline);
  }
  connected = true;
  logger.info(
    {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      shards: [...client.ws.shards.keys()],
      intents,
      readyMs: round(performance.now() - started),
    },
    'connected to Discord',
  );
  return { stop, lost };
}

class ConnectTimeout extends Error {
  constructor(readonly ms: number) {
    super(noAnswerWithin(ms));
  }
}

/** A login failure as one clear sentence (the caller prints it without a stack trace). */
function loginError(error: unknown): Error {
  if (error instanceof ConnectTimeout) {
    return new LoginError(`${error.message}: check the network and DISCORD_API_BASE, then start again.`);
  }
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const fatal = fatalCloseOfError(error);
  if (fatal !== undefined) return new LoginError(fatalCloseProblem(fatal) ?? message);
  if (code === 'TokenInvalid' || /401|unauthori[sz]ed/i.test(message)) {
    return new LoginError(TOKEN_REFUSED);
  }
  return new LoginError(`could not connect to Discord: ${message}`);
}

export class LoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginError';
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

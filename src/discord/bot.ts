/**
 * The gateway bot: a discord.js Client used as a transport only. Interactions and messages are taken from the
 * raw gateway dispatches (no discord.js structures), answered by the same pure functions the HTTP endpoint uses
 * (handleInteraction, replyToMessage), and the answers are sent with discord.js's REST client, which queues,
 * rate-limits and retries them.
 *
 * Why raw dispatches rather than discord.js Interaction objects: the payload is then exactly what the HTTP
 * endpoint receives, so both front ends share everything after the transport; and nothing waits for discord.js
 * to build objects or fill caches (the bot needs none).
 */
import {
  type APIInteraction,
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type GatewayMessageCreateDispatchData,
  Options,
  RESTEvents,
  Routes,
} from 'discord.js';
import type { BotConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { describeInteraction, handleInteraction, MESSAGES } from './interactions.js';
import { FloodGuard, replyToMessage } from './messages.js';
import { renderMessageNotice } from './render.js';
import { type InteractionTransport, respondInTime } from './respond.js';

export interface GatewayBot {
  /** Waits briefly for answers in flight, then closes the gateway connection. Safe to call twice. */
  stop(): Promise<void>;
}

/** How long stop() waits for answers already being sent. */
const DRAIN_MS = 3_000;

/**
 * The gateway intents: guilds, guild messages and DMs, none privileged. Message Content (privileged) only when
 * ASK_CHANNEL_IDS is set, since only messages without a mention need it.
 */
export function gatewayIntents(config: Pick<BotConfig, 'askChannelIds'>): number {
  let intents = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
  if (config.askChannelIds.length > 0) intents |= GatewayIntentBits.MessageContent;
  return intents;
}

/** Connects to Discord and answers until stop(). Resolves once the bot is ready; rejects with a clear error. */
export async function runGatewayBot(config: BotConfig, kb: KnowledgeBase, logger: Logger): Promise<GatewayBot> {
  const client = new Client({
    intents: gatewayIntents(config),
    rest: { api: config.apiBase },
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

  const transport: InteractionTransport = {
    async callback(interaction, response) {
      await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: response,
        auth: false,
      });
    },
    async editOriginal(interaction, data) {
      await client.rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token, '@original'), {
        body: data,
        auth: false,
      });
    },
    async followUp(interaction, data) {
      await client.rest.post(Routes.webhook(interaction.application_id, interaction.token), {
        body: data,
        auth: false,
      });
    },
  };

  const onInteraction = (interaction: APIInteraction, shardId: number) => {
    const received = performance.now();
    let handleMs = 0;
    const described = describeInteraction(interaction);
    const task = respondInTime(
      interaction,
      () => {
        const response = handleInteraction(interaction, kb, logger);
        handleMs = performance.now() - received;
        return response;
      },
      transport,
    ).then(
      (outcome) =>
        logger.info(
          { ...described, shardId, outcome, handleMs: round(handleMs), totalMs: round(performance.now() - received) },
          'interaction answered',
        ),
      (error: unknown) =>
        logger.error({ ...described, shardId, err: error }, 'could not send the response to an interaction'),
    );
    track(task);
  };

  const guard = new FloodGuard();
  const askChannelIds = new Set(config.askChannelIds);
  const onMessage = (message: GatewayMessageCreateDispatchData, shardId: number) => {
    const botUserId = client.user?.id;
    if (!botUserId || !message?.author) return;
    const received = performance.now();
    const target = { messageId: message.id, channelId: message.channel_id, guildId: message.guild_id };
    let body: ReturnType<typeof replyToMessage>;
    try {
      body = replyToMessage(message, { botUserId, askChannelIds }, guard, kb);
    } catch (error) {
      logger.error({ err: error, messageId: message.id, shardId }, 'answering a message failed');
      body = renderMessageNotice(MESSAGES.failed, target);
    }
    if (!body) return;
    const task = client.rest.post(Routes.channelMessages(message.channel_id), { body }).then(
      () =>
        logger.info(
          {
            messageId: message.id,
            channelId: message.channel_id,
            shardId,
            totalMs: round(performance.now() - received),
          },
          'message answered',
        ),
      (error: unknown) =>
        // Typically a channel where the bot may read but not send (403): nothing to do but say so.
        logger.warn(
          { err: error, messageId: message.id, channelId: message.channel_id },
          'could not reply to a message',
        ),
    );
    track(task);
  };

  client.ws.on(GatewayDispatchEvents.InteractionCreate, onInteraction);
  client.ws.on(GatewayDispatchEvents.MessageCreate, onMessage);
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord.js warning'));
  client.on(Events.ShardError, (error, shardId) => logger.warn({ err: error, shardId }, 'gateway connection error'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'gateway disconnected for good'),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));
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
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.race([
      Promise.allSettled([...inFlight]),
      new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref()),
    ]);
    await client.destroy();
    process.off('unhandledRejection', onUnhandledRejection);
    logger.info('disconnected from Discord');
  };

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const started = performance.now();
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await stop().catch(() => {});
    throw loginError(error);
  }
  logger.info(
    {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      shards: [...client.ws.shards.keys()],
      intents: gatewayIntents(config),
      readyMs: round(performance.now() - started),
    },
    'connected to Discord',
  );
  return { stop };
}

/** A login failure as one clear sentence (the caller prints it without a stack trace). */
function loginError(error: unknown): Error {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'TokenInvalid' || /401|unauthori[sz]ed/i.test(message)) {
    return new LoginError('Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal.');
  }
  if (code === 4014 || /disallowed intent/i.test(message)) {
    return new LoginError(
      'Discord refused the Message Content intent (needed for ASK_CHANNEL_IDS): enable it in the Developer Portal ' +
        '(Bot > Privileged Gateway Intents), or unset ASK_CHANNEL_IDS.',
    );
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

/**
 * The gateway half of `npm start` (start.ts imports it only when DISCORD_TOKEN is set, so the console chat never
 * loads discord.js). Three roles, decided from the environment:
 *
 * - no SHARD_COUNT: one process, one gateway connection (runGatewayBot);
 * - SHARD_COUNT set ("auto" or N): the sharding manager. It asks Discord (through DISCORD_API_BASE) for
 *   /gateway/bot, checks the content once and warms the index cache, then runs discord.js's ShardingManager on
 *   this same entry file (dist/src/cli/start.js), one child process per shard, started in batches of the
 *   session start limit's max_concurrency (Discord allows that many IDENTIFYs per 5 seconds);
 * - a shard child of that manager: one gateway connection for its shard, exactly as without sharding.
 *
 * Why not let discord.js resolve "auto": its fetchRecommendedShardCount() always calls https://discord.com/api
 * (RouteBases.api), ignoring the REST base, so it would bypass DISCORD_API_BASE (REST proxies, our tests). We ask
 * /gateway/bot with our own REST client and hand the manager a number.
 *
 * The SHARD_COUNT name collision: discord.js's manager sets SHARDS, SHARD_COUNT (the number), SHARDING_MANAGER and
 * DISCORD_TOKEN in each child's environment, and discord.js's Client reads SHARDS and SHARD_COUNT from there. So in
 * a child SHARD_COUNT is set too; a child is told apart by SHARDS together with an IPC channel to its manager.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DiscordAPIError, REST, Routes, type Shard, ShardingManager } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { type BotConfig, ConfigError, loadConfig } from '../config.js';
import { ContentError } from '../content/parse.js';
import { LoginError, runGatewayBot } from '../discord/bot.js';
import { DISCORD_TIMEOUT_MS, isTimeout, noAnswerWithin } from '../discord/deadline.js';
import { createLogger, type Logger } from '../logger.js';
import { LiveContent } from '../search/live-content.js';
import { loadKnowledgeBase, loadKnowledgeBaseWithCache } from '../search/load-knowledge-base.js';
import { EXIT } from './entry-point.js';

/** How long a shard child may take from spawn to READY before start-up counts as failed. */
const SHARD_READY_TIMEOUT_MS = 60_000;
/** Discord's IDENTIFY window: max_concurrency identifies per 5 seconds (with a margin, as discord.js uses). */
const IDENTIFY_WINDOW_MS = 5_500;
/** How long the manager waits for its shards to stop after SIGTERM before killing them. */
const SHARD_STOP_TIMEOUT_MS = 10_000;
/** Once everything is closed the process should exit by itself; if a stray handle keeps it alive, it exits anyway. */
const EXIT_GRACE_MS = 5_000;

/** The key of the IPC message a shard child sends its manager when Discord closed its connection for good. */
const SHARD_FATAL = 'articleBotFatal';

/** Start-up failed for a reason the operator can fix: shown as one line, without a stack trace. */
export class StartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartError';
  }
}

/**
 * Runs the gateway bot (or its sharding manager, or one shard) until SIGINT/SIGTERM, then stops cleanly.
 * Resolves with the exit code: 0 after a clean stop, 1 after a start-up failure (reported on stderr in one line).
 */
export async function startGateway(): Promise<number> {
  let config: BotConfig;
  try {
    config = loadConfig(process.env, 'gateway');
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message, EXIT.configuration);
    throw error;
  }
  const shardId = shardChildId();
  const logger = createLogger(config.logLevel);
  try {
    if (config.shardCount !== undefined && shardId === undefined) return await runManager(config, logger);
    return await runOne(config, shardId === undefined ? logger : logger.child({ shardId }), shardId !== undefined);
  } catch (error) {
    if (error instanceof LoginError || error instanceof StartError) return fail(error.message);
    if (error instanceof ContentError) return fail(`content error: ${error.message}`);
    throw error;
  }
}

/** The shard id when this process is a child of discord.js's ShardingManager (mode 'process'), else undefined. */
export function shardChildId(env: NodeJS.ProcessEnv = process.env, ipc = typeof process.send === 'function') {
  if (!ipc || !env.SHARDING_MANAGER || env.SHARDS === undefined) return undefined;
  const id = Number(env.SHARDS);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

function fail(message: string, code: number = EXIT.failure): number {
  process.stderr.write(`Cannot start: ${message}\n`);
  return code;
}

// ---- One gateway connection (no sharding, or one shard child) --------------------------------------------------

async function runOne(config: BotConfig, logger: Logger, isShardChild: boolean): Promise<number> {
  const stopRequest = stopRequested(logger, isShardChild);
  let stopWatching = () => {};
  try {
    const kb = loadKnowledgeBase(config.contentDir);
    const content = config.watchContent ? new LiveContent(config.contentDir, kb, { logger }).watch() : kb;
    stopWatching = () => (content instanceof LiveContent ? content.close() : undefined);
    const starting = runGatewayBot(config, content, logger);
    const first = await Promise.race([starting, stopRequest.promise.then(() => 'stop' as const)]);
    if (first === 'stop') {
      // Asked to stop while connecting: let the login finish or fail, then close whatever it opened.
      void starting.then((bot) => bot.stop()).catch(() => {});
      return 0;
    }
    const end = await Promise.race([stopRequest.promise.then(() => undefined), first.lost]);
    await first.stop();
    if (end === undefined) return 0;
    // Discord will not take the bot back as it is: exit non-zero so a supervisor restarts it or raises the alarm.
    logger.error(`stopped: ${end}`);
    // Tell the manager, so it stops every shard rather than respawning this one into the same refusal.
    const send = process.send?.bind(process);
    if (isShardChild && send) await new Promise((sent) => send({ [SHARD_FATAL]: end }, undefined, {}, sent));
    return 1;
  } finally {
    stopWatching();
    stopRequest.dispose();
    // A shard child keeps an IPC channel to its manager open (discord.js listens on it): close it, or never exit.
    if (isShardChild && process.connected) process.disconnect();
    exitAfterGrace();
  }
}

// ---- The sharding manager --------------------------------------------------------------------------------------

async function runManager(config: BotConfig, logger: Logger): Promise<number> {
  const stopRequest = stopRequested(logger, false);
  let manager: ShardingManager | undefined;
  try {
    const gateway = await fetchGatewayBot(config);
    const total = config.shardCount === 'auto' ? Math.max(1, gateway.shards) : (config.shardCount ?? 1);
    const concurrency = Math.max(1, gateway.session_start_limit?.max_concurrency ?? 1);
    const remaining = gateway.session_start_limit?.remaining;
    if (typeof remaining === 'number' && remaining < total) {
      logger.warn(
        { remaining, total, resetAfterMs: gateway.session_start_limit.reset_after },
        'fewer session starts left today than shards: Discord resets the token when they run out',
      );
    }
    logger.info(
      { shardCount: total, requested: config.shardCount, recommended: gateway.shards, maxConcurrency: concurrency },
      'starting the sharding manager',
    );

    // Check the content once, and leave a warm index cache behind so each shard loads it instead of building it.
    const { cache } = loadKnowledgeBaseWithCache(config.contentDir, { write: 'sync' });
    logger.debug({ cache }, 'content checked, index cache ready for the shards');

    manager = new ShardingManager(fileURLToPath(new URL('./start.js', import.meta.url)), {
      totalShards: total,
      shardList: [...Array(total).keys()],
      mode: 'process',
      // Off while starting (a shard that dies before READY stops start-up instead of looping), on once all are up.
      respawn: false,
      token: config.token,
      // DISCORD_API_BASE, LOG_LEVEL, CONTENT_DIR... reach the children through the inherited environment.
      execArgv: process.execArgv,
    });
    const fatal = new Promise<string>((resolve) => {
      manager?.on('shardCreate', (shard) =>
        shard.on('message', (message: unknown) => {
          const problem = (message as Record<string, unknown> | null)?.[SHARD_FATAL];
          if (typeof problem === 'string') resolve(problem);
        }),
      );
    });
    const spawning = spawnInBatches(manager, total, concurrency, logger, stopRequest.promise);
    const first = await Promise.race([spawning, stopRequest.promise.then(() => 'stop' as const)]);
    if (first === 'stop') {
      spawning.catch(() => {}); // its shards are stopped below
      return 0;
    }
    manager.respawn = true;
    logger.info({ shardCount: total }, 'all shards ready');
    const end = await Promise.race([stopRequest.promise.then(() => undefined), fatal]);
    if (end === undefined) return 0;
    logger.error(`stopping every shard: ${end}`);
    return 1;
  } finally {
    stopRequest.dispose();
    if (manager) await stopShards(manager, logger);
    exitAfterGrace();
  }
}

/** GET /gateway/bot through our REST base: the recommended shard count and the session start limit. */
async function fetchGatewayBot(config: BotConfig): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({ api: config.apiBase, retries: 0, timeout: DISCORD_TIMEOUT_MS }).setToken(config.token);
  try {
    return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    if (isTimeout(error)) throw new LoginError(`${noAnswerWithin(DISCORD_TIMEOUT_MS)} (GET /gateway/bot).`);
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw new LoginError('Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal.');
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new LoginError(`could not ask Discord for the shard count (GET /gateway/bot): ${message}`);
  }
}

/**
 * Spawns shards max_concurrency at a time: shards [k·c, (k+1)·c) fall in c different identify buckets
 * (shard_id % max_concurrency), so each batch may identify at once; batches are one identify window apart.
 */
async function spawnInBatches(
  manager: ShardingManager,
  total: number,
  concurrency: number,
  logger: Logger,
  stop: Promise<unknown>,
): Promise<void> {
  let stopping = false;
  void stop.then(() => {
    stopping = true;
  });
  for (let start = 0; start < total && !stopping; start += concurrency) {
    const ids = [...Array(Math.min(concurrency, total - start)).keys()].map((i) => start + i);
    await Promise.all(
      ids.map(async (id) => {
        const shard = manager.createShard(id);
        watchShard(shard, manager, logger);
        try {
          await shard.spawn(SHARD_READY_TIMEOUT_MS);
        } catch (error) {
          if (stopping) return;
          const code = (error as { code?: unknown })?.code;
          throw new StartError(
            code === 'ShardingReadyTimeout'
              ? `shard ${id} did not connect within ${SHARD_READY_TIMEOUT_MS / 1000} s.`
              : `shard ${id} stopped before it was ready (its error is above).`,
          );
        }
        logger.info({ shardId: id, shardCount: total }, 'shard ready');
      }),
    );
    if (start + concurrency < total && !stopping) {
      await Promise.race([new Promise((resolve) => setTimeout(resolve, IDENTIFY_WINDOW_MS).unref()), stop]);
    }
  }
}

function watchShard(shard: Shard, manager: ShardingManager, logger: Logger): void {
  shard.on('death', (child) => {
    const exitCode = (child as ChildProcess | null)?.exitCode;
    // Deaths the manager caused (stopping, or a failed start) are reported elsewhere.
    if (manager.respawn) logger.warn({ shardId: shard.id, exitCode }, 'shard process exited; respawning it');
  });
  shard.on('reconnecting', () => logger.info({ shardId: shard.id }, 'shard reconnecting'));
  shard.on('resume', () => logger.info({ shardId: shard.id }, 'shard resumed'));
  // Emitted when a respawn fails; without a listener an EventEmitter 'error' would crash the manager.
  shard.on('error', (error) => logger.error({ err: error, shardId: shard.id }, 'shard error'));
}

/** SIGTERM to every shard process, waiting for each to exit (SIGKILL after a timeout). Never respawns them. */
async function stopShards(manager: ShardingManager, logger: Logger): Promise<void> {
  manager.respawn = false;
  const exits: Array<Promise<void>> = [];
  for (const shard of manager.shards.values()) {
    const child = shard.process;
    if (!child) continue;
    if (child.exitCode === null && child.signalCode === null) {
      exits.push(
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            logger.warn({ shardId: shard.id }, 'shard did not stop in time; killing it');
            child.kill('SIGKILL');
          }, SHARD_STOP_TIMEOUT_MS);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
      );
    }
    shard.kill(); // SIGTERM, and forget the process without respawning it
  }
  await Promise.all(exits);
  if (exits.length > 0) logger.info({ shards: exits.length }, 'all shards stopped');
}

// ---- Signals ---------------------------------------------------------------------------------------------------

/**
 * Resolves on the first SIGINT or SIGTERM (or, in a shard child, when the manager goes away). A second signal
 * exits at once, except in a shard child, whose manager kills it if it takes too long.
 */
function stopRequested(logger: Logger, isShardChild: boolean) {
  let resolveStop: (reason: string) => void = () => {};
  const promise = new Promise<string>((resolve) => {
    resolveStop = resolve;
  });
  let requested = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (requested) {
      // A shard child gets Ctrl-C from the terminal and then SIGTERM from its manager: that is not impatience.
      if (isShardChild) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    requested = true;
    logger.info({ signal }, 'stopping');
    resolveStop(signal);
  };
  const onDisconnect = () => {
    if (requested) return;
    requested = true;
    logger.warn('the sharding manager went away: stopping');
    resolveStop('disconnect');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (isShardChild) process.on('disconnect', onDisconnect);
  return {
    promise,
    dispose() {
      // Stay subscribed to signals so a second one still exits at once, but never resolve again.
      requested = true;
      process.off('disconnect', onDisconnect);
    },
  };
}

function exitAfterGrace(): void {
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

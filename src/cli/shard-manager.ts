/**
 * The sharding manager of `npm start` with SHARD_COUNT: asks Discord for the shard count and session limit, warms
 * the index cache once, then runs discord.js's ShardingManager (one child process per shard), started in batches
 * of max_concurrency, and stops every shard if one is closed for good. Why it asks /gateway/bot itself rather than
 * use discord.js's "auto" (which ignores DISCORD_API_BASE), and how a child is told apart: docs/scaling.md.
 */
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DiscordAPIError, REST, Routes, type Shard, ShardingManager } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { BotConfig } from '../config.js';
import { LoginError } from '../discord/bot.js';
import { DISCORD_TIMEOUT_MS, isTimeout, noAnswerWithin } from '../discord/deadline.js';
import { TOKEN_REFUSED } from '../discord/gateway-close.js';
import type { Logger } from '../logger.js';
import { loadKnowledgeBaseWithCache } from '../search/index/load-knowledge-base.js';
import { exitAfterGrace, stopRequested } from './stop-signals.js';

/** How long a shard child may take from spawn to READY before start-up counts as failed. */
const SHARD_READY_TIMEOUT_MS = 60_000;
/** Discord's IDENTIFY window: max_concurrency identifies per 5 seconds (with a margin, as discord.js uses). */
const IDENTIFY_WINDOW_MS = 5_500;
/** How long the manager waits for its shards to stop after SIGTERM before killing them. */
const SHARD_STOP_TIMEOUT_MS = 10_000;

/** The key of the IPC message a shard child sends its manager when Discord closed its connection for good. */
export const SHARD_FATAL = 'articleBotFatal';

/** Start-up failed for a reason the operator can fix: shown as one line, without a stack trace. */
export class StartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartError';
  }
}

export async function runManager(config: BotConfig, logger: Logger): Promise<number> {
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
      throw new LoginError(TOKEN_REFUSED);
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

/**
 * The gateway half of `npm start` (start.ts imports it only when DISCORD_TOKEN is set, so the console chat never
 * loads discord.js). Three roles, from the environment: one gateway connection (no SHARD_COUNT), the sharding
 * manager (SHARD_COUNT set: shard-manager.ts), or one shard child of that manager (SHARDS and an IPC channel).
 */
import { type BotConfig, ConfigError, loadConfig, shardChildId } from '../config.js';
import { ContentError } from '../content/parse.js';
import { LoginError, runGatewayBot } from '../discord/bot.js';
import { createLogger, type Logger } from '../logger.js';
import { LiveContent } from '../search/index/live-content.js';
import { loadKnowledgeBase } from '../search/index/load-knowledge-base.js';
import { openQuestionLog } from '../store/open-log.js';
import type { QuestionLog } from '../store/question-log.js';
import { ServerSettings, settingsDefaults } from '../store/server-settings.js';
import { StoreOpenError } from '../store/store-errors.js';
import { EXIT } from './entry-point.js';
import { runManager, SHARD_FATAL, StartError } from './shard-manager.js';
import { exitAfterGrace, stopRequested } from './stop-signals.js';

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
    if (config.shardCount !== undefined && shardId === undefined) {
      // The manager opens the store once (migrations, a wrong DATABASE_URL) before any shard does, and lets go.
      await (await openQuestionLog(config.store, logger))?.close();
      return await runManager(config, logger);
    }
    return await runOne(config, shardId === undefined ? logger : logger.child({ shardId }), shardId !== undefined);
  } catch (error) {
    if (error instanceof LoginError || error instanceof StartError) return fail(error.message);
    if (error instanceof ContentError) return fail(`content error: ${error.message}`);
    if (error instanceof StoreOpenError) return fail(error.message, EXIT.configuration);
    throw error;
  }
}

function fail(message: string, code: number = EXIT.failure): number {
  process.stderr.write(`Cannot start: ${message}\n`);
  return code;
}

// ---- One gateway connection (no sharding, or one shard child) --------------------------------------------------

async function runOne(config: BotConfig, logger: Logger, isShardChild: boolean): Promise<number> {
  const stopRequest = stopRequested(logger, isShardChild);
  let stopWatching = () => {};
  let log: QuestionLog | undefined;
  let settings: ServerSettings | undefined;
  try {
    const kb = loadKnowledgeBase(config.contentDir);
    const content = config.watchContent ? new LiveContent(config.contentDir, kb, { logger }).watch() : kb;
    stopWatching = () => (content instanceof LiveContent ? content.close() : undefined);
    log = await openQuestionLog(config.store, logger);
    settings = await new ServerSettings(settingsDefaults(config), log).start();
    const starting = runGatewayBot(config, content, logger, { settings, ...(log ? { log } : {}) });
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
    // What is still queued for the store is written now (for 2 s at most).
    settings?.close();
    await log?.close();
    stopRequest.dispose();
    // A shard child keeps an IPC channel to its manager open (discord.js listens on it): close it, or never exit.
    if (isShardChild && process.connected) process.disconnect();
    exitAfterGrace();
  }
}

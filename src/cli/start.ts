/**
 * `npm start`: the bot. With DISCORD_TOKEN set it connects to Discord (under
 * discord.js's ShardingManager when SHARD_COUNT is set); without one it opens
 * the offline console chat, which never loads discord.js.
 */
import { config as loadDotenv } from 'dotenv';
import { loadConfig, wantsGateway } from '../config.js';
import { ContentError } from '../content/parse.js';
import { loadKnowledgeBase } from '../search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { runAsProgram } from './entry-point.js';

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  if (!wantsGateway(process.env)) {
    // The console checks the settings it shares with the bot, so a bad LOG_LEVEL is refused here too.
    const config = loadConfig(process.env, 'console');
    const kb = loadKnowledgeBase(config.contentDir);
    const { runConsoleChat } = await import('../console/chat.js');
    const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY);
    // Edits to the content answer in the chat too; a refused file is said on stderr, and the chat goes on.
    const live = config.watchContent ? await watchedContent(config.contentDir, kb) : undefined;
    try {
      await runConsoleChat(live ?? kb, {
        input: process.stdin,
        output: process.stdout,
        color: Boolean(process.stdout.isTTY),
        terminal,
      });
    } finally {
      live?.close();
    }
    return 0;
  }
  const { startGateway } = await import('./start-gateway.js');
  return startGateway();
}

/** The console's content, reloading; its logger says only what went wrong, on stderr, away from the chat. */
async function watchedContent(dir: string, kb: KnowledgeBase) {
  const [{ LiveContent }, { createLogger }] = await Promise.all([
    import('../search/index/live-content.js'),
    import('../logger.js'),
  ]);
  return new LiveContent(dir, kb, { logger: createLogger('warn') }).watch();
}

// Known failures get one clear line; anything else is a bug worth its stack.
runAsProgram(import.meta.url, main, {
  name: 'Cannot start',
  stack: true,
  explain: (error) => {
    if (error instanceof ContentError) return `content error: ${error.message}`;
    if (error instanceof Error && (error.name === 'ConfigError' || error.name === 'LoginError')) return error.message;
    return undefined;
  },
});

/**
 * `npm start`: the bot. With DISCORD_TOKEN set it connects to Discord (under
 * discord.js's ShardingManager when SHARD_COUNT is set); without one it opens
 * the offline console chat, which never loads discord.js.
 */
import { pathToFileURL } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { ContentError } from '../content/parse.js';
import { contentDir } from '../project.js';
import { loadKnowledgeBase } from '../search/load-knowledge-base.js';

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  if (!process.env.DISCORD_TOKEN?.trim()) {
    const kb = loadKnowledgeBase(contentDir());
    const { runConsoleChat } = await import('../console/chat.js');
    await runConsoleChat(kb, { input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY) });
    return 0;
  }
  const { startGateway } = await import('./start-gateway.js');
  return startGateway();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      if (code !== 0) process.exitCode = code;
    },
    (error: unknown) => {
      // Known failures get one clear line; anything else is a bug worth its stack.
      if (error instanceof ContentError) {
        process.stderr.write(`Cannot start: content error: ${error.message}\n`);
      } else if (error instanceof Error && (error.name === 'ConfigError' || error.name === 'LoginError')) {
        process.stderr.write(`Cannot start: ${error.message}\n`);
      } else {
        process.stderr.write(
          `Cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      }
      process.exitCode = 1;
    },
  );
}

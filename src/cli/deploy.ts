/**
 * `npm run deploy`: registers exactly the commands in commands/ with Discord, in ONE bulk overwrite, so running it
 * again changes nothing and removed commands disappear. To DISCORD_GUILD_ID when set (instant, for development),
 * else globally. Never run on start-up: registering is a release step.
 */
import { DiscordAPIError, HTTPError, REST, Routes } from 'discord.js';
import type { RESTPutAPIApplicationCommandsResult } from 'discord-api-types/v10';
import { config as loadDotenv } from 'dotenv';
import { commandSchemas } from '../../commands/index.js';
import { ConfigError, type DeployConfig, loadConfig } from '../config.js';
import { loadContent } from '../content/load.js';
import { ContentError } from '../content/parse.js';
import { DISCORD_TIMEOUT_MS, isTimeout, noAnswerWithin } from '../discord/deadline.js';
import { TOKEN_REFUSED } from '../discord/gateway-close.js';
import { EXIT, runAsProgram } from './entry-point.js';

export interface DeployResult {
  scope: { kind: 'guild'; guildId: string } | { kind: 'global' };
  /** Names of the commands Discord now has, as it answered. */
  registered: string[];
}

/** One PUT of every command schema: Discord's bulk overwrite. */
export async function deployCommands(
  config: Pick<DeployConfig, 'token' | 'clientId' | 'guildId' | 'apiBase' | 'contentDir'>,
  timeoutMs = DISCORD_TIMEOUT_MS,
) {
  // The content declares commands of its own (an article's `command:`): register exactly those it has now.
  const schemas = commandSchemas(loadContent(config.contentDir).articles);
  // One attempt within the deadline instead of retrying for a minute: deploying is interactive.
  const rest = new REST({ api: config.apiBase, retries: 0, timeout: timeoutMs }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const answer = (await rest.put(route, { body: schemas })) as RESTPutAPIApplicationCommandsResult;
  const result: DeployResult = {
    scope: config.guildId ? { kind: 'guild', guildId: config.guildId } : { kind: 'global' },
    registered: Array.isArray(answer) ? answer.map((c) => c.name) : [],
  };
  return result;
}

/** A failed deploy in one line, with what to check. */
export function explainDeployError(
  error: unknown,
  config: Pick<DeployConfig, 'guildId'>,
  timeoutMs = DISCORD_TIMEOUT_MS,
): string {
  if (isTimeout(error)) return `${noAnswerWithin(timeoutMs)}; check DISCORD_API_BASE and the network.`;
  if (error instanceof DiscordAPIError) {
    const hint =
      error.status === 401
        ? TOKEN_REFUSED
        : error.status === 403 || error.code === 50001
          ? config.guildId
            ? 'the bot cannot manage commands in DISCORD_GUILD_ID: invite it there with the applications.commands scope.'
            : 'the token does not belong to DISCORD_CLIENT_ID.'
          : error.status === 404
            ? 'unknown application or guild: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID.'
            : error.status === 400
              ? `Discord rejected a command schema: ${error.message}`
              : error.message;
    return `Discord answered ${error.status}: ${hint}`;
  }
  if (error instanceof HTTPError) return `Discord answered ${error.status} ${error.message}; try again later.`;
  const message = error instanceof Error ? error.message : String(error);
  return `could not reach Discord (${message}); check DISCORD_API_BASE and the network.`;
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function main(env: NodeJS.ProcessEnv, io: Io, timeoutMs = DISCORD_TIMEOUT_MS): Promise<number> {
  let config: DeployConfig;
  try {
    config = loadConfig(env, 'deploy');
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`deploy: ${error.message}`);
      return EXIT.configuration;
    }
    throw error;
  }
  const where = config.guildId ? `to guild ${config.guildId}` : 'globally (they may take up to an hour to show)';
  try {
    const result = await deployCommands(config, timeoutMs);
    io.out(
      `Registered ${result.registered.length} commands ${where}: ${result.registered.map((n) => `/${n}`).join(', ')}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      io.err(`deploy: content error: ${error.message}`);
      return EXIT.failure;
    }
    io.err(`deploy: ${explainDeployError(error, config, timeoutMs)}`);
    return EXIT.failure;
  }
}

runAsProgram(
  import.meta.url,
  () => {
    loadDotenv({ quiet: true });
    return main(process.env, {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    });
  },
  { name: 'deploy' },
);

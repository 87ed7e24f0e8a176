/**
 * Gateway close codes after which discord.js stops reconnecting (the token, the shard or the intents are wrong):
 * each is one sentence naming the cause and the fix, so a supervisor's log says what to change before a restart.
 */
import { GatewayCloseCodes } from 'discord-api-types/v10';

/** What to say, everywhere, when Discord answers DISCORD_TOKEN with 401 (REST) at start or deploy. */
export const TOKEN_REFUSED = 'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal.';

const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    'Discord refused DISCORD_TOKEN (gateway close 4004): it was reset or revoked; copy the bot token again from the ' +
      'Developer Portal.',
  ],
  [GatewayCloseCodes.InvalidShard, 'Discord refused the shard (gateway close 4010): check SHARD_COUNT.'],
  [
    GatewayCloseCodes.ShardingRequired,
    'Discord requires sharding for this bot (gateway close 4011): set SHARD_COUNT=auto.',
  ],
  [
    GatewayCloseCodes.InvalidAPIVersion,
    'Discord refused the gateway API version (gateway close 4012): update discord.js (npm update discord.js).',
  ],
  [
    GatewayCloseCodes.InvalidIntents,
    'Discord refused the gateway intents (gateway close 4013): update discord.js, or report it as a bug.',
  ],
  [
    GatewayCloseCodes.DisallowedIntents,
    'Discord refused the Message Content intent (gateway close 4014, needed for ASK_CHANNEL_IDS): enable it in the ' +
      'Developer Portal (Bot > Privileged Gateway Intents), or unset ASK_CHANNEL_IDS.',
  ],
]);

/** The cause and fix for a close code Discord will not let the bot recover from; undefined for any other code. */
export function fatalCloseProblem(code: number): string | undefined {
  return FATAL_CLOSES.get(code);
}

/** The message of each error @discordjs/ws raises for a fatal close, back to its close code. */
const FATAL_ERROR_MESSAGES: ReadonlyMap<string, number> = new Map([
  ['Authentication failed', GatewayCloseCodes.AuthenticationFailed],
  ['Invalid shard', GatewayCloseCodes.InvalidShard],
  ['Sharding is required', GatewayCloseCodes.ShardingRequired],
  ['Used an invalid API version', GatewayCloseCodes.InvalidAPIVersion],
  ['Used invalid intents', GatewayCloseCodes.InvalidIntents],
  ['Used disallowed intents', GatewayCloseCodes.DisallowedIntents],
]);

/** The close code behind a login error of @discordjs/ws (which reports the close by message only), if fatal. */
export function fatalCloseOfError(error: unknown): number | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'number' && FATAL_CLOSES.has(code)) return code;
  const message = error instanceof Error ? error.message : String(error);
  return FATAL_ERROR_MESSAGES.get(message);
}

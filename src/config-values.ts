/** Single environment values for config.ts: each parser returns one (or a default) and reports a bad one in a line. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type ShardCount = number | 'auto';

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
export const DEFAULT_API_BASE = 'https://discord.com/api';
const DEFAULT_INTERACTIONS_PORT = 3000;
/** Loopback by default: the endpoint is meant to sit behind an HTTPS reverse proxy on the same host. */
const DEFAULT_INTERACTIONS_HOST = '127.0.0.1';

export function parseLogLevel(value: string | undefined, problems: string[]): LogLevel {
  if (value === undefined) return 'info';
  const level = value.toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${clip(value)}").`);
  return 'info';
}

/**
 * A bot token is three dot-separated base64url parts. We check the shape only, to catch the usual mistakes early
 * (the "Bot " prefix, quotes, the client secret pasted instead), and never echo the value.
 */
export function parseToken(value: string | undefined, problems: string[]): string {
  if (value === undefined) {
    problems.push('DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot > Reset Token).');
    return '';
  }
  if (/^bot\s/i.test(value)) {
    problems.push('DISCORD_TOKEN must be the token alone, without the "Bot " prefix.');
  } else if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) {
    problems.push(
      'DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it again from the ' +
        'Developer Portal, Bot page (not the OAuth2 client secret).',
    );
  }
  return value;
}

/** Discord ids: decimal snowflakes, 17 to 20 digits today, within 64 bits. */
function isSnowflake(value: string): boolean {
  return /^\d{17,20}$/.test(value) && BigInt(value) < 2n ** 64n;
}

export function parseSnowflake(name: string, value: string | undefined, problems: string[], required: boolean) {
  if (value === undefined) {
    if (required)
      problems.push(`${name} is not set: it is the application id (Developer Portal > General Information).`);
    return undefined;
  }
  if (!isSnowflake(value)) {
    problems.push(`${name} must be a Discord id (17 to 20 digits), got "${clip(value)}".`);
    return undefined;
  }
  return value;
}

export function parseApiBase(value: string | undefined, problems: string[]): string {
  if (value === undefined) return DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`DISCORD_API_BASE must be an http(s) URL such as ${DEFAULT_API_BASE} (got "${clip(value)}").`);
    return DEFAULT_API_BASE;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(`DISCORD_API_BASE must start with http:// or https:// (got "${clip(value)}").`);
  } else if (url.search || url.hash) {
    problems.push('DISCORD_API_BASE must not have a query string or fragment.');
  } else if (/\/v\d+\/?$/.test(url.pathname)) {
    problems.push(
      `DISCORD_API_BASE must not end with the API version (discord.js adds /v10 itself), e.g. ${DEFAULT_API_BASE}.`,
    );
  }
  return value.replace(/\/+$/, '');
}

export function parseChannelIds(name: string, value: string | undefined, problems: string[]): string[] {
  if (value === undefined) return [];
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  const bad = ids.filter((id) => !isSnowflake(id));
  if (bad.length > 0) {
    problems.push(
      `${name} must be channel ids separated by commas; not ids: ${bad.map((b) => `"${clip(b)}"`).join(', ')}.`,
    );
  }
  return [...new Set(ids.filter(isSnowflake))];
}

export function parseShardCount(value: string | undefined, problems: string[]): ShardCount | undefined {
  if (value === undefined) return undefined;
  if (value.toLowerCase() === 'auto') return 'auto';
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10_000) return Number(value);
  problems.push(`SHARD_COUNT must be "auto" or a whole number of shards from 1 (got "${clip(value)}").`);
  return undefined;
}

export function checkPublicKeyHex(value: string | undefined, problems: string[]): string {
  if (value === undefined) {
    problems.push(
      'DISCORD_PUBLIC_KEY is not set: copy the public key from the Developer Portal > General Information.',
    );
    return '';
  }
  if (!/^[0-9a-fA-F]{64}$/.test(value)) {
    problems.push('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (Developer Portal > General Information).');
  }
  return value.toLowerCase();
}

export function parsePort(value: string | undefined, problems: string[]): number {
  if (value === undefined) return DEFAULT_INTERACTIONS_PORT;
  if (/^\d+$/.test(value) && Number(value) <= 65_535) return Number(value);
  problems.push(`INTERACTIONS_PORT must be a port number from 0 to 65535 (got "${clip(value)}").`);
  return DEFAULT_INTERACTIONS_PORT;
}

export const DEFAULT_MAX_CONNECTIONS = 512;

export function parseMaxConnections(value: string | undefined, problems: string[]): number {
  if (value === undefined) return DEFAULT_MAX_CONNECTIONS;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 100_000) return Number(value);
  problems.push(`INTERACTIONS_MAX_CONNECTIONS must be a whole number from 1 to 100000 (got "${clip(value)}").`);
  return DEFAULT_MAX_CONNECTIONS;
}

export function parseHost(value: string | undefined, problems: string[]): string {
  if (value === undefined) return DEFAULT_INTERACTIONS_HOST;
  if (/^[\w.:-]+$/.test(value) || /^\[[0-9a-fA-F:.]+\]$/.test(value)) return value.replace(/^\[(.*)\]$/, '$1');
  problems.push(`INTERACTIONS_HOST must be a host name or IP address to listen on (got "${clip(value)}").`);
  return DEFAULT_INTERACTIONS_HOST;
}

/** The words that turn a setting off (INDEX_CACHE took disabled and none before CONTENT_WATCH existed). */
export const OFF_WORDS: ReadonlySet<string> = new Set(['off', '0', 'false', 'no', 'disabled', 'none']);

/** An on/off setting: on unless it says off (off, 0, false, no, disabled, none). */
export function parseSwitch(name: string, value: string | undefined, problems: string[]): boolean {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || ['on', '1', 'true', 'yes'].includes(text)) return true;
  if (OFF_WORDS.has(text)) return false;
  problems.push(`${name} must be on or off (got "${clip(value ?? '')}").`);
  return true;
}

/** A bad value shown back, short and on one line. */
function clip(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/** Forum tag names that mean "this post is done" (SOLVED_TAG_NAMES), compared without case. */
const DEFAULT_SOLVED_TAGS = ['Solved', 'Answered', 'Resolved'];

export function parseTagNames(value: string | undefined, problems: string[]): string[] {
  if (value === undefined) return DEFAULT_SOLVED_TAGS;
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0 || names.some((name) => name.length > 20)) {
    problems.push('SOLVED_TAG_NAMES must be forum tag names (1 to 20 characters) separated by commas.');
    return DEFAULT_SOLVED_TAGS;
  }
  return names;
}

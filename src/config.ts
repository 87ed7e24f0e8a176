/**
 * Environment -> typed configuration. Each mode validates only what it needs, and every bad value gets one clear
 * line in a single ConfigError, so a misconfigured bot says everything that is wrong at once. Token values never
 * appear in messages. Reading `.env` (dotenv) is the entry points' job, not this module's.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkPublicKeyHex,
  type LogLevel,
  OFF_WORDS,
  parseApiBase,
  parseChannelIds,
  parseHost,
  parseLogLevel,
  parseMaxConnections,
  parsePort,
  parseShardCount,
  parseSnowflake,
  parseSwitch,
  parseTagNames,
  parseToken,
  type ShardCount,
} from './config-values.js';
import type { ContentLimits } from './content/limits.js';
import { DEFAULT_CONTENT_LIMITS } from './content/limits.js';
import { DEFAULT_CONTENT_DIR } from './project.js';
import { parseStoreConfig, type StoreConfig } from './store/store-config.js';

export type ConfigMode = 'console' | 'gateway' | 'deploy' | 'serve' | 'insights';

interface CommonConfig {
  logLevel: LogLevel;
  /** The content folder (CONTENT_DIR, else the project's content/), resolved. */
  contentDir: string;
  /** Reload the content when the folder changes (CONTENT_WATCH=off to stop it). */
  watchContent: boolean;
}

interface ConsoleConfig extends CommonConfig {
  mode: 'console';
}

/** What the gateway bot needs. */
export interface BotConfig extends CommonConfig {
  mode: 'gateway';
  token: string;
  /** The application id, when given (the bot learns it from Discord anyway). */
  clientId?: string;
  /** The REST base, as discord.js's `rest.api` option takes it (no version suffix). */
  apiBase: string;
  /** Channels where any message ending in "?" is answered without a mention (needs the Message Content intent). */
  askChannelIds: readonly string[];
  /** Forum channels whose new posts are answered (every server; /settings adds or removes some per server). */
  forumChannelIds: readonly string[];
  /** Forum tags that mark a post done: the bot stops answering in it. */
  solvedTags: readonly string[];
  /** SHARD_COUNT, for the ShardingManager; undefined to run one process. */
  shardCount?: ShardCount;
  store: StoreConfig;
}

export interface DeployConfig extends CommonConfig {
  mode: 'deploy';
  token: string;
  clientId: string;
  /** Register to this guild only (instant, for development); else globally. */
  guildId?: string;
  apiBase: string;
}

export interface ServeConfig extends CommonConfig {
  mode: 'serve';
  /** The application's Ed25519 public key, 64 hex characters. */
  publicKey: string;
  port: number;
  host: string;
  /** Open connections served at once; more get 503 (INTERACTIONS_MAX_CONNECTIONS). */
  maxConnections: number;
  apiBase: string;
  clientId?: string;
  store: StoreConfig;
}

/** `npm run insights`: the store only. */
interface InsightsConfig extends CommonConfig {
  mode: 'insights';
  store: StoreConfig;
}

export interface ConfigByMode {
  console: ConsoleConfig;
  gateway: BotConfig;
  deploy: DeployConfig;
  serve: ServeConfig;
  insights: InsightsConfig;
}

/** Every problem with the configuration, one per line. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    // One line whatever the entry point, so a supervisor's log shows every problem together.
    super(`the configuration is not valid (see .env.example): ${problems.join(' ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig<M extends ConfigMode>(env: Env, mode: M): ConfigByMode[M];
export function loadConfig(env: Env, mode: ConfigMode): ConfigByMode[ConfigMode] {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    // An empty value (`NAME=` copied from .env.example) means "not set".
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const common: CommonConfig = {
    logLevel: parseLogLevel(read('LOG_LEVEL'), problems),
    contentDir: parseContentDir(env, problems),
    watchContent: parseSwitch('CONTENT_WATCH', env.CONTENT_WATCH, problems),
  };

  let config: ConfigByMode[ConfigMode];
  switch (mode) {
    case 'console':
      config = { mode, ...common };
      break;
    case 'gateway': {
      const clientId = parseSnowflake('DISCORD_CLIENT_ID', read('DISCORD_CLIENT_ID'), problems, false);
      const shardCount = parseShardCount(read('SHARD_COUNT'), problems);
      config = {
        mode,
        ...common,
        token: parseToken(read('DISCORD_TOKEN'), problems),
        ...(clientId ? { clientId } : {}),
        apiBase: parseApiBase(read('DISCORD_API_BASE'), problems),
        askChannelIds: parseChannelIds('ASK_CHANNEL_IDS', read('ASK_CHANNEL_IDS'), problems),
        forumChannelIds: parseChannelIds('FORUM_CHANNEL_IDS', read('FORUM_CHANNEL_IDS'), problems),
        solvedTags: parseTagNames(read('SOLVED_TAG_NAMES'), problems),
        ...(shardCount !== undefined ? { shardCount } : {}),
        store: parseStoreConfig(env, problems),
      };
      break;
    }
    case 'deploy': {
      const guildId = parseSnowflake('DISCORD_GUILD_ID', read('DISCORD_GUILD_ID'), problems, false);
      config = {
        mode,
        ...common,
        token: parseToken(read('DISCORD_TOKEN'), problems),
        clientId: parseSnowflake('DISCORD_CLIENT_ID', read('DISCORD_CLIENT_ID'), problems, true) ?? '',
        ...(guildId ? { guildId } : {}),
        apiBase: parseApiBase(read('DISCORD_API_BASE'), problems),
      };
      break;
    }
    case 'serve': {
      const clientId = parseSnowflake('DISCORD_CLIENT_ID', read('DISCORD_CLIENT_ID'), problems, false);
      config = {
        mode,
        ...common,
        publicKey: checkPublicKeyHex(read('DISCORD_PUBLIC_KEY'), problems),
        port: parsePort(read('INTERACTIONS_PORT'), problems),
        host: parseHost(read('INTERACTIONS_HOST'), problems),
        maxConnections: parseMaxConnections(read('INTERACTIONS_MAX_CONNECTIONS'), problems),
        apiBase: parseApiBase(read('DISCORD_API_BASE'), problems),
        ...(clientId ? { clientId } : {}),
        store: parseStoreConfig(env, problems),
      };
      break;
    }
    case 'insights':
      config = { mode, ...common, store: parseStoreConfig(env, problems) };
      break;
    default:
      throw new Error(`loadConfig: unknown mode ${String(mode)}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parseContentDir(env: Env, problems: string[]): string {
  const dir = contentDir(env);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push(`CONTENT_DIR: no folder at ${dir}.`);
  }
  return dir;
}

// ---- Settings read where they are used (content loading, the index cache, the start-up role) ------------------

/** The content folder: CONTENT_DIR when set (relative to the working directory), else the project's content/. */
export function contentDir(env: Env = process.env): string {
  const configured = env.CONTENT_DIR?.trim();
  return configured ? resolve(configured) : DEFAULT_CONTENT_DIR;
}

/** The limits from the environment; a value that is not a positive whole number is a configuration error. */
export function contentLimits(env: Env = process.env): ContentLimits {
  const problems: string[] = [];
  const read = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number.isSafeInteger(Number(raw))) return Number(raw);
    problems.push(`${name} must be a whole number from 1 (got "${raw.slice(0, 40)}").`);
    return fallback;
  };
  const limits = {
    maxFileBytes: read('CONTENT_MAX_FILE_BYTES', DEFAULT_CONTENT_LIMITS.maxFileBytes),
    maxParagraphs: read('CONTENT_MAX_PARAGRAPHS', DEFAULT_CONTENT_LIMITS.maxParagraphs),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return limits;
}

/** The index cache's folder and signing secret (INDEX_CACHE, INDEX_CACHE_DIR, INDEX_CACHE_KEY), or null when off. */
export function indexCacheConfig(env: Env = process.env): { dir?: string; secret?: string } | null {
  if (OFF_WORDS.has(env.INDEX_CACHE?.trim().toLowerCase() ?? '')) return null;
  const dir = env.INDEX_CACHE_DIR?.trim();
  const secret = env.INDEX_CACHE_KEY?.trim();
  return { ...(dir ? { dir: resolve(dir) } : {}), ...(secret ? { secret } : {}) };
}

/** Whether DISCORD_TOKEN is set: `npm start` then runs the bot, else the console chat. */
export function wantsGateway(env: Env = process.env): boolean {
  return Boolean(env.DISCORD_TOKEN?.trim());
}

/**
 * The shard id when this process is a child of discord.js's ShardingManager (mode 'process'), else undefined. The
 * manager sets SHARDS, SHARD_COUNT and SHARDING_MANAGER in each child's environment; SHARD_COUNT is also ours, so a
 * child is told apart by SHARDS together with the IPC channel to its manager.
 */
export function shardChildId(env: Env = process.env, ipc = typeof process.send === 'function'): number | undefined {
  if (!ipc || !env.SHARDING_MANAGER || env.SHARDS === undefined) return undefined;
  const id = Number(env.SHARDS);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

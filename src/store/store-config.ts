/** Where the store lives and how long it keeps things: DATABASE_URL, STORE_SECRET, STORE_RETENTION_DAYS. */
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../project.js';

export type StoreLocation =
  | { kind: 'off' }
  | { kind: 'sqlite'; path: string }
  /** `display` is the URL without its password, for messages and logs. */
  | { kind: 'postgres'; url: string; display: string };

export interface StoreConfig {
  location: StoreLocation;
  /** The key of the user hashes; undefined: one generated once and kept in the store. */
  secret?: string;
  retentionDays: number;
}

/** The embedded default: SQLite under the project, created on first start (git-ignored). */
export const DEFAULT_SQLITE_PATH = join(PROJECT_ROOT, 'data', 'article-bot.sqlite');
const DEFAULT_RETENTION_DAYS = 90;
const MAX_RETENTION_DAYS = 3650;
const MIN_SECRET_LENGTH = 16;
const OFF = new Set(['off', 'none', 'disabled', 'false', 'no', '0']);

type Env = Readonly<Record<string, string | undefined>>;

/** The store's settings, every problem pushed as one line naming its variable (never echoing a password). */
export function parseStoreConfig(env: Env, problems: string[]): StoreConfig {
  const secret = env.STORE_SECRET?.trim();
  if (secret && secret.length < MIN_SECRET_LENGTH) {
    problems.push(`STORE_SECRET must be at least ${MIN_SECRET_LENGTH} characters (it keys the user hashes).`);
  }
  return {
    location: parseDatabaseUrl(env.DATABASE_URL, problems),
    ...(secret ? { secret } : {}),
    retentionDays: parseRetention(env.STORE_RETENTION_DAYS, problems),
  };
}

function parseDatabaseUrl(raw: string | undefined, problems: string[]): StoreLocation {
  const value = raw?.trim() ?? '';
  if (value === '') return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (OFF.has(value.toLowerCase())) return { kind: 'off' };
  const fallback: StoreLocation = { kind: 'off' };
  if (/^sqlite:/i.test(value)) {
    const path = value.replace(/^sqlite:(\/\/)?/i, '');
    if (path === '') problems.push('DATABASE_URL: sqlite: needs a file path, such as sqlite:data/bot.sqlite.');
    return path === '' ? fallback : { kind: 'sqlite', path: resolve(path) };
  }
  if (/^postgres(ql)?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push('DATABASE_URL is not a valid URL: postgres://user:password@host:port/database.');
      return fallback;
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!url.hostname || !database || database.includes('/')) {
      problems.push('DATABASE_URL must name a host and a database: postgres://user:password@host:port/database.');
      return fallback;
    }
    const display = `postgres://${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}/${database}`;
    return { kind: 'postgres', url: value, display };
  }
  const scheme = /^([a-z][\w+.-]*):/i.exec(value)?.[1];
  problems.push(
    `DATABASE_URL must be empty (SQLite in data/), off, sqlite:PATH or postgres://user:password@host:port/database` +
      ` (got ${scheme ? `a ${scheme}: URL` : 'something else'}).`,
  );
  return fallback;
}

function parseRetention(raw: string | undefined, problems: string[]): number {
  const value = raw?.trim();
  if (!value) return DEFAULT_RETENTION_DAYS;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_RETENTION_DAYS) return Number(value);
  problems.push(`STORE_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}.`);
  return DEFAULT_RETENTION_DAYS;
}

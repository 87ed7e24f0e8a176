/**
 * The folder and signing key of the on-disk caches: the index cache (index-cache.ts) and the `ask` code cache
 * (src/cli/code-cache.ts). Kept apart from both so the `ask` launcher can read them without loading MiniSearch.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexCacheConfig } from '../../config.js';
import { PROJECT_ROOT } from '../../project.js';

export interface IndexCacheSettings {
  dir: string;
  /** The key cache files are signed with. */
  key: Buffer;
}

/** Where the signing key is kept when INDEX_CACHE_KEY is not set: beside the store, never in the cache folder. */
export const DEFAULT_KEY_FILE = join(PROJECT_ROOT, 'data', 'index-cache.key');

/**
 * The cache folder and signing key, or null when INDEX_CACHE=off. Throws when no key can be had (the caller then
 * runs without a cache). Replicas sharing one INDEX_CACHE_DIR need the same INDEX_CACHE_KEY.
 */
export function indexCacheSettings(env: NodeJS.ProcessEnv = process.env): IndexCacheSettings | null {
  const configured = indexCacheConfig(env);
  if (!configured) return null;
  return {
    dir: configured.dir ?? join(PROJECT_ROOT, '.cache'),
    key: configured.secret ? createHash('sha256').update(configured.secret).digest() : keyFromFile(DEFAULT_KEY_FILE),
  };
}

const keys = new Map<string, Buffer>();

/** Reads the key file, making it (32 random bytes, owner-only) when there is none yet; once per process. */
function keyFromFile(path: string): Buffer {
  const known = keys.get(path);
  if (known) return known;
  let hex: string;
  try {
    hex = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, randomBytes(32).toString('hex'));
      closeSync(fd);
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced; // another shard made it first
    }
    hex = readFileSync(path, 'utf8').trim();
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${path} is not an index cache key`);
  const key = Buffer.from(hex, 'hex');
  keys.set(path, key);
  return key;
}

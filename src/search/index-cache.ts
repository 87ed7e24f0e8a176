/**
 * The index cache: a knowledge base snapshot (articles, MiniSearch JSON, term statistics) on disk, so that a
 * start with unchanged content reads the content files' bytes (to hash them) and one JSON file, instead of
 * parsing YAML and tokenizing every paragraph again.
 *
 * - Where: INDEX_CACHE_DIR, else `.cache/` under the project root. INDEX_CACHE=off disables it.
 * - Key: the content folder, the hash of its files' bytes (hashContentFiles), and indexVersion(): the code that
 *   shapes the index (this folder and ../content, hashed as they are on disk, so a change to tokenizing, stemming,
 *   stop words or the snapshot layout invalidates it without anyone remembering to bump a number), the package
 *   version and the versions of the packages that tokenize, stem and serialize.
 * - One file per content folder and key: `index-<folder>-<key>.json`; writing one removes the older ones of the
 *   same folder. Written to a temporary file then renamed, so concurrent processes (shards, replicas) never read
 *   a half-written file; the last rename wins and all writers write the same bytes.
 * - Every failure (missing, unreadable, corrupt, stale, unwritable) is a miss: never an error, never a log line.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../project.js';
import type { KnowledgeBaseSnapshot } from './knowledge-base.js';

/** Bump when the cache file's envelope changes (the snapshot's own shape is covered by hashing the code). */
export const INDEX_CACHE_FORMAT = 1;

/** Packages whose behaviour is baked into a snapshot. */
const INDEX_DEPENDENCIES = ['minisearch', 'stemmer', 'stopword', 'yaml'];

/** Files older than this are removed when another cache file is written (content folders that went away). */
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** A temporary file this old belongs to a writer that died. */
const TEMP_MAX_AGE_MS = 10 * 60 * 1000;

export interface IndexCacheSettings {
  dir: string;
}

const OFF = new Set(['off', '0', 'false', 'no', 'disabled', 'none']);

/** The cache folder, or null when INDEX_CACHE=off. */
export function indexCacheSettings(env: NodeJS.ProcessEnv = process.env): IndexCacheSettings | null {
  if (OFF.has(env.INDEX_CACHE?.trim().toLowerCase() ?? '')) return null;
  const configured = env.INDEX_CACHE_DIR?.trim();
  return { dir: configured ? resolve(configured) : join(PROJECT_ROOT, '.cache') };
}

function readVersionOf(packageJson: string): string {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
    return String(parsed.version ?? '?');
  } catch {
    return '?';
  }
}

let cachedVersion: string | undefined;

/**
 * What a snapshot depends on besides the content, as one hash. Computed once per process: a dozen small
 * files, well under a millisecond.
 */
export function indexVersion(): string {
  if (cachedVersion) return cachedVersion;
  const hash = createHash('sha256');
  hash.update(`article-bot index cache ${INDEX_CACHE_FORMAT}\0`);
  hash.update(`package ${readVersionOf(join(PROJECT_ROOT, 'package.json'))}\0`);
  for (const name of INDEX_DEPENDENCIES) {
    hash.update(`${name} ${readVersionOf(join(PROJECT_ROOT, 'node_modules', name, 'package.json'))}\0`);
  }
  // The running code of search/ and content/ (compiled .js, or .ts under a TypeScript runner).
  const here = dirname(fileURLToPath(import.meta.url));
  for (const folder of [here, join(here, '..', 'content')]) {
    let names: string[] = [];
    try {
      names = readdirSync(folder)
        .filter((n) => /\.(?:[cm]?js|ts)$/.test(n) && !n.endsWith('.d.ts'))
        .sort();
    } catch {
      hash.update(`missing ${folder}\0`);
    }
    for (const name of names) {
      hash.update(`${name}\0`);
      try {
        hash.update(readFileSync(join(folder, name)));
      } catch {
        hash.update('unreadable');
      }
      hash.update('\0');
    }
  }
  cachedVersion = hash.digest('hex').slice(0, 32);
  return cachedVersion;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where the snapshot of this content (folder + bytes) is, or would be, cached. */
export interface IndexCacheEntry {
  dir: string;
  file: string;
  /** Prefix shared by every cache file of the same content folder. */
  folderPrefix: string;
  key: string;
  contentDir: string;
  contentHash: string;
  version: string;
}

export function indexCacheEntry(
  settings: IndexCacheSettings,
  contentDir: string,
  contentHash: string,
): IndexCacheEntry {
  const folder = resolve(contentDir);
  const version = indexVersion();
  const key = sha256(`${version}\n${folder}\n${contentHash}`).slice(0, 32);
  const folderPrefix = `index-${sha256(folder).slice(0, 12)}-`;
  return {
    dir: settings.dir,
    file: join(settings.dir, `${folderPrefix}${key}.json`),
    folderPrefix,
    key,
    contentDir: folder,
    contentHash,
    version,
  };
}

/** The cache file: who it is for, then the snapshot. */
interface CacheFile {
  format: number;
  key: string;
  version: string;
  contentDir: string;
  contentHash: string;
  snapshot: KnowledgeBaseSnapshot;
}

export type CacheReadResult = { snapshot: KnowledgeBaseSnapshot } | { snapshot: null; problem: string };

function isSnapshot(value: unknown): value is KnowledgeBaseSnapshot {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<Record<keyof KnowledgeBaseSnapshot, unknown>>;
  if (!Array.isArray(s.articles) || !Array.isArray(s.synonyms) || !Array.isArray(s.documentFrequency)) return false;
  const index = s.index as { documentCount?: unknown; index?: unknown } | undefined;
  if (!index || typeof index !== 'object' || !Array.isArray(index.index)) return false;
  // One document per paragraph: a count that does not add up means a damaged or foreign file.
  let passages = 0;
  for (const article of s.articles as Array<{ passages?: unknown }>) {
    if (!article || !Array.isArray(article.passages)) return false;
    passages += article.passages.length;
  }
  return index.documentCount === passages;
}

/** Reads the snapshot for an entry with one JSON.parse; any problem is a miss, described but not thrown. */
export function readIndexCache(entry: IndexCacheEntry): CacheReadResult {
  let text: string;
  try {
    text = readFileSync(entry.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { snapshot: null, problem: code === 'ENOENT' ? 'absent' : `unreadable (${code ?? String(error)})` };
  }
  let parsed: Partial<CacheFile>;
  try {
    parsed = JSON.parse(text) as Partial<CacheFile>;
  } catch {
    return { snapshot: null, problem: 'corrupt (not JSON)' };
  }
  if (
    !parsed ||
    parsed.format !== INDEX_CACHE_FORMAT ||
    parsed.key !== entry.key ||
    parsed.version !== entry.version ||
    parsed.contentDir !== entry.contentDir ||
    parsed.contentHash !== entry.contentHash
  ) {
    return { snapshot: null, problem: 'stale (written for other content or code)' };
  }
  if (!isSnapshot(parsed.snapshot)) return { snapshot: null, problem: 'corrupt (not a snapshot)' };
  return { snapshot: parsed.snapshot };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or not ours to remove: either way nothing to do.
  }
}

/** Removes older cache files of the same content folder, long-unused ones of others, and dead writers' temp files. */
function prune(entry: IndexCacheEntry): void {
  let names: string[];
  try {
    names = readdirSync(entry.dir);
  } catch {
    return;
  }
  const now = Date.now();
  const current = entry.file.slice(entry.dir.length + 1);
  for (const name of names) {
    if (name === current) continue;
    const isIndex = name.startsWith('index-') && name.endsWith('.json');
    const isTemp = name.startsWith('.index-') && name.endsWith('.tmp');
    if (!isIndex && !isTemp) continue;
    const path = join(entry.dir, name);
    if (isIndex && name.startsWith(entry.folderPrefix)) {
      removeQuietly(path);
      continue;
    }
    try {
      const age = now - statSync(path).mtimeMs;
      if (age > (isTemp ? TEMP_MAX_AGE_MS : MAX_AGE_MS)) removeQuietly(path);
    } catch {
      // Raced with another process's clean-up.
    }
  }
}

/** Writes a snapshot atomically (temp file + rename). Returns whether it was written; never throws. */
export function writeIndexCache(entry: IndexCacheEntry, snapshot: KnowledgeBaseSnapshot): boolean {
  const name = entry.file.slice(entry.dir.length + 1);
  const temp = join(entry.dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(entry.dir, { recursive: true });
    const header: Omit<CacheFile, 'snapshot'> = {
      format: INDEX_CACHE_FORMAT,
      key: entry.key,
      version: entry.version,
      contentDir: entry.contentDir,
      contentHash: entry.contentHash,
    };
    // The header's JSON without its closing brace, then the snapshot: no second copy of a large string.
    const json = `${JSON.stringify(header).slice(0, -1)},"snapshot":${JSON.stringify(snapshot)}}`;
    writeFileSync(temp, json, { mode: 0o644 });
    renameSync(temp, entry.file);
  } catch {
    removeQuietly(temp);
    return false;
  }
  prune(entry);
  return true;
}

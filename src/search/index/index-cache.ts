/**
 * The index cache: a signed knowledge base snapshot on disk, keyed by the content's bytes and the indexing code,
 * so a start with unchanged content reads one JSON file instead of indexing again. Every failure is a miss, never
 * an error. Where it lives, how it is keyed, written and signed: docs/index-cache.md.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../project.js';
import type { KnowledgeBaseSnapshot } from '../knowledge-base.js';
import type { IndexCacheSettings } from './cache-settings.js';
import { type CacheFile, decodeSnapshot, isStoredSnapshot, writeSnapshot } from './snapshot-format.js';

/** Bump when the cache file's envelope changes (the snapshot's own shape is covered by hashing the code). */
const INDEX_CACHE_FORMAT = 4;

/** Packages whose behaviour is baked into a snapshot. */
const INDEX_DEPENDENCIES = ['minisearch', 'stemmer', 'stopword', 'yaml'];

/** Files older than this are removed when another cache file is written (content folders that went away). */
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** A temporary file this old belongs to a writer that died. */
const TEMP_MAX_AGE_MS = 10 * 60 * 1000;

function readVersionOf(packageJson: string): string {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
    return String(parsed.version ?? '?');
  } catch {
    return '?';
  }
}

/**
 * Where the code runs from: dist/src compiled, src under a TypeScript runner. Found from the project, not from this
 * module's own folder, which is another one when it is bundled into an entry point (`ask`, package.json "build").
 */
const CODE_DIR = fileURLToPath(import.meta.url).endsWith('.ts')
  ? join(PROJECT_ROOT, 'src')
  : join(PROJECT_ROOT, 'dist', 'src');
/** The code a snapshot is made by: all of search/ (tokenizing, synonyms, sentence spans) and content/ (parsing). */
const SNAPSHOT_CODE_DIRS = [join(CODE_DIR, 'search'), join(CODE_DIR, 'content')];

/** The code files whose bytes key the cache, sorted (compiled .js, or .ts under a TypeScript runner). */
export function snapshotCodeFiles(): string[] {
  const files: string[] = [];
  // By hand rather than readdirSync's `recursive`, which takes about 4 ms on Node 20 for these two small trees.
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:[cm]?js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of SNAPSHOT_CODE_DIRS) {
    try {
      walk(folder);
    } catch {
      files.push(join(folder, '(missing)'));
    }
  }
  return files.sort();
}

let cachedVersion: string | undefined;

/**
 * What a snapshot depends on besides the content, as one hash. Computed once per process. Each code file counts by
 * its size and modification time, as make does, not by its bytes: reading and hashing the 450 KB of them cost a
 * cold `ask` about 4 ms, and any edit, build or checkout of a file changes its time.
 */
function indexVersion(): string {
  if (cachedVersion) return cachedVersion;
  const hash = createHash('sha256');
  hash.update(`article-bot index cache ${INDEX_CACHE_FORMAT}\0`);
  hash.update(`package ${readVersionOf(join(PROJECT_ROOT, 'package.json'))}\0`);
  for (const name of INDEX_DEPENDENCIES) {
    hash.update(`${name} ${readVersionOf(join(PROJECT_ROOT, 'node_modules', name, 'package.json'))}\0`);
  }
  for (const file of snapshotCodeFiles()) {
    hash.update(`${relative(CODE_DIR, file)}\0`);
    try {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${size} ${mtimeMs}`);
    } catch {
      hash.update('unreadable');
    }
    hash.update('\0');
  }
  cachedVersion = hash.digest('hex').slice(0, 32);
  return cachedVersion;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where the snapshot of this content (folder + bytes) is, or would be, cached. */
export interface IndexCacheEntry {
  dir: string;
  key: string;
  /** The signing key (IndexCacheSettings.key). */
  signingKey: Buffer;
  file: string;
  /**
   * Prefix shared by every cache file of the same content folder and the same copy of the code: writing one removes
   * the others, but the compiled bot and the tests (running the TypeScript) do not remove each other's.
   */
  folderPrefix: string;
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
  const folderPrefix = `index-${sha256(`${folder}\n${CODE_DIR}`).slice(0, 12)}-`;
  return {
    dir: settings.dir,
    signingKey: settings.key,
    file: join(settings.dir, `${folderPrefix}${key}.json`),
    folderPrefix,
    key,
    contentDir: folder,
    contentHash,
    version,
  };
}

export type CacheReadResult = { snapshot: KnowledgeBaseSnapshot } | { snapshot: null; problem: string };

/**
 * Reads the snapshot for an entry with one JSON.parse; any problem is a miss, described but not thrown. The
 * index terms are decoded lazily, as KnowledgeBase.fromSnapshot loads them: a damaged term throws there.
 */
export function readIndexCache(entry: IndexCacheEntry): CacheReadResult {
  let parsed: Partial<CacheFile>;
  try {
    const bytes = readFileSync(entry.file);
    if (!signedBy(bytes, entry.signingKey)) return { snapshot: null, problem: 'unsigned (its digest does not match)' };
    parsed = JSON.parse(bytes.toString('utf8')) as Partial<CacheFile>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof SyntaxError) return { snapshot: null, problem: 'corrupt (not JSON)' };
    return { snapshot: null, problem: code === 'ENOENT' ? 'absent' : `unreadable (${code ?? String(error)})` };
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
  if (!isStoredSnapshot(parsed.snapshot)) return { snapshot: null, problem: 'corrupt (not a snapshot)' };
  return { snapshot: decodeSnapshot(parsed.snapshot) };
}

/** The end of a cache file: `,"digest":"<hex>"}`, the HMAC of every byte before it. */
const DIGEST_SUFFIX = /,"digest":"([0-9a-f]{64})"\}$/;

function signedBy(bytes: Buffer, key: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 80)).toString('latin1');
  const match = DIGEST_SUFFIX.exec(tail);
  if (!match?.[1]) return false;
  const expected = createHmac('sha256', key)
    .update(bytes.subarray(0, bytes.length - match[0].length))
    .digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
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
  let fd: number | undefined;
  try {
    mkdirSync(entry.dir, { recursive: true });
    fd = openSync(temp, 'w', 0o644);
    writeSnapshot(
      fd,
      {
        format: INDEX_CACHE_FORMAT,
        key: entry.key,
        version: entry.version,
        contentDir: entry.contentDir,
        contentHash: entry.contentHash,
      },
      snapshot,
      entry.signingKey,
    );
    closeSync(fd);
    fd = undefined;
    renameSync(temp, entry.file);
  } catch {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing more to do for it.
      }
    }
    removeQuietly(temp);
    return false;
  }
  prune(entry);
  return true;
}

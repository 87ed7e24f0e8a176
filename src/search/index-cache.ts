/**
 * The index cache: a knowledge base snapshot (articles, MiniSearch index, term statistics) on disk, so that a
 * start with unchanged content reads the content files' bytes (to hash them) and one JSON file, instead of
 * parsing YAML and tokenizing every paragraph again.
 *
 * - Where: INDEX_CACHE_DIR, else `.cache/` under the project root. INDEX_CACHE=off disables it.
 * - Key: the content folder, the hash of its files' bytes (hashContentFiles), and indexVersion(): the code that
 *   shapes the index (this folder and ../content, hashed as they are on disk, so a change to tokenizing, stemming,
 *   stop words or the snapshot layout invalidates it without anyone remembering to bump a number), the package
 *   version and the versions of the packages that tokenize, stem and serialize.
 * - One file per content folder (and copy of the code) and key: `index-<folder>-<key>.json`; writing one removes
 *   the older ones of the same folder. Written to a temporary file then renamed, so concurrent processes (shards,
 *   replicas) never read a half-written file; the last rename wins and all writers write the same bytes.
 * - The file is the snapshot as JSON, read with one JSON.parse, except the index postings: flat arrays rather than
 *   MiniSearch's object-per-posting JSON (see StoredTerm), expanded one term at a time as MiniSearch loads them.
 * - Signed: an HMAC-SHA256 of the file's bytes, with a key kept outside the cache folder (INDEX_CACHE_KEY, else
 *   `data/index-cache.key`, made on first use, readable by its owner only), ends the file. A file whose digest does
 *   not match is a miss, so whoever can write the cache folder cannot make the bot quote text of their choosing.
 * - Every failure (missing, unreadable, corrupt, stale, unsigned, unwritable) is a miss: never an error, never a log
 *   line. Without a usable key the cache is off.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../project.js';
import type { KnowledgeBaseSnapshot } from './knowledge-base.js';

/** Bump when the cache file's envelope changes (the snapshot's own shape is covered by hashing the code). */
const INDEX_CACHE_FORMAT = 4;

/** Packages whose behaviour is baked into a snapshot. */
const INDEX_DEPENDENCIES = ['minisearch', 'stemmer', 'stopword', 'yaml'];

/** Files older than this are removed when another cache file is written (content folders that went away). */
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** A temporary file this old belongs to a writer that died. */
const TEMP_MAX_AGE_MS = 10 * 60 * 1000;

export interface IndexCacheSettings {
  dir: string;
  /** The key cache files are signed with. */
  key: Buffer;
}

const OFF = new Set(['off', '0', 'false', 'no', 'disabled', 'none']);

/** Where the signing key is kept when INDEX_CACHE_KEY is not set: beside the store, never in the cache folder. */
export const DEFAULT_KEY_FILE = join(PROJECT_ROOT, 'data', 'index-cache.key');

/**
 * The cache folder and signing key, or null when INDEX_CACHE=off. Throws when no key can be had (the caller then
 * runs without a cache). Replicas sharing one INDEX_CACHE_DIR need the same INDEX_CACHE_KEY.
 */
export function indexCacheSettings(env: NodeJS.ProcessEnv = process.env): IndexCacheSettings | null {
  if (OFF.has(env.INDEX_CACHE?.trim().toLowerCase() ?? '')) return null;
  const configured = env.INDEX_CACHE_DIR?.trim();
  const secret = env.INDEX_CACHE_KEY?.trim();
  return {
    dir: configured ? resolve(configured) : join(PROJECT_ROOT, '.cache'),
    key: secret ? createHash('sha256').update(secret).digest() : keyFromFile(DEFAULT_KEY_FILE),
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

function readVersionOf(packageJson: string): string {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
    return String(parsed.version ?? '?');
  } catch {
    return '?';
  }
}

/** Where this code runs from: dist/src/search compiled, src/search under a TypeScript runner. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));

let cachedVersion: string | undefined;

/**
 * What a snapshot depends on besides the content, as one hash. Computed once per process: a dozen small
 * files, well under a millisecond.
 */
function indexVersion(): string {
  if (cachedVersion) return cachedVersion;
  const hash = createHash('sha256');
  hash.update(`article-bot index cache ${INDEX_CACHE_FORMAT}\0`);
  hash.update(`package ${readVersionOf(join(PROJECT_ROOT, 'package.json'))}\0`);
  for (const name of INDEX_DEPENDENCIES) {
    hash.update(`${name} ${readVersionOf(join(PROJECT_ROOT, 'node_modules', name, 'package.json'))}\0`);
  }
  // The running code of search/ and content/ (compiled .js, or .ts under a TypeScript runner).
  for (const folder of [CODE_DIR, join(CODE_DIR, '..', 'content')]) {
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

type SerializedIndex = KnowledgeBaseSnapshot['index'];
type TermData = SerializedIndex['index'][number][1];

/**
 * One index term as stored: the term, then for each field its id and its postings as a flat list of
 * (document id delta, term frequency) pairs. MiniSearch's own JSON spells every posting as an object property
 * ({"0": {"1691": 1, ...}}), which is twice the size and several times slower to parse.
 */
type StoredTerm = [string, ...Array<number | number[]>];

/** MiniSearch's per-document tables are objects keyed 0..n-1; stored as arrays when they are (Object.keys agrees). */
type StoredTable = unknown[] | Record<string, unknown>;

interface StoredIndex extends Omit<SerializedIndex, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'> {
  documentIds: StoredTable;
  fieldLength: StoredTable;
  storedFields: StoredTable;
  terms: StoredTerm[];
}

interface StoredSnapshot extends Omit<KnowledgeBaseSnapshot, 'index'> {
  index: StoredIndex;
}

/** The cache file: who it is for, then the snapshot. */
interface CacheFile {
  format: number;
  key: string;
  version: string;
  contentDir: string;
  contentHash: string;
  snapshot: StoredSnapshot;
}

function denseTable(table: Record<string, unknown>): StoredTable {
  const keys = Object.keys(table);
  const values: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== String(i)) return table;
    values.push(table[i]);
  }
  return values;
}

function encodeTerm(term: string, data: TermData): StoredTerm {
  const stored: StoredTerm = [term];
  for (const fieldId of Object.keys(data)) {
    const postings: number[] = [];
    let previous = 0;
    const freqs = data[fieldId] as Record<string, number>;
    for (const docId of Object.keys(freqs)) {
      const id = Number(docId);
      postings.push(id - previous, freqs[docId] as number);
      previous = id;
    }
    stored.push(Number(fieldId), postings);
  }
  return stored;
}

class CorruptCacheError extends Error {}

/** MiniSearch's form of the stored terms, one term at a time: loadJS only iterates them. */
function* decodeTerms(terms: Array<StoredTerm | undefined>): Generator<[string, TermData]> {
  for (let t = 0; t < terms.length; t++) {
    const stored = terms[t];
    terms[t] = undefined; // read once: let the collector have it while the rest loads
    if (!Array.isArray(stored) || typeof stored[0] !== 'string') throw new CorruptCacheError('bad term');
    const data: Record<string, Record<number, number>> = {};
    for (let i = 1; i < stored.length; i += 2) {
      const fieldId = stored[i];
      const postings = stored[i + 1];
      if (typeof fieldId !== 'number' || !Array.isArray(postings)) throw new CorruptCacheError('bad postings');
      const freqs: Record<number, number> = {};
      let docId = 0;
      for (let j = 0; j < postings.length; j += 2) {
        docId += postings[j] as number;
        freqs[docId] = postings[j + 1] as number;
      }
      data[fieldId] = freqs;
    }
    yield [stored[0], data as TermData];
  }
}

function decodeSnapshot(stored: StoredSnapshot): KnowledgeBaseSnapshot {
  const { terms, ...index } = stored.index;
  // A lazy sequence where MiniSearch's JSON has an array: MiniSearch.loadJS only iterates it (for...of), and the
  // expanded form of each term is garbage as soon as it is loaded, instead of all of them at once.
  const lazy = decodeTerms(terms) as unknown as SerializedIndex['index'];
  return { ...stored, index: { ...index, index: lazy } as SerializedIndex };
}

export type CacheReadResult = { snapshot: KnowledgeBaseSnapshot } | { snapshot: null; problem: string };

function isStoredSnapshot(value: unknown): value is StoredSnapshot {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<Record<keyof StoredSnapshot, unknown>>;
  if (!Array.isArray(s.articles) || !s.synonyms || typeof s.synonyms !== 'object') return false;
  if (!Array.isArray(s.documentFrequency)) return false;
  const index = s.index as Partial<Record<keyof StoredIndex, unknown>> | undefined;
  if (!index || typeof index !== 'object' || !Array.isArray(index.terms)) return false;
  for (const table of [index.documentIds, index.fieldLength, index.storedFields]) {
    if (!table || typeof table !== 'object') return false;
  }
  // One document per paragraph: a count that does not add up means a damaged or foreign file.
  let passages = 0;
  for (const article of s.articles as Array<{ passages?: unknown }>) {
    if (!article || !Array.isArray(article.passages)) return false;
    passages += article.passages.length;
  }
  return index.documentCount === passages;
}

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

/** Writes a string in full (writeSync may write less than asked), adding its bytes to the file's digest. */
function writeAll(fd: number, text: string, digest?: ReturnType<typeof createHmac>): void {
  const bytes = Buffer.from(text, 'utf8');
  digest?.update(bytes);
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Terms per write: the file is written in pieces, never held whole in memory as one string. */
const TERMS_PER_CHUNK = 2000;

function writeSnapshot(
  fd: number,
  header: Omit<CacheFile, 'snapshot'>,
  snapshot: KnowledgeBaseSnapshot,
  key: Buffer,
): void {
  const digest = createHmac('sha256', key);
  const { index: terms, documentIds, fieldLength, storedFields, ...rest } = snapshot.index;
  const tables = {
    ...rest,
    documentIds: denseTable(documentIds),
    fieldLength: denseTable(fieldLength),
    storedFields: denseTable(storedFields),
  };
  writeAll(fd, `${JSON.stringify(header).slice(0, -1)},"snapshot":{`, digest);
  writeAll(fd, `"articles":${JSON.stringify(snapshot.articles)}`, digest);
  writeAll(fd, `,"synonyms":${JSON.stringify(snapshot.synonyms)}`, digest);
  writeAll(fd, `,"documentFrequency":${JSON.stringify(snapshot.documentFrequency)}`, digest);
  writeAll(fd, `,"index":${JSON.stringify(tables).slice(0, -1)},"terms":[`, digest);
  for (let start = 0; start < terms.length; start += TERMS_PER_CHUNK) {
    const chunk = terms.slice(start, start + TERMS_PER_CHUNK).map(([term, data]) => encodeTerm(term, data));
    writeAll(fd, `${start > 0 ? ',' : ''}${JSON.stringify(chunk).slice(1, -1)}`, digest);
  }
  writeAll(fd, ']}}', digest);
  writeAll(fd, `,"digest":"${digest.digest('hex')}"}`);
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

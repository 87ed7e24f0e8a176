/**
 * The cache file's form of a knowledge base snapshot: the index postings as flat arrays rather than MiniSearch's
 * object-per-posting JSON (half the size, several times faster to parse), read one term at a time straight into
 * MiniSearch's maps (loadIndex), and written in chunks, never held whole in memory as one string.
 */

import { createHmac } from 'node:crypto';
import { writeSync } from 'node:fs';
import MiniSearch, { type Options } from 'minisearch';
import type { KnowledgeBaseSnapshot } from '../knowledge-base.js';

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

/** The cache file: who it is for, then the snapshot. */
export interface CacheFile {
  format: number;
  key: string;
  version: string;
  contentDir: string;
  contentHash: string;
  snapshot: StoredSnapshot;
}

export interface StoredSnapshot extends Omit<KnowledgeBaseSnapshot, 'index'> {
  index: StoredIndex;
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

/** A term's postings as MiniSearch keeps them: field id -> document id -> term frequency. */
export type Postings = Map<number, Map<number, number>>;

/**
 * MiniSearch's private term map (`_index`), to fill with whole postings rather than a word at a time; undefined
 * should a MiniSearch release not have one (callers then go through its public API).
 */
export function termMapOf(
  miniSearch: MiniSearch<unknown>,
): { set: (term: string, postings: Postings) => unknown } | undefined {
  const index = (miniSearch as unknown as { _index?: { set?: (term: string, postings: Postings) => unknown } })._index;
  return typeof index?.set === 'function'
    ? (index as { set: (term: string, postings: Postings) => unknown })
    : undefined;
}

/** One stored term read into MiniSearch's own maps (see StoredTerm). */
function termPostings(stored: StoredTerm | undefined): [string, Postings] {
  if (!Array.isArray(stored) || typeof stored[0] !== 'string') throw new CorruptCacheError('bad term');
  const postings: Postings = new Map();
  for (let i = 1; i < stored.length; i += 2) {
    const fieldId = stored[i];
    const flat = stored[i + 1];
    if (typeof fieldId !== 'number' || !Array.isArray(flat)) throw new CorruptCacheError('bad postings');
    const frequencies = new Map<number, number>();
    let docId = 0;
    for (let j = 0; j < flat.length; j += 2) {
      docId += flat[j] as number;
      frequencies.set(docId, flat[j + 1] as number);
    }
    postings.set(fieldId, frequencies);
  }
  return [stored[0], postings];
}

/**
 * The stored terms where MiniSearch's JSON has its index array. Iterated, it yields MiniSearch's JSON form one term
 * at a time, for MiniSearch.loadJS; loadIndex() reads it straight into MiniSearch's maps instead. Each term is
 * dropped once read, so the collector can have it while the rest loads.
 */
class StoredTerms {
  constructor(private readonly terms: Array<StoredTerm | undefined>) {}

  *[Symbol.iterator](): Generator<[string, TermData]> {
    for (const [term, postings] of this.read()) {
      const data: Record<string, Record<number, number>> = {};
      for (const [fieldId, frequencies] of postings) data[fieldId] = Object.fromEntries(frequencies);
      yield [term, data as TermData];
    }
  }

  *read(): Generator<[string, Postings]> {
    for (let t = 0; t < this.terms.length; t++) {
      const stored = this.terms[t];
      this.terms[t] = undefined;
      yield termPostings(stored);
    }
  }
}

export function decodeSnapshot(stored: StoredSnapshot): KnowledgeBaseSnapshot {
  const { terms, ...index } = stored.index;
  const lazy = new StoredTerms(terms) as unknown as SerializedIndex['index'];
  return { ...stored, index: { ...index, index: lazy } as SerializedIndex };
}

/**
 * MiniSearch.loadJS, but for a snapshot read from the cache file, its postings go straight into MiniSearch's maps:
 * loadJS would have each term spelled out as objects and then copied into maps, which at 1,000 articles cost
 * about 0.7 s and as much again in garbage collection. That fills MiniSearch's private `_index`; should a
 * MiniSearch release not have one, loadJS does it as before.
 */
export function loadIndex<T>(js: SerializedIndex, options: Options<T>): MiniSearch<T> {
  const terms = js.index as unknown;
  if (!(terms instanceof StoredTerms)) return MiniSearch.loadJS<T>(js, options);
  const miniSearch = MiniSearch.loadJS<T>({ ...js, index: [] }, options);
  const index = termMapOf(miniSearch as MiniSearch<unknown>);
  if (!index) return MiniSearch.loadJS<T>(js, options);
  for (const [term, postings] of terms.read()) index.set(term, postings);
  return miniSearch;
}

export function isStoredSnapshot(value: unknown): value is StoredSnapshot {
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
  if (index.documentCount !== passages) return false;
  // Sentence spans: one flat list of (start, end) pairs per passage.
  if (!Array.isArray(s.sentences) || s.sentences.length !== passages) return false;
  return s.sentences.every((spans) => Array.isArray(spans) && spans.length % 2 === 0);
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

export function writeSnapshot(
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
  writeAll(fd, `,"sentences":${JSON.stringify(snapshot.sentences)}`, digest);
  writeAll(fd, `,"index":${JSON.stringify(tables).slice(0, -1)},"terms":[`, digest);
  for (let start = 0; start < terms.length; start += TERMS_PER_CHUNK) {
    const chunk = terms.slice(start, start + TERMS_PER_CHUNK).map(([term, data]) => encodeTerm(term, data));
    writeAll(fd, `${start > 0 ? ',' : ''}${JSON.stringify(chunk).slice(1, -1)}`, digest);
  }
  writeAll(fd, ']}}', digest);
  writeAll(fd, `,"digest":"${digest.digest('hex')}"}`);
}

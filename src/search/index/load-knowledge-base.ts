/**
 * Start-up: content folder -> knowledge base, through the signed index cache (index-cache.ts): the content files are
 * always read and hashed; a cache file for those bytes is loaded, else the content is validated and indexed as
 * without a cache and the snapshot written for next time. Why it is safe: docs/index-cache.md.
 */

import { type ContentFile, hashContentFiles, parseContentFiles, readContentFiles } from '../../content/load.js';
import { ContentError } from '../../content/parse.js';
import { KnowledgeBase } from '../knowledge-base.js';
import { type IndexCacheSettings, indexCacheSettings } from './cache-settings.js';
import { type IndexCacheEntry, indexCacheEntry, readIndexCache, writeIndexCache } from './index-cache.js';

export interface LoadOptions {
  /** Environment for INDEX_CACHE / INDEX_CACHE_DIR (default process.env). */
  env?: NodeJS.ProcessEnv;
  /**
   * When to write a new cache file after building: 'deferred' (default) writes it on the next turn of the event
   * loop, so serializing does not delay being ready; 'sync' before returning; 'never' not at all.
   */
  write?: 'deferred' | 'sync' | 'never';
}

export interface LoadResult {
  kb: KnowledgeBase;
  /** 'hit': loaded from the cache; 'built': indexed from the content; 'off': built, cache disabled. */
  cache: 'hit' | 'built' | 'off';
  /** Why an existing cache could not be used, or why none was written ('absent' on a first start). */
  problem?: string;
  /** Settles when the cache file is written (true) or could not be (false); false when nothing was to write. */
  written: Promise<boolean>;
  /** The cache file used or written, when the cache is on. */
  cacheFile?: string;
}

const ARTICLE_FILE = /\.md$/i;

/** Validates and indexes the bytes that were read (never re-reads them: the hash must describe what is built). */
function build(dir: string, files: readonly ContentFile[], hash: string): KnowledgeBase {
  // Same refusal, same message, as loadContent().
  if (!files.some((f) => ARTICLE_FILE.test(f.path))) throw new ContentError(dir, 'no articles (*.md files) found');
  return KnowledgeBase.build(parseContentFiles(files, hash));
}

function scheduleWrite(entry: IndexCacheEntry, kb: KnowledgeBase, when: LoadOptions['write']): Promise<boolean> {
  if (when === 'never') return Promise.resolve(false);
  if (when === 'sync') return Promise.resolve(writeIndexCache(entry, kb.toSnapshot()));
  return new Promise((done) => {
    setImmediate(() => {
      try {
        done(writeIndexCache(entry, kb.toSnapshot()));
      } catch {
        done(false);
      }
    });
  });
}

/** Loads the knowledge base for a content folder, and says how. Throws ContentError for bad content only. */
export function loadKnowledgeBaseWithCache(dir: string, options: LoadOptions = {}): LoadResult {
  const files = readContentFiles(dir);
  const hash = hashContentFiles(files);
  let settings: IndexCacheSettings | null;
  let entry: IndexCacheEntry | null = null;
  try {
    settings = indexCacheSettings(options.env);
    if (settings) entry = indexCacheEntry(settings, dir, hash);
  } catch {
    settings = null;
  }
  if (!settings || !entry) {
    return { kb: build(dir, files, hash), cache: 'off', written: Promise.resolve(false) };
  }

  const cached = readIndexCache(entry);
  let problem: string | undefined;
  if (cached.snapshot) {
    try {
      return {
        kb: KnowledgeBase.fromSnapshot(cached.snapshot),
        cache: 'hit',
        written: Promise.resolve(false),
        cacheFile: entry.file,
      };
    } catch {
      problem = 'corrupt (the index did not load)';
    }
  } else {
    problem = cached.problem;
  }
  const kb = build(dir, files, hash);
  return { kb, cache: 'built', problem, written: scheduleWrite(entry, kb, options.write), cacheFile: entry.file };
}

export function loadKnowledgeBase(dir: string, options: LoadOptions = {}): KnowledgeBase {
  return loadKnowledgeBaseWithCache(dir, options).kb;
}

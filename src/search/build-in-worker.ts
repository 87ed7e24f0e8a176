/**
 * The worker half of a content reload: validates and indexes the content folder off the main thread and writes
 * the index cache, so the main thread only loads the finished snapshot from the cache and swaps it in.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentError } from '../content/parse.js';
import { loadKnowledgeBaseWithCache } from './load-knowledge-base.js';

export type BuildOutcome =
  | { ok: true; cache: string; cacheFile?: string }
  | { ok: false; contentError: boolean; message: string };

const { dir, env } = workerData as { dir: string; env: NodeJS.ProcessEnv };
let outcome: BuildOutcome;
try {
  const loaded = loadKnowledgeBaseWithCache(dir, { env, write: 'sync' });
  outcome = { ok: true, cache: loaded.cache, ...(loaded.cacheFile ? { cacheFile: loaded.cacheFile } : {}) };
} catch (error) {
  outcome = {
    ok: false,
    contentError: error instanceof ContentError || (error as Error)?.name === 'ConfigError',
    message: error instanceof Error ? error.message : String(error),
  };
}
parentPort?.postMessage(outcome);

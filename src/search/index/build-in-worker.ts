/**
 * The worker half of a content reload: validates and indexes the content folder off the main thread and writes
 * the index cache, so the main thread only loads the finished snapshot from the cache and swaps it in.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledgeBaseWithCache } from './load-knowledge-base.js';

/** Built (and cached), or refused with the same one-line message a start-up would give. */
export type BuildOutcome = { ok: true } | { ok: false; message: string };

const { dir, env } = workerData as { dir: string; env: NodeJS.ProcessEnv };
let outcome: BuildOutcome;
try {
  loadKnowledgeBaseWithCache(dir, { env, write: 'sync' });
  outcome = { ok: true };
} catch (error) {
  outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(outcome);

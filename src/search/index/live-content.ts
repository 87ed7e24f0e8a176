/**
 * Content that reloads without a restart. The content folder is watched; a change (debounced) is validated and
 * indexed in a worker thread, which leaves the finished index in the index cache; the main thread then loads it
 * from there and swaps it in with one assignment. A question is answered from the old index or the new one,
 * never from half of one, and never waits for indexing. A broken file is refused as at start-up, in one error log
 * line, and the previous content keeps answering. Details: docs/adding-content.md.
 */
import { type FSWatcher, watch } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../logger.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { BuildOutcome } from './build-in-worker.js';
import { indexCacheSettings } from './cache-settings.js';
import { loadKnowledgeBaseWithCache } from './load-knowledge-base.js';

/** What the front ends read the knowledge base from: itself, or content that reloads. */
export type ContentSource = KnowledgeBase | LiveContent;

/** The knowledge base to answer from now. */
export function currentKnowledgeBase(source: ContentSource): KnowledgeBase {
  return source instanceof LiveContent ? source.current : source;
}

export interface LiveContentOptions {
  logger?: Pick<Logger, 'info' | 'error' | 'debug'>;
  /** Changes closer together than this are one reload (editors write a file in several steps). */
  debounceMs?: number;
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_DEBOUNCE_MS = 300;

export class LiveContent {
  #current: KnowledgeBase;
  #changedAt: Date;
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;
  #reloading: Promise<void> | undefined;
  #again = false;
  #closed = false;
  readonly #listeners = new Set<(kb: KnowledgeBase) => void>();

  constructor(
    readonly dir: string,
    initial: KnowledgeBase,
    private readonly options: LiveContentOptions = {},
  ) {
    this.#current = initial;
    this.#changedAt = new Date();
  }

  get current(): KnowledgeBase {
    return this.#current;
  }

  /** When the content answering now was loaded. */
  get changedAt(): Date {
    return this.#changedAt;
  }

  /** Starts watching the folder. The watcher never keeps the process alive on its own. */
  watch(): this {
    if (this.#watcher || this.#closed) return this;
    this.#watcher = watch(this.dir, { persistent: false }, () => this.#schedule());
    this.#watcher.on('error', (error) => this.options.logger?.error({ err: error }, 'watching the content failed'));
    return this;
  }

  /** Called with each new knowledge base once it answers. */
  onReload(listener: (kb: KnowledgeBase) => void): void {
    this.#listeners.add(listener);
  }

  /** Reloads now (and again afterwards if the folder changes meanwhile); settles when done or refused. */
  reload(): Promise<void> {
    if (this.#reloading) {
      this.#again = true;
      return this.#reloading;
    }
    this.#reloading = this.#reloadOnce().finally(() => {
      this.#reloading = undefined;
      if (this.#again && !this.#closed) {
        this.#again = false;
        void this.reload();
      }
    });
    return this.#reloading;
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#watcher?.close();
    this.#watcher = undefined;
  }

  #schedule(): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.reload(), this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    this.#timer.unref();
  }

  async #reloadOnce(): Promise<void> {
    const logger = this.options.logger;
    const env = this.options.env ?? process.env;
    const started = performance.now();
    // Without an index cache there is nothing for a worker to hand over: build here.
    const built = indexCacheSettingsOrNull(env) ? await buildInWorker(this.dir, env) : undefined;
    if (this.#closed) return;
    if (built && !built.ok) {
      // One line: the file and what is wrong with it, as at start-up.
      logger?.error({ problem: built.message }, 'content refused; the previous content keeps answering');
      return;
    }
    let next: KnowledgeBase;
    try {
      // From the cache the worker just wrote (or, without a cache or a worker, built here).
      next = loadKnowledgeBaseWithCache(this.dir, { env }).kb;
    } catch (error) {
      logger?.error(
        { problem: error instanceof Error ? error.message : String(error) },
        'content refused; the previous content keeps answering',
      );
      return;
    }
    this.#current = next;
    this.#changedAt = new Date();
    logger?.info(
      { ...next.stats, reloadMs: Math.round(performance.now() - started) },
      'content reloaded: answering from it now',
    );
    for (const listener of this.#listeners) listener(next);
  }
}

/**
 * Builds the content in a worker thread and writes the index cache; undefined when no worker can run this code
 * (under a TypeScript test runner), in which case the caller builds it itself.
 */
function buildInWorker(dir: string, env: NodeJS.ProcessEnv): Promise<BuildOutcome | undefined> {
  const script = new URL('./build-in-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js')) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: { dir, env } });
    worker.once('message', (outcome: BuildOutcome) => resolve(outcome));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

function indexCacheSettingsOrNull(env: NodeJS.ProcessEnv) {
  try {
    return indexCacheSettings(env);
  } catch {
    return null;
  }
}

/** Sections (a) cold ask, (b) answer latency and (c) start-up, each in child processes. */

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, type LatencyChildResult, runChild, type StartupChildResult, timedRun } from './children.js';
import { ASK, ASK_QUESTION, CONTENT, log } from './shared.js';
import { median, percentile } from './stats.js';
export interface Settings {
  quick: boolean;
  articles: number;
  paragraphs: number;
}

export function runs(settings: Settings, full: number, quick: number): number {
  return settings.quick ? quick : full;
}

export interface AskFigures {
  runs: number;
  nodeMs: number;
  minisearchMs: number;
  askWarmMs: number;
  askEmptyCacheMs: number;
  askCacheOffMs: number;
  ratio: number;
  ratioEmptyCache: number;
}

export function measureAsk(settings: Settings, tmp: string): AskFigures {
  const n = runs(settings, 21, 7);
  const warmDir = join(tmp, 'ask-warm');
  const askArgs = [ASK, '--json', ASK_QUESTION];
  const contentEnv = { CONTENT_DIR: CONTENT };
  const first = timedRun(askArgs, childEnv({ ...contentEnv, INDEX_CACHE_DIR: warmDir }));
  const answer = JSON.parse(first.stdout) as { answers: Array<{ text: string }> };
  if (!answer.answers[0]?.text.includes('osteocalcin')) log('warning: ask did not quote the osteocalcin paragraph');
  const samples = { node: [] as number[], minisearch: [] as number[], warm: [] as number[], empty: [] as number[] };
  const off: number[] = [];
  for (let i = 0; i < n; i++) {
    // Interleaved, so that a noisy moment on the machine hits every variant alike.
    samples.minisearch.push(timedRun(['-e', "import('minisearch')"], childEnv({})).ms);
    samples.warm.push(timedRun(askArgs, childEnv({ ...contentEnv, INDEX_CACHE_DIR: warmDir })).ms);
    samples.node.push(timedRun(['-e', '0'], childEnv({})).ms);
    const emptyDir = join(tmp, `ask-empty-${i}`);
    samples.empty.push(timedRun(askArgs, childEnv({ ...contentEnv, INDEX_CACHE_DIR: emptyDir })).ms);
    off.push(timedRun(askArgs, childEnv({ ...contentEnv, INDEX_CACHE: 'off' })).ms);
  }
  const minisearchMs = median(samples.minisearch);
  return {
    runs: n,
    nodeMs: median(samples.node),
    minisearchMs,
    askWarmMs: median(samples.warm),
    askEmptyCacheMs: median(samples.empty),
    askCacheOffMs: median(off),
    ratio: median(samples.warm) / minisearchMs,
    ratioEmptyCache: median(samples.empty) / minisearchMs,
  };
}

export interface LatencyFigures {
  label: string;
  articles: number;
  passages: number;
  questions: number;
  samples: number;
  firstAnswerMs: number;
  answerP50Ms: number;
  answerP99Ms: number;
  rawP50Ms: number;
  rawP99Ms: number;
  /** median(answer) / median(searchRaw). */
  ratio: number;
}

export function measureLatency(settings: Settings, label: string, dir: string, articles: number, cacheDir: string) {
  const rounds = runs(settings, 30, 8);
  const result = runChild<LatencyChildResult>('latency', [dir, String(rounds)], { INDEX_CACHE_DIR: cacheDir });
  return {
    label,
    articles,
    passages: result.passages,
    questions: result.questions,
    samples: result.answerMs.length,
    firstAnswerMs: result.firstAnswerMs,
    answerP50Ms: median(result.answerMs),
    answerP99Ms: percentile(result.answerMs, 99),
    rawP50Ms: median(result.rawMs),
    rawP99Ms: percentile(result.rawMs, 99),
    ratio: median(result.answerMs) / median(result.rawMs),
  } satisfies LatencyFigures;
}

export interface StartupFigures {
  label: string;
  articles: number;
  cache: 'cold' | 'warm';
  runs: number;
  readyMs: number;
  wallMs: number;
  maxRssMiB: number;
  maxRssAtReadyMiB: number;
}

export function measureStartup(
  label: string,
  dir: string,
  articles: number,
  tmp: string,
  warmDir: string,
  counts: { cold: number; warm: number },
): StartupFigures[] {
  const figures: StartupFigures[] = [];
  for (const cache of ['warm', 'cold'] as const) {
    const n = cache === 'cold' ? counts.cold : counts.warm;
    const results: Array<StartupChildResult & { wallMs: number }> = [];
    for (let i = 0; i < n; i++) {
      const cacheDir = cache === 'warm' ? warmDir : join(tmp, `startup-cold-${label}-${i}`);
      const result = runChild<StartupChildResult>('startup', [dir], { INDEX_CACHE_DIR: cacheDir });
      const expected = cache === 'warm' ? 'hit' : 'built';
      if (result.cache !== expected) log(`warning: ${label} ${cache} start was a cache ${result.cache}`);
      results.push(result);
      rmSync(join(tmp, `startup-cold-${label}-${i}`), { recursive: true, force: true });
    }
    figures.push({
      label,
      articles,
      cache,
      runs: n,
      readyMs: median(results.map((r) => r.readyMs)),
      wallMs: median(results.map((r) => r.wallMs)),
      maxRssMiB: median(results.map((r) => r.maxRssKiB / 1024)),
      maxRssAtReadyMiB: median(results.map((r) => r.maxRssAtReadyKiB / 1024)),
    });
  }
  return figures;
}

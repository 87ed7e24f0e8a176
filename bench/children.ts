/**
 * Child processes of the benchmark: every measurement runs in a fresh process (this benchmark's entry re-run with
 * `--child <mode>`), so no figure carries another's heap or JIT state. The child modes are here too.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/project.js';
import { readQuestions as readQuestionFile } from './evaluate.js';
import { ASK_QUESTION, MiB, OWN_QUESTIONS, SELF, SHARED_QUESTIONS } from './shared.js';

/** The environment of a measured child: this one, minus anything that would steer the cache or the content. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['INDEX_CACHE', 'INDEX_CACHE_DIR', 'CONTENT_DIR', 'NODE_OPTIONS', 'DISCORD_TOKEN']) delete env[key];
  return { ...env, ...extra };
}

export interface Timed {
  ms: number;
  stdout: string;
}

/** Runs a process to its end and times it from spawn to exit (wall time, as a user would see it). */
export function timedRun(args: string[], env: NodeJS.ProcessEnv): Timed {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 64 * MiB });
  const ms = performance.now() - started;
  if (run.status !== 0) {
    throw new Error(`bench: \`node ${args.join(' ')}\` exited with ${run.status}: ${run.stderr.trim().slice(0, 500)}`);
  }
  return { ms, stdout: run.stdout };
}

/** Runs this file in a child mode; its last stdout line is a JSON result. */
export function runChild<T>(mode: string, args: string[], env: Record<string, string>): T & { wallMs: number } {
  const { ms, stdout } = timedRun([SELF, '--child', mode, ...args], childEnv(env));
  const last = stdout.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(last) as T), wallMs: ms };
}

export interface StartupChildResult {
  readyMs: number;
  cache: string;
  problem?: string;
  written: boolean;
  passages: number;
  maxRssAtReadyKiB: number;
  maxRssKiB: number;
}

/** Child: load the knowledge base as start-up does, report when it was ready (since process start) and memory. */
export async function childStartup(dir: string): Promise<StartupChildResult> {
  const { loadKnowledgeBaseWithCache } = await import('../src/search/index/load-knowledge-base.js');
  const loaded = loadKnowledgeBaseWithCache(dir);
  const readyMs = performance.now();
  const maxRssAtReadyKiB = process.resourceUsage().maxRSS;
  const written = await loaded.written;
  return {
    readyMs,
    cache: loaded.cache,
    ...(loaded.problem ? { problem: loaded.problem } : {}),
    written,
    passages: loaded.kb.stats.passages,
    maxRssAtReadyKiB,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
}

/** The questions the latency figures are measured on: the shared set when present, else the project's own. */
export function readQuestions(): { file: string; questions: string[] } {
  const file = existsSync(SHARED_QUESTIONS) ? SHARED_QUESTIONS : OWN_QUESTIONS;
  return { file, questions: readQuestionFile(file).map((q) => q.question) };
}

export interface LatencyChildResult {
  questions: number;
  passages: number;
  firstAnswerMs: number;
  answerMs: number[];
  rawMs: number[];
}

/** Child: per-question latency of the whole answer path and of a bare MiniSearch search, interleaved. */
export async function childLatency(dir: string, rounds: number): Promise<LatencyChildResult> {
  const { loadKnowledgeBase } = await import('../src/search/index/load-knowledge-base.js');
  const kb = loadKnowledgeBase(dir);
  const { questions } = readQuestions();
  let started = performance.now();
  kb.answerQuestion(questions[0] ?? ASK_QUESTION);
  const firstAnswerMs = performance.now() - started;
  for (let i = 0; i < 3; i++) {
    for (const q of questions) {
      kb.answerQuestion(q);
      kb.searchRaw(q);
    }
  }
  const answerMs: number[] = [];
  const rawMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      // Alternate which goes first, so neither always runs on the other's warm caches.
      const rawFirst = round % 2 === 1;
      if (rawFirst) {
        started = performance.now();
        kb.searchRaw(q);
        rawMs.push(performance.now() - started);
      }
      started = performance.now();
      kb.answerQuestion(q);
      answerMs.push(performance.now() - started);
      if (!rawFirst) {
        started = performance.now();
        kb.searchRaw(q);
        rawMs.push(performance.now() - started);
      }
    }
  }
  return { questions: questions.length, passages: kb.stats.passages, firstAnswerMs, answerMs, rawMs };
}

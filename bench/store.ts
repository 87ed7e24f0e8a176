/**
 * Section (f): what recording costs. One child per store (SQLite, and PostgreSQL when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL names a server) answers /ask through the whole interaction router at a steady 500 questions a
 * second, in alternating one-second blocks with the store on and off, so noise hits both alike. Each answer is
 * timed from its scheduled start, so a write that blocks the event loop shows up in the answers it delays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readQuestions, runChild } from './children.js';
import { runs, type Settings } from './measure.js';
import { CONTENT } from './shared.js';
import { median, percentile } from './stats.js';

const RATE = 500;
const BLOCK_MS = 1000;

export interface StoreFigures {
  store: 'sqlite' | 'postgres';
  questions: number;
  offP50Ms: number;
  onP50Ms: number;
  offP99Ms: number;
  onP99Ms: number;
  /** median(on) / median(off). */
  ratio: number;
  /** Questions found in the store afterwards (the warm-up block's included). */
  recorded: number;
}

interface StoreChildResult {
  off: number[];
  on: number[];
  recorded: number;
}

export async function childStore(kind: 'sqlite' | 'postgres', url: string, blocks: number): Promise<StoreChildResult> {
  const { handleInteraction } = await import('../src/discord/interactions.js');
  const { loadKnowledgeBase } = await import('../src/search/index/load-knowledge-base.js');
  const { QuestionLog } = await import('../src/store/question-log.js');
  const kb = loadKnowledgeBase(CONTENT);
  const location = kind === 'sqlite' ? { kind, path: url } : { kind, url, display: 'bench' as const };
  const log = new QuestionLog({ location, retentionDays: 90 }, { warn: () => {}, info: () => {} });
  await log.firstAttempt;
  const { questions } = readQuestions();
  let id = 3_000_000_000_000_000_000n;
  const ask = (question: string) => {
    id += 1n;
    return {
      id: String(id),
      application_id: '1',
      type: 2,
      token: 't',
      version: 1,
      guild_id: '222222222222222222',
      channel_id: '333333333333333333',
      member: { user: { id: String(100_000_000_000_000_000n + (id % 50n)), username: 'u' }, permissions: '0' },
      data: { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
    } as never;
  };
  const result: StoreChildResult = { off: [], on: [], recorded: 0 };
  const perBlock = (RATE * BLOCK_MS) / 1000;
  for (let block = 0; block < blocks * 2 + 1; block++) {
    // Block 0 warms up; then off and on alternate.
    const on = block % 2 === 0;
    const services = on ? { log, frontEnd: 'http' as const } : {};
    const start = performance.now();
    for (let i = 0; i < perBlock; i++) {
      const due = start + (i * 1000) / RATE;
      while (performance.now() < due) await new Promise((resolve) => setImmediate(resolve));
      await handleInteraction(ask(questions[i % questions.length] ?? 'osteocalcin?'), kb, services);
      if (block > 0) (on ? result.on : result.off).push(performance.now() - due);
    }
  }
  // What reached the store (written first): the warm-up block's questions and every block with it on.
  const written = await log.insights({ days: 1 });
  result.recorded = written === 'unavailable' ? 0 : written.questions;
  await log.close();
  return result;
}

/** A database of its own on the server, dropped afterwards: the bench never writes into one it was given. */
async function scratchDatabase(server: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `bench_${process.pid}_${Date.now()}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

export async function measureStore(settings: Settings): Promise<StoreFigures[]> {
  const blocks = runs(settings, 5, 2);
  const rows: StoreFigures[] = [];
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'article-bot-bench-store-'));
  const scratch = server ? await scratchDatabase(server) : undefined;
  try {
    const targets: Array<['sqlite' | 'postgres', string]> = [['sqlite', join(dir, 'bench.sqlite')]];
    if (scratch) targets.push(['postgres', scratch.url]);
    for (const [kind, url] of targets) {
      const r = runChild<StoreChildResult>('store', [kind, url, String(blocks)], {});
      rows.push({
        store: kind,
        questions: r.on.length + r.off.length,
        offP50Ms: median(r.off),
        onP50Ms: median(r.on),
        offP99Ms: percentile(r.off, 99),
        onP99Ms: percentile(r.on, 99),
        ratio: median(r.on) / median(r.off),
        recorded: r.recorded,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await scratch?.drop();
  }
  return rows;
}

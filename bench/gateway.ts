/** Section (d): the gateway bot's time from INTERACTION_CREATE to the callback, on the loopback fake Discord. */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/project.js';
import { childEnv, readQuestions, runChild } from './children.js';
import { runs, type Settings } from './measure.js';
import type { BenchResults } from './report.js';
import { ASK_QUESTION, CONTENT, SELF } from './shared.js';
import { median, percentile } from './stats.js';
export interface GatewayFigures {
  label: string;
  articles: number;
  interactions: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  callbacks: string;
}

const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

export interface GatewayChildResult {
  interactions: number;
  latenciesMs: number[];
  kinds: Record<string, number>;
}

/**
 * Child: the fake Discord, and the bot in a process of its own (as on a real deployment: two processes, one
 * loopback connection each way). Interactions go one at a time; each is timed in this process, from just before
 * the fake dispatches INTERACTION_CREATE to the moment the callback request reaches the fake's HTTP server.
 */
export async function childGateway(dir: string, count: number, cacheDir: string): Promise<GatewayChildResult> {
  const { spawn } = await import('node:child_process');
  const { createInterface } = await import('node:readline');
  // Loaded here, not at the top: only this child needs discord.js and ws.
  const { startFakeDiscord } = await import('../test/support/fake-discord/fake-discord.js');
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 41_250 });
  // The callback request's arrival: the fake's HTTP server sees its headers (before the fake handles it).
  const arrivals = new Map<string, (at: number) => void>();
  fake.onRequestArrival((path, at) => {
    const match = /\/interactions\/(\d+)\/[^/]+\/callback/.exec(path);
    if (match?.[1]) arrivals.get(match[1])?.(at);
  });

  const bot = spawn(process.execPath, [SELF, '--child', 'gateway-bot', dir], {
    cwd: PROJECT_ROOT,
    env: childEnv({ DISCORD_TOKEN: BOT_TOKEN, DISCORD_API_BASE: fake.apiBase, INDEX_CACHE_DIR: cacheDir }),
    // The bot logs every interaction (pino, on stderr) as it would in production; nobody reads it here.
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const exited = new Promise<number | null>((done) => bot.once('exit', (code) => done(code)));
  try {
    const lines = createInterface({ input: bot.stdout });
    const ready = await Promise.race([
      new Promise<boolean>((done) => lines.once('line', () => done(true))),
      exited.then(() => false),
    ]);
    if (!ready) throw new Error('bench: the gateway bot exited before it was ready');

    const { questions } = readQuestions();
    const kinds: Record<string, number> = {};
    const latenciesMs: number[] = [];
    const warmUp = Math.min(30, count);
    for (let i = 0; i < warmUp + count; i++) {
      const question = questions[i % questions.length] ?? ASK_QUESTION;
      let arrived!: (at: number) => void;
      const arrival = new Promise<number>((done) => {
        arrived = done;
      });
      const started = performance.now();
      const sent = fake.sendCommand('ask', [{ name: 'question', type: 3, value: question }]);
      arrivals.set(sent.id, arrived);
      const at = await Promise.race([
        arrival,
        fake.waitForCallback(sent.id, 10_000).then(() => arrival),
        exited.then(() => Number.NaN),
      ]);
      arrivals.delete(sent.id);
      if (Number.isNaN(at)) throw new Error('bench: the gateway bot exited while answering');
      const callback = await fake.waitForCallback(sent.id, 10_000);
      if (i >= warmUp) {
        latenciesMs.push(at - started);
        kinds[String(callback.type)] = (kinds[String(callback.type)] ?? 0) + 1;
      }
    }
    return { interactions: count, latenciesMs, kinds };
  } finally {
    bot.stdin?.end();
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000).unref())]);
    if (bot.exitCode === null) bot.kill();
    await fake.close();
  }
}

/** Child: the gateway bot as `npm start` runs it (config from the environment, logs on stderr), until stdin closes. */
export async function childGatewayBot(dir: string): Promise<void> {
  const { loadConfig } = await import('../src/config.js');
  const { createLogger } = await import('../src/logger.js');
  const { runGatewayBot } = await import('../src/discord/bot.js');
  const { loadKnowledgeBase } = await import('../src/search/index/load-knowledge-base.js');
  const config = loadConfig(process.env, 'gateway');
  const bot = await runGatewayBot(config, loadKnowledgeBase(dir), createLogger(config.logLevel));
  process.stdout.write('ready\n');
  await new Promise<void>((done) => {
    process.stdin.once('end', done);
    process.stdin.resume();
  });
  await bot.stop();
}

export async function measureGateway(
  settings: Settings,
  warmCache: string,
  library: { dir: string; articles: number },
): Promise<BenchResults['gateway']> {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'discord', 'bot.js'))) {
    return { skipped: 'the gateway bot (dist/src/discord/bot.js) is not built' };
  }
  const count = runs(settings, 400, 100);
  const rows: GatewayFigures[] = [];
  for (const [label, dir, articles] of [
    ['article', CONTENT, 1],
    ['library', library.dir, library.articles],
  ] as const) {
    const result = runChild<GatewayChildResult>('gateway', [dir, String(count), warmCache], {});
    rows.push({
      label,
      articles,
      interactions: result.latenciesMs.length,
      p50Ms: median(result.latenciesMs),
      p99Ms: percentile(result.latenciesMs, 99),
      maxMs: Math.max(...result.latenciesMs),
      callbacks: Object.entries(result.kinds)
        .map(([type, n]) => `${n} x type ${type}`)
        .join(', '),
    });
  }
  return {
    rows,
    how:
      '/ask over the shared questions, one at a time after 30 unmeasured, the bot (dist, `runGatewayBot`, logging ' +
      'at info) and the fake in separate processes; timed in the fake from just before the INTERACTION_CREATE ' +
      'dispatch to the arrival of the callback request',
  };
}

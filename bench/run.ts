/**
 * `npm run bench [-- --quick] [--json] [--json-out FILE] [--write-docs] [--only a,b,...]`: how fast the bot is, as
 * medians and same-run ratios, each measurement in fresh child processes (this file re-run with `--child ...`).
 * Sections (a) cold ask, (b) answer latency, (c) start-up and memory, (d) gateway, (e) content in: docs/benchmarks.md.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runAsProgram } from '../src/cli/entry-point.js';
import { PROJECT_ROOT } from '../src/project.js';
import { childLatency, childStartup, readQuestions, runChild } from './children.js';
import type { ContentFigures } from './content.js';
import { childGateway, childGatewayBot, measureGateway } from './gateway.js';
import { measureAsk, measureLatency, measureStartup, runs, type Settings } from './measure.js';
import { type BenchResults, docs, formatResults, machine, targets } from './report.js';
import { ASK, CONTENT, log } from './shared.js';
import { childStore, measureStore } from './store.js';

async function runBench(argv: string[]): Promise<number> {
  const flag = (name: string) => argv.includes(name);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const settings: Settings = {
    quick: flag('--quick'),
    articles: Number(value('--articles') ?? 1000),
    paragraphs: Number(value('--paragraphs') ?? 20),
  };
  const only = value('--only')?.split(',');
  const section = (name: string) => !only || only.includes(name);
  if (!existsSync(ASK)) {
    process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
    return 1;
  }
  const date = new Date().toISOString();
  const info = machine();
  const { generateLibrary } = await import('./generate-library.js');
  log(`generating the library (${settings.articles} x ${settings.paragraphs})`);
  const library = generateLibrary({ articles: settings.articles, paragraphs: settings.paragraphs });
  if (library.source !== 'raw texts') {
    log(`warning: ../shared/eval/squad/raw is missing: the library is learnt from the project's content only`);
  }
  const tmp = mkdtempSync(join(os.tmpdir(), 'article-bot-bench-'));
  try {
    const warm = join(tmp, 'warm');
    log('warming the index caches');
    runChild('startup', [CONTENT], { INDEX_CACHE_DIR: warm });
    runChild('startup', [library.dir], { INDEX_CACHE_DIR: warm });

    const step = <T>(name: string, label: string, measure: () => T, otherwise: T): T => {
      if (!section(name)) return otherwise;
      log(label);
      return measure();
    };
    const ask = step('a', '(a) cold ask', () => measureAsk(settings, tmp), null);
    const latency = step(
      'b',
      '(b) answer latency',
      () => [
        measureLatency(settings, 'article', CONTENT, 1, warm),
        measureLatency(settings, 'library', library.dir, library.articles, warm),
      ],
      [],
    );
    const startup = step(
      'c',
      '(c) start-up',
      () => [
        ...measureStartup('article', CONTENT, 1, tmp, warm, {
          warm: runs(settings, 11, 5),
          cold: runs(settings, 11, 5),
        }),
        ...measureStartup('library', library.dir, library.articles, tmp, warm, {
          warm: runs(settings, 7, 3),
          cold: runs(settings, 3, 1),
        }),
      ],
      [],
    );
    const notRun: BenchResults['gateway'] = { skipped: 'not run (--only)' };
    const gateway = await step(
      'd',
      '(d) gateway',
      () => measureGateway(settings, warm, library),
      Promise.resolve(notRun),
    );
    // Loaded only here: the child processes of the other sections must not pay for the HTML parser.
    const content = await step<Promise<ContentFigures | null>>(
      'e',
      '(e) content in',
      async () => (await import('./content.js')).measureContent(runs(settings, 5, 3)),
      Promise.resolve(null),
    );
    const store = await step('f', '(f) recording in the store', () => measureStore(settings), Promise.resolve([]));
    const partial = {
      date,
      machine: info,
      quick: settings.quick,
      library: {
        dir: library.dir,
        articles: library.articles,
        paragraphs: library.paragraphs,
        bytes: library.bytes,
        source: library.source,
        topics: library.topics,
      },
      questionsFile: readQuestions().file,
      ask,
      latency,
      startup,
      gateway,
      content,
      store,
    };
    const results: BenchResults = { ...partial, targets: targets(partial) };
    const text = formatResults(results);
    process.stdout.write(`${text}\n`);
    if (flag('--json') || value('--json-out')) {
      const file = resolve(value('--json-out') ?? join(PROJECT_ROOT, '.cache', 'bench-results.json'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
      log(`figures written to ${file}`);
    }
    if (flag('--write-docs')) {
      const file = join(PROJECT_ROOT, 'docs', 'benchmarks.md');
      mkdirSync(dirname(file), { recursive: true });
      // A hand-written "## Notes" section at the end (analysis, known misses) survives regeneration.
      const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const notes = previous.indexOf('\n## Notes');
      writeFileSync(file, docs(results, text) + (notes >= 0 ? previous.slice(notes) : ''));
      log(`table written to ${file}`);
    }
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function runChildMode(argv: string[]): Promise<number> {
  const [mode, ...args] = argv;
  let result: unknown;
  if (mode === 'gateway-bot') {
    await childGatewayBot(args[0] as string);
    return 0;
  }
  if (mode === 'startup') result = await childStartup(args[0] as string);
  else if (mode === 'gateway') {
    const [dir, count, cacheDir] = args as [string, string, string];
    result = await childGateway(dir, Number(count), cacheDir);
  } else if (mode === 'latency') result = await childLatency(args[0] as string, Number(args[1] ?? 10));
  else if (mode === 'store') {
    const [kind, url, blocks] = args as ['sqlite' | 'postgres', string, string];
    result = await childStore(kind, url, Number(blocks));
  } else throw new Error(`bench: unknown child mode ${mode}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

runAsProgram(
  import.meta.url,
  () => {
    const argv = process.argv.slice(2);
    return argv[0] === '--child' ? runChildMode(argv.slice(1)) : runBench(argv);
  },
  { name: 'bench', stack: true },
);

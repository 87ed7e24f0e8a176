/**
 * `npm run bench [-- --quick] [--json] [--json-out FILE] [--write-docs]`: how fast the bot is, as medians and
 * as ratios measured in the same run (the machine is shared and noisy: absolute times move, ratios much less).
 *
 *  (a) a cold `ask` of one question as a whole process, against `node -e "import('minisearch')"`;
 *  (b) in-process answer latency (p50/p99) over the shared questions, on the article and on a generated library,
 *      against a bare MiniSearch search of the same index (KnowledgeBase.searchRaw);
 *  (c) start-up to ready (knowledge base built or loaded) and peak memory, in fresh processes, cold and warm cache;
 *  (d) the gateway bot's time from INTERACTION_CREATE to the interaction callback, on the loopback fake Discord.
 *
 * Every measurement runs in child processes of this one (this file, re-run with `--child ...`), so no figure
 * carries another's heap or JIT state. `--json` writes the figures to .cache/bench-results.json (or --json-out);
 * `--write-docs` rewrites docs/benchmarks.md with the table and the machine it ran on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../project.js';
import type { ContentFigures } from './bench-content.js';
import { runAsProgram } from './entry-point.js';

const SELF = fileURLToPath(import.meta.url);
const ASK = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ask.js');
const CONTENT = join(PROJECT_ROOT, 'content');
const SHARED_QUESTIONS = join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');
const OWN_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own.jsonl');
const ASK_QUESTION = 'Which hormone released by bones can cross the blood-brain barrier?';
const MiB = 1024 * 1024;

export const TARGETS = {
  askRatio: 2.0,
  libraryAnswerP99Ms: 5,
  answerToRawRatio: 2.0,
  libraryReadyMs: 1500,
  libraryRssMiB: 300,
  gatewayP99Ms: 20,
  /** Issue 13: a content change answers within 5 s. */
  reloadMs: 5000,
} as const;

// ---- statistics ---------------------------------------------------------------------------------------------

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]) => percentile(values, 50);
const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

// ---- child processes ----------------------------------------------------------------------------------------

/** The environment of a measured child: this one, minus anything that would steer the cache or the content. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['INDEX_CACHE', 'INDEX_CACHE_DIR', 'CONTENT_DIR', 'NODE_OPTIONS', 'DISCORD_TOKEN']) delete env[key];
  return { ...env, ...extra };
}

interface Timed {
  ms: number;
  stdout: string;
}

/** Runs a process to its end and times it from spawn to exit (wall time, as a user would see it). */
function timedRun(args: string[], env: NodeJS.ProcessEnv): Timed {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 64 * MiB });
  const ms = performance.now() - started;
  if (run.status !== 0) {
    throw new Error(`bench: \`node ${args.join(' ')}\` exited with ${run.status}: ${run.stderr.trim().slice(0, 500)}`);
  }
  return { ms, stdout: run.stdout };
}

/** Runs this file in a child mode; its last stdout line is a JSON result. */
function runChild<T>(mode: string, args: string[], env: Record<string, string>): T & { wallMs: number } {
  const { ms, stdout } = timedRun([SELF, '--child', mode, ...args], childEnv(env));
  const last = stdout.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(last) as T), wallMs: ms };
}

interface StartupChildResult {
  readyMs: number;
  cache: string;
  problem?: string;
  written: boolean;
  passages: number;
  maxRssAtReadyKiB: number;
  maxRssKiB: number;
}

/** Child: load the knowledge base as start-up does, report when it was ready (since process start) and memory. */
async function childStartup(dir: string): Promise<StartupChildResult> {
  const { loadKnowledgeBaseWithCache } = await import('../search/load-knowledge-base.js');
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

export function readQuestions(): { file: string; questions: string[] } {
  const file = existsSync(SHARED_QUESTIONS) ? SHARED_QUESTIONS : OWN_QUESTIONS;
  const questions = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { question: string }).question);
  return { file, questions };
}

interface LatencyChildResult {
  questions: number;
  passages: number;
  firstAnswerMs: number;
  answerMs: number[];
  rawMs: number[];
}

/** Child: per-question latency of the whole answer path and of a bare MiniSearch search, interleaved. */
async function childLatency(dir: string, rounds: number): Promise<LatencyChildResult> {
  const { loadKnowledgeBase } = await import('../search/load-knowledge-base.js');
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

// ---- the measurements ---------------------------------------------------------------------------------------

interface Settings {
  quick: boolean;
  articles: number;
  paragraphs: number;
}

function runs(settings: Settings, full: number, quick: number): number {
  return settings.quick ? quick : full;
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
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

function measureAsk(settings: Settings, tmp: string): AskFigures {
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

function measureLatency(settings: Settings, label: string, dir: string, articles: number, cacheDir: string) {
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

function measureStartup(
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

// ---- machine, table, JSON -----------------------------------------------------------------------------------

export interface Machine {
  uname: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  loadAverage: number[];
  /** The commit measured, and whether tracked files differed from it. */
  commit: string;
}

function commit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (head.status !== 0) return 'unknown (not a git checkout)';
  const clean = spawnSync('git', ['diff', '--quiet', 'HEAD', '--'], { cwd: PROJECT_ROOT }).status === 0;
  return `${head.stdout.trim()}${clean ? '' : ' with uncommitted changes'}`;
}

function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (info?.[1]) cpu = info[1].trim();
  } catch {
    // Not Linux: os.cpus() said it.
  }
  const uname = spawnSync('uname', ['-a'], { encoding: 'utf8' });
  return {
    uname: uname.status === 0 ? uname.stdout.trim() : `${os.type()} ${os.release()} ${os.machine()}`,
    cpu,
    cores: os.availableParallelism(),
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1) ?? 0,
    node: process.version,
    loadAverage: os.loadavg().map((l) => round(l, 2) ?? 0),
    commit: commit(),
  };
}

export interface GatewayFigures {
  label: string;
  articles: number;
  interactions: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  callbacks: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  quick: boolean;
  library: { dir: string; articles: number; paragraphs: number; bytes: number; source: string; topics: number };
  questionsFile: string;
  ask: AskFigures | null;
  latency: LatencyFigures[];
  startup: StartupFigures[];
  gateway: { rows: GatewayFigures[]; how: string } | { skipped: string };
  content: ContentFigures | null;
  targets: Array<{ name: string; value: number; target: string; ok: boolean }>;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms` : 'n/a');
const mib = (n: number) => `${n.toFixed(0)} MiB`;
const ratio = (n: number) => `${n.toFixed(2)}x`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function formatAsk(a: AskFigures): string[] {
  return [
    `(a) cold \`ask --json\` of one question, whole process, median of ${a.runs} (interleaved)`,
    table(
      ['process', 'median', 'vs import(minisearch)'],
      [
        ['node -e 0', ms(a.nodeMs), ratio(a.nodeMs / a.minisearchMs)],
        ['node -e "import(\'minisearch\')"', ms(a.minisearchMs), ratio(1)],
        ['ask, warm index cache', ms(a.askWarmMs), `${ratio(a.ratio)} (target <= ${TARGETS.askRatio})`],
        ['ask, empty cache (first run)', ms(a.askEmptyCacheMs), ratio(a.ratioEmptyCache)],
        ['ask, INDEX_CACHE=off', ms(a.askCacheOffMs), ratio(a.askCacheOffMs / a.minisearchMs)],
      ],
    ),
  ];
}

function formatLatency(rows: LatencyFigures[], articles: number): string[] {
  const first = rows[0] as LatencyFigures;
  return [
    `(b) answer latency in process: ${first.questions} shared questions, ${first.samples} samples per row after ` +
      'warm-up; answerQuestion vs bare MiniSearch search (searchRaw) on the same index, interleaved',
    table(
      ['content', 'answer p50', 'answer p99', 'searchRaw p50', 'searchRaw p99', 'p50 ratio', 'first answer'],
      rows.map((l) => [
        `${l.label} (${l.articles} art., ${l.passages} par.)`,
        ms(l.answerP50Ms),
        ms(l.answerP99Ms),
        ms(l.rawP50Ms),
        ms(l.rawP99Ms),
        ratio(l.ratio),
        ms(l.firstAnswerMs),
      ]),
    ),
    `    targets at ${articles} articles: answer p99 <= ${TARGETS.libraryAnswerP99Ms} ms, p50 ratio <= ` +
      `${TARGETS.answerToRawRatio}x; "first answer" is the first question of a fresh process, not in the percentiles`,
  ];
}

function formatStartup(rows: StartupFigures[], articles: number): string[] {
  return [
    '(c) start-up to ready (knowledge base built or loaded), in a fresh process, from process start; peak RSS',
    table(
      ['content', 'cache', 'runs', 'ready', 'wall (to exit)', 'peak RSS', 'RSS at ready'],
      rows.map((s) => [
        `${s.label} (${s.articles} art.)`,
        s.cache,
        String(s.runs),
        ms(s.readyMs),
        ms(s.wallMs),
        mib(s.maxRssMiB),
        mib(s.maxRssAtReadyMiB),
      ]),
    ),
    `    targets at ${articles} articles: ready <= ${TARGETS.libraryReadyMs} ms, peak RSS <= ` +
      `${TARGETS.libraryRssMiB} MiB; a cold start writes the cache after ready, before exit (wall)`,
  ];
}

function formatContent(c: ContentFigures): string[] {
  return [
    '(e) content in: importing a web page, and a content change to the first answer from it (medians)',
    table(
      ['extract a saved page', 'fetch (loopback) + extract', 'file written -> first answer', 'runs'],
      [[ms(c.extractMs), ms(c.fetchAndExtractMs), ms(c.changeToAnswerMs), String(c.runs)]],
    ),
    "    the change includes the watcher's 300 ms debounce; indexing runs in a worker, the swap is one assignment",
  ];
}

function formatGateway(gateway: BenchResults['gateway']): string[] {
  const title = '(d) gateway bot: INTERACTION_CREATE dispatched -> callback request received, loopback fake Discord';
  if ('skipped' in gateway) return [title, `    skipped: ${gateway.skipped}`];
  return [
    title,
    table(
      ['bot content', 'interactions', 'p50', 'p99', 'max', 'callbacks'],
      gateway.rows.map((g) => [
        `${g.label} (${g.articles} art.)`,
        String(g.interactions),
        ms(g.p50Ms),
        ms(g.p99Ms),
        ms(g.maxMs),
        g.callbacks,
      ]),
    ),
    `    target p99 <= ${TARGETS.gatewayP99Ms} ms; ${gateway.how}`,
  ];
}

export function formatResults(r: BenchResults): string {
  const sections = [
    [`${r.date}  ${r.machine.cpu}, ${r.machine.cores} cores, node ${r.machine.node}${r.quick ? '  (--quick)' : ''}`],
    r.ask ? formatAsk(r.ask) : ['(a) not run'],
    r.latency.length > 0 ? formatLatency(r.latency, r.library.articles) : ['(b) not run'],
    r.startup.length > 0 ? formatStartup(r.startup, r.library.articles) : ['(c) not run'],
    formatGateway(r.gateway),
    r.content ? formatContent(r.content) : ['(e) not run'],
    [
      'targets',
      table(
        ['target', 'measured', 'wanted', ''],
        r.targets.map((t) => [t.name, String(round(t.value)), t.target, t.ok ? 'ok' : 'MISSED']),
      ),
    ],
  ];
  return sections.map((lines) => lines.join('\n')).join('\n\n');
}

function targets(r: Omit<BenchResults, 'targets'>): BenchResults['targets'] {
  const list: BenchResults['targets'] = [];
  const add = (name: string, value: number, max: number, unit = '') =>
    list.push({ name, value, target: `<= ${max}${unit}`, ok: value <= max });
  if (r.ask) add('(a) cold ask / import(minisearch)', r.ask.ratio, TARGETS.askRatio);
  const library = r.latency.find((l) => l.label === 'library');
  if (library) {
    add('(b) library answer p99 (ms)', library.answerP99Ms, TARGETS.libraryAnswerP99Ms);
    add('(b) library answer / searchRaw (p50)', library.ratio, TARGETS.answerToRawRatio);
  }
  for (const s of r.startup.filter((x) => x.label === 'library')) {
    add(`(c) library ready, ${s.cache} cache (ms)`, s.readyMs, TARGETS.libraryReadyMs);
    add(`(c) library peak RSS, ${s.cache} cache (MiB)`, s.maxRssMiB, TARGETS.libraryRssMiB);
  }
  if (!('skipped' in r.gateway)) {
    for (const g of r.gateway.rows) add(`(d) gateway p99, ${g.label} (ms)`, g.p99Ms, TARGETS.gatewayP99Ms);
  }
  if (r.content) add('(e) content change to first answer (ms)', r.content.changeToAnswerMs, TARGETS.reloadMs);
  return list;
}

function docs(r: BenchResults, text: string): string {
  return `# Benchmarks

Produced by \`npm run bench -- --write-docs\`. Medians and ratios are measured in the same run, interleaved, on a
shared machine: compare the ratios, not the absolute times, across machines.

\`\`\`sh
npm run bench                 # the table (about 3 minutes; --quick: under a minute, fewer runs)
npm run bench -- --json       # also .cache/bench-results.json (or --json-out FILE)
npm run bench -- --only a,d   # some sections only
\`\`\`

- **(a)** \`node dist/src/cli/ask.js --json QUESTION\` as a whole process, spawned again and again, against
  \`node -e "import('minisearch')"\`; with a warm index cache, an empty one (first run), and the cache off.
- **(b)** \`answerQuestion\` over the shared questions (\`../shared/eval/questions.jsonl\`), each timed alone, in a
  fresh process after warm-up, against \`searchRaw\` (a bare \`MiniSearch.search\` of the same question on the same
  index), on the article and on the generated library (\`scripts/generate-library.ts\`: 1,000 articles of 20
  paragraphs in \`.cache/library-1000/\`, plus the real article).
- **(c)** a fresh process that loads the knowledge base as start-up does (\`loadKnowledgeBaseWithCache\`): ready is
  \`performance.now()\` (from process start) when it is loaded; wall is spawn to exit (a cold start writes the cache
  after ready); peak RSS is \`process.resourceUsage().maxRSS\`.
- **(d)** the gateway bot (\`runGatewayBot\`, compiled, logging as in production) in its own process against the
  loopback fake Discord (\`test/discord/fake-discord.ts\`, transpiled at run time into \`.cache/bench-fake-discord/\`):
  \`/ask\` interactions one at a time, from just before the fake dispatches INTERACTION_CREATE to the arrival of the
  callback request at the fake.

## Machine

- \`uname -a\`: \`${r.machine.uname}\`
- CPU: ${r.machine.cpu} (${r.machine.cores} cores available), ${r.machine.memoryGiB} GiB RAM
- Node: ${r.machine.node}
- Commit: ${r.machine.commit}
- Load average at the start: ${r.machine.loadAverage.join(', ')}
- Library: ${r.library.articles} articles, ${r.library.paragraphs} paragraphs, ${(r.library.bytes / MiB).toFixed(1)} MiB (\`scripts/generate-library.ts\`, seed 1, ${r.library.topics} topics from the ${r.library.source})

## Latest run

\`\`\`text
${text}
\`\`\`
`;
}

// ---- main ---------------------------------------------------------------------------------------------------

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
  const { generateLibrary } = await import('../../scripts/generate-library.js');
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
      async () => (await import('./bench-content.js')).measureContent(runs(settings, 5, 3)),
      Promise.resolve(null),
    );
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

// ---- (d) the gateway bot on the loopback fake Discord --------------------------------------------------------

const FAKE_SOURCES = join(PROJECT_ROOT, 'test', 'discord');
const FAKE_BUILD = join(PROJECT_ROOT, '.cache', 'bench-fake-discord');
const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

/**
 * The fake Discord is a TypeScript test helper (test/discord/fake-discord*.ts). The compiled bench does not move
 * it into the build: it transpiles those files as they are (TypeScript's transpileModule, one file at a time, as
 * the project's isolatedModules allows) into .cache/bench-fake-discord/, where `discord.js` and `ws` resolve from
 * the project's node_modules. Returns the entry module, or why (d) cannot run.
 */
async function buildFakeDiscord(): Promise<{ entry: string } | { skipped: string }> {
  if (!existsSync(join(FAKE_SOURCES, 'fake-discord.ts'))) return { skipped: 'test/discord/fake-discord.ts is missing' };
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'discord', 'bot.js'))) {
    return { skipped: 'the gateway bot (dist/src/discord/bot.js) is not built' };
  }
  let ts: typeof import('typescript');
  try {
    ts = (await import('typescript')).default;
  } catch {
    return { skipped: 'TypeScript (a devDependency) is not installed, and the fake Discord is TypeScript' };
  }
  rmSync(FAKE_BUILD, { recursive: true, force: true });
  mkdirSync(FAKE_BUILD, { recursive: true });
  for (const name of readdirSync(FAKE_SOURCES)) {
    if (!/^fake-discord.*\.ts$/.test(name) || name.endsWith('.test.ts')) continue;
    const source = readFileSync(join(FAKE_SOURCES, name), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: name,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
        sourceMap: false,
      },
    });
    writeFileSync(join(FAKE_BUILD, name.replace(/\.ts$/, '.js')), outputText);
  }
  writeFileSync(join(FAKE_BUILD, 'package.json'), '{ "type": "module" }\n');
  return { entry: join(FAKE_BUILD, 'fake-discord.js') };
}

interface GatewayChildResult {
  interactions: number;
  latenciesMs: number[];
  kinds: Record<string, number>;
}

/**
 * Child: the fake Discord, and the bot in a process of its own (as on a real deployment: two processes, one
 * loopback connection each way). Interactions go one at a time; each is timed in this process, from just before
 * the fake dispatches INTERACTION_CREATE to the moment the callback request reaches the fake's HTTP server.
 */
async function childGateway(entry: string, dir: string, count: number, cacheDir: string): Promise<GatewayChildResult> {
  const { spawn } = await import('node:child_process');
  const { createInterface } = await import('node:readline');
  // The few members of test/discord/fake-discord.ts's FakeDiscord used here (typed here: test/ is not in the build).
  interface Fake {
    apiBase: string;
    sendCommand(name: string, options: object[]): { id: string };
    waitForCallback(id: string, timeoutMs?: number): Promise<{ type: number }>;
    close(): Promise<void>;
  }
  const { startFakeDiscord } = (await import(pathToFileURL(entry).href)) as {
    startFakeDiscord: (options?: object) => Promise<Fake>;
  };
  const fake = await startFakeDiscord({ heartbeatIntervalMs: 41_250 });
  // The callback request's arrival: the fake's HTTP server sees its headers (before the fake handles it).
  const arrivals = new Map<string, (at: number) => void>();
  const server = (fake as unknown as { server: import('node:http').Server }).server;
  server.prependListener('request', (req: import('node:http').IncomingMessage) => {
    const at = performance.now();
    const match = /\/interactions\/(\d+)\/[^/]+\/callback/.exec(req.url ?? '');
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
async function childGatewayBot(dir: string): Promise<void> {
  const { loadConfig } = await import('../config.js');
  const { createLogger } = await import('../logger.js');
  const { runGatewayBot } = await import('../discord/bot.js');
  const { loadKnowledgeBase } = await import('../search/load-knowledge-base.js');
  const config = loadConfig(process.env, 'gateway');
  const bot = await runGatewayBot(config, loadKnowledgeBase(dir), createLogger(config.logLevel));
  process.stdout.write('ready\n');
  await new Promise<void>((done) => {
    process.stdin.once('end', done);
    process.stdin.resume();
  });
  await bot.stop();
}

async function measureGateway(
  settings: Settings,
  warmCache: string,
  library: { dir: string; articles: number },
): Promise<BenchResults['gateway']> {
  const fake = await buildFakeDiscord();
  if ('skipped' in fake) return fake;
  const count = runs(settings, 400, 100);
  const rows: GatewayFigures[] = [];
  for (const [label, dir, articles] of [
    ['article', CONTENT, 1],
    ['library', library.dir, library.articles],
  ] as const) {
    const result = runChild<GatewayChildResult>('gateway', [fake.entry, dir, String(count), warmCache], {});
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

async function runChildMode(argv: string[]): Promise<number> {
  const [mode, ...args] = argv;
  let result: unknown;
  if (mode === 'gateway-bot') {
    await childGatewayBot(args[0] as string);
    return 0;
  }
  if (mode === 'startup') result = await childStartup(args[0] as string);
  else if (mode === 'gateway') {
    const [entry, dir, count, cacheDir] = args as [string, string, string, string];
    result = await childGateway(entry, dir, Number(count), cacheDir);
  } else if (mode === 'latency') result = await childLatency(args[0] as string, Number(args[1] ?? 10));
  else throw new Error(`bench: unknown child mode ${mode}`);
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

/** The benchmark's report: the machine it ran on, the tables, the targets and docs/benchmarks.md. */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { PROJECT_ROOT } from '../src/project.js';
import type { ContentFigures } from './content.js';
import type { GatewayFigures } from './gateway.js';
import type { AskFigures, LatencyFigures, StartupFigures } from './measure.js';
import { MiB } from './shared.js';
import { round } from './stats.js';
import type { StoreFigures } from './store.js';

const TARGETS = {
  askRatio: 2.0,
  libraryAnswerP99Ms: 5,
  answerToRawRatio: 2.0,
  libraryReadyMs: 1500,
  libraryRssMiB: 300,
  gatewayP99Ms: 20,
  /** Issue 13: a content change answers within 5 s. */
  reloadMs: 5000,
  /** Issue 11: answering with the store on stays within 1.1x of answering with it off. */
  storeRatio: 1.1,
} as const;

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

export function machine(): Machine {
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
  store: StoreFigures[];
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

function formatStore(rows: StoreFigures[]): string[] {
  if (rows.length === 0) return ['(f) not run'];
  return [
    '(f) recording: /ask through the interaction router at 500 questions/s, store on and off in alternating 1 s blocks',
    table(
      ['store', 'questions', 'off p50', 'on p50', 'off p99', 'on p99', 'p50 ratio', 'recorded'],
      rows.map((s) => [
        s.store,
        String(s.questions),
        ms(s.offP50Ms),
        ms(s.onP50Ms),
        ms(s.offP99Ms),
        ms(s.onP99Ms),
        ratio(s.ratio),
        String(s.recorded),
      ]),
    ),
    `    target: p50 ratio <= ${TARGETS.storeRatio}; each answer timed from its scheduled start, so a write that ` +
      'holds the event loop shows in the answers it delays (PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set)',
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
    formatStore(r.store),
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

export function targets(r: Omit<BenchResults, 'targets'>): BenchResults['targets'] {
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
  for (const s of r.store) add(`(f) answer with ${s.store} store / without (p50)`, s.ratio, TARGETS.storeRatio);
  return list;
}

export function docs(r: BenchResults, text: string): string {
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
  index), on the article and on the generated library (\`bench/generate-library.ts\`: 1,000 articles of 20
  paragraphs in \`.cache/library-1000/\`, plus the real article).
- **(c)** a fresh process that loads the knowledge base as start-up does (\`loadKnowledgeBaseWithCache\`): ready is
  \`performance.now()\` (from process start) when it is loaded; wall is spawn to exit (a cold start writes the cache
  after ready); peak RSS is \`process.resourceUsage().maxRSS\`.
- **(d)** the gateway bot (\`runGatewayBot\`, compiled, logging as in production) in its own process against the
  loopback fake Discord (\`test/support/fake-discord/\`, compiled with the bench into \`dist/test/support/\`):
  \`/ask\` interactions one at a time, from just before the fake dispatches INTERACTION_CREATE to the arrival of the
  callback request at the fake.

## The library

\`bench/generate-library.ts\` writes N articles of P paragraphs in the content format, plus a copy of the real
content (so the shared questions keep their answers). The text is realistic in vocabulary rather than in meaning:
each article is about one topic (one of the SQuAD raw texts, or the project's own articles when they are absent),
its sentences walked from a word-bigram chain of that topic (85%) or of all of them (15%), with a few invented
names of its own, so words cluster by topic and the vocabulary grows with the number of articles, as in real
content. Same options and sources, same bytes. It empties an output folder only when it holds the marker it writes.

## Machine

- \`uname -a\`: \`${r.machine.uname}\`
- CPU: ${r.machine.cpu} (${r.machine.cores} cores available), ${r.machine.memoryGiB} GiB RAM
- Node: ${r.machine.node}
- Commit: ${r.machine.commit}
- Load average at the start: ${r.machine.loadAverage.join(', ')}
- Library: ${r.library.articles} articles, ${r.library.paragraphs} paragraphs, ${(r.library.bytes / MiB).toFixed(1)} MiB (\`bench/generate-library.ts\`, seed 1, ${r.library.topics} topics from the ${r.library.source})

## Latest run

\`\`\`text
${text}
\`\`\`
`;
}

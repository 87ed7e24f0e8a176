/**
 * Synonym rules compiled once, at build, into flat sorted arrays that the index cache stores as they are: a
 * question looks up the rules starting with each of its stems by binary search, and a start from the cache
 * parses a few arrays of strings instead of building an object and a map entry per rule. So a question costs
 * about the same whether the content declares ten rules or a hundred thousand (they used to be sorted and
 * scanned for every question), and so does a start from the cache.
 */
import { editDistance, soundAlikes } from './edit-distance.js';
import { isKnownForm } from './related-words.js';
import type { SynonymRule } from './synonyms.js';
import { foldCase, QUESTION_WORDS, stemOf } from './text.js';

/**
 * The stored form, the rules sorted by their phrase's stems. Phrases and what they add are each one string, a
 * line per rule: JSON.parse reads one long string far faster than 100,000 short ones.
 */
export interface SynonymTableJSON {
  /** Per line, the phrase's stems joined by a space. Sorting these keeps every rule with one first stem together. */
  phrases: string;
  /** Per line, what the rule adds, its phrases joined by U+001F. */
  adds: string;
  /** The order rules are tried in: longest phrase first, then file order. */
  ranks: number[];
  /** Index into `scopeIds` of the article whose synonyms file declared it, or -1 for a content-wide rule. */
  scopes: number[];
  scopeIds: string[];
}

const JOIN = '\u001f';

/** A phrase of the question that a rule matched: its word range (as tokenize() counts) and what it adds. */
export interface SynonymMatch {
  first: number;
  last: number;
  phrases: string[];
}

interface Columns {
  phrases: string[];
  adds: string[];
  ranks: number[];
  scopes: number[];
  scopeIds: string[];
}

export class SynonymTable {
  private constructor(private readonly data: Columns) {}

  static compile(rules: readonly SynonymRule[]): SynonymTable {
    // Ranks by a counting sort on phrase length (phrases are a few words long), file order within a length.
    const perLength: number[] = [];
    for (const rule of rules) perLength[rule.from.length] = (perLength[rule.from.length] ?? 0) + 1;
    const nextRank: number[] = [];
    let rank = 0;
    for (let length = perLength.length - 1; length >= 0; length--) {
      nextRank[length] = rank;
      rank += perLength[length] ?? 0;
    }
    const ranks = rules.map((rule) => {
      const given = nextRank[rule.from.length] ?? 0;
      nextRank[rule.from.length] = given + 1;
      return given;
    });
    const phrases = rules.map((rule) => rule.from.join(' '));
    const order = rules.map((_, i) => i).sort((a, b) => compare(phrases[a] ?? '', phrases[b] ?? '') || a - b);
    const scopeIds = [...new Set(rules.flatMap((rule) => (rule.articleId ? [rule.articleId] : [])))];
    return new SynonymTable({
      phrases: order.map((i) => phrases[i] ?? ''),
      adds: order.map((i) => rules[i]?.to.join(JOIN) ?? ''),
      ranks: order.map((i) => ranks[i] ?? 0),
      scopes: order.map((i) => {
        const id = rules[i]?.articleId;
        return id ? scopeIds.indexOf(id) : -1;
      }),
      scopeIds,
    });
  }

  /** Reads the stored form back; throws on one that does not add up (the index cache then rebuilds). */
  static fromJSON(value: unknown): SynonymTable {
    const data = value as Partial<SynonymTableJSON> | null;
    if (typeof data?.phrases !== 'string' || typeof data.adds !== 'string') throw new Error('not a synonym table');
    const phrases = data.phrases === '' ? [] : data.phrases.split('\n');
    const adds = data.adds === '' && phrases.length === 0 ? [] : data.adds.split('\n');
    const n = phrases.length;
    const ok =
      adds.length === n &&
      [data.ranks, data.scopes].every((list) => Array.isArray(list) && list.length === n) &&
      Array.isArray(data.scopeIds);
    if (!ok) throw new Error('not a synonym table');
    return new SynonymTable({ ...(data as SynonymTableJSON), phrases, adds });
  }

  toJSON(): SynonymTableJSON {
    return { ...this.data, phrases: this.data.phrases.join('\n'), adds: this.data.adds.join('\n') };
  }

  get size(): number {
    return this.data.phrases.length;
  }

  /** Whether any rule applies to every article (a content-wide synonyms.txt). */
  get hasContentWideRules(): boolean {
    return this.data.scopes.some((scope) => scope < 0);
  }

  /** The articles whose own synonyms file declared rules. */
  get scopedArticleIds(): readonly string[] {
    return this.data.scopeIds;
  }

  /** The rules whose phrase starts with `stem`: their stems, what they add and their rank. */
  startingWith(stem: string): Array<{ from: string[]; to: string[]; rank: number }> {
    const { phrases } = this.data;
    let low = 0;
    let high = phrases.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(phrases[mid] ?? '', stem) < 0) low = mid + 1;
      else high = mid;
    }
    const found: Array<{ from: string[]; to: string[]; rank: number }> = [];
    for (let i = low; i < phrases.length; i++) {
      const phrase = phrases[i] ?? '';
      if (phrase !== stem && !phrase.startsWith(`${stem} `)) break;
      found.push({ from: phrase.split(' '), to: (this.data.adds[i] ?? '').split(JOIN), rank: this.data.ranks[i] ?? 0 });
    }
    return found;
  }

  /**
   * A word's stem, or the one-word phrase of a rule it misspells: "plasticty" is the "plasticity" of a rule, as the
   * search reads a misspelt word as one of the content's. Only a word that is no English word, nor one of the
   * content's (checked first: the English word lists are read only when needed), is read so.
   */
  private spelledAsRule(word: string, inContent?: (stem: string) => boolean): string {
    const stem = stemOf(word);
    if (word.length < 6 || /\d/.test(word) || this.startingWith(stem).length > 0 || inContent?.(stem)) return stem;
    if (isKnownForm(word, stem)) return stem;
    // Short words and other first letters are left alone: "stres", cut to "stre", is one letter from "sure".
    const limit = word.length >= 9 ? 2 : 1;
    // Spelt as it sounds too ("excercize" is one letter from "exercise" once its "z" is an "s"; two from
    // "experiments" as typed).
    const forms = [word, stem, ...soundAlikes(word).map((w) => stemOf(w))];
    let nearest = stem;
    let best = limit + 1;
    for (const phrase of this.data.phrases) {
      if (phrase[0] !== word[0] || phrase.includes(' ') || Math.abs(phrase.length - word.length) > limit + 2) continue;
      const distance = Math.min(...forms.map((form) => editDistance(phrase, form)));
      if (distance < best) {
        best = distance;
        nearest = phrase;
      }
    }
    return nearest;
  }

  /**
   * Finds the rules whose phrase occurs in the question's words (stemmed), and what each adds. A word inside a
   * longer matched phrase is not matched again on its own.
   */
  match(words: readonly string[], inContent?: (stem: string) => boolean): SynonymMatch[] {
    if (this.size === 0) return [];
    const stems = words.map((word) => this.spelledAsRule(foldCase(word).replace(/['\u2019]/g, ''), inContent));
    // Every rule that could start at each word, tried longest phrase first (then in file order, then left to right).
    const candidates = stems.flatMap((stem, at) => this.startingWith(stem).map((rule) => ({ ...rule, at })));
    candidates.sort((a, b) => a.rank - b.rank || a.at - b.at);
    // The length of the longest rule that took each word: a longer phrase wins over the words inside it.
    const takenBy = new Array<number>(stems.length).fill(0);
    const matches: SynonymMatch[] = [];
    for (const { from, to, at: i } of candidates) {
      const n = from.length;
      // Where each word of the phrase stands: the next word, or past a word of degree inside it ("who is MORE
      // affected" is the rule's "who is affected"), or a verb of being ("bones ARE weak" is the rule's "bones weak").
      let k = i;
      let ok = true;
      for (let j = 0; j < n && ok; j++, k++) {
        if (
          j > 0 &&
          stems[k] !== from[j] &&
          !QUESTION_WORDS.has(from[0] ?? '') &&
          COPULAS.has(foldCase(words[k] ?? ''))
        )
          k++;
        if (j > 0 && stems[k] !== from[j] && DEGREE_WORDS.has(foldCase(words[k] ?? ''))) k++;
        ok = k < stems.length && (takenBy[k] ?? 0) <= n && stems[k] === from[j];
      }
      if (!ok) continue;
      for (let at = i; at < k; at++) takenBy[at] = n;
      matches.push({ first: i, last: k - 1, phrases: to });
    }
    return matches;
  }
}

/** Words of degree a rule's phrase may be asked with inside it: "who is MOST affected", "who is OFTEN at risk". */
const DEGREE_WORDS = new Set(
  'more most mostly often usually really very especially particularly typically commonly generally also'.split(' '),
);

/**
 * Verbs of being a rule's phrase may be asked with inside it: "bones ARE weak", "bones GETTING brittle"; not after a
 * question word ("what ARE people" is no "what people").
 */
const COPULAS = new Set('is are was were be been being get gets got getting become becomes became'.split(' '));

/** Code-unit order, the same in every locale (localeCompare is not, and is slower). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

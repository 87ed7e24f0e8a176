/**
 * The MiniSearch index of passages: one document per paragraph, its text and its article's context (title,
 * headline, tags), indexed by stem and root; and the smaller index of the passages whose article declared its own
 * synonyms.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article } from '../../content/types.js';
import type { SynonymTable } from '../text/synonym-table.js';
import { normalizeWord, rootOf, wordsOf } from '../text/text.js';

/** The article's title, headline and tags, searched with each of its passages: one field, not three, since each field costs every query term a lookup. */
export function passageContext(article: Article): string {
  return [article.title, article.headline ?? '', ...article.tags].join('\n');
}

/** What MiniSearch stores per paragraph. */
export interface PassageDocument {
  id: number;
  text: string;
  /** The article's title, headline and tags: what every paragraph of it is about. */
  context: string;
}

/** Terms as indexed: the stem, plus its root so inflections beyond the stemmer still meet. */
export function indexTerms(word: string): string | string[] | null {
  const stem = normalizeWord(word);
  if (!stem) return null;
  const root = rootOf(stem);
  return root ? [stem, root] : stem;
}

/** The fields searched, in MiniSearch's field id order. */
export const SEARCH_FIELDS = ['text', 'context'] as const;

/**
 * MiniSearch's options for indexing passages. `onTextTerm` sees every term indexed from a passage's text.
 * An article's title and tags, repeated with each of its passages, are indexed by stem alone: roots are for a
 * passage's own wording, and skipping them there leaves a third fewer terms to insert at 1,000 articles.
 */
export function passageIndexOptions(onTextTerm?: (term: string) => void) {
  const options = miniSearchOptions();
  return {
    ...options,
    processTerm: (word: string, field?: string): string | string[] | null => {
      const produced = options.processTerm(word);
      if (!produced) return produced;
      if (field !== 'text') return Array.isArray(produced) ? (produced[0] as string) : produced;
      if (onTextTerm) for (const term of Array.isArray(produced) ? produced : [produced]) onTextTerm(term);
      return produced;
    },
  };
}

/** A new, empty index of passages, to add passages to one by one (indexPassages indexes a whole content). */
export function createPassageIndex(onTextTerm?: (term: string) => void): MiniSearch<PassageDocument> {
  return new MiniSearch<PassageDocument>(passageIndexOptions(onTextTerm));
}

/**
 * MiniSearch's options for a passage index, with caches of its own (so nothing is shared between indexes or
 * kept by the module): each word is stemmed once, and since every passage of an article carries the same
 * context (title, headline, tags), the last field split is remembered rather than split again per passage.
 */
export function miniSearchOptions() {
  const stems = new Map<string, string | string[] | null>();
  const processTerm = (word: string): string | string[] | null => {
    let cached = stems.get(word);
    if (cached === undefined) {
      cached = indexTerms(word);
      if (stems.size < 200_000) stems.set(word, cached);
    }
    return cached;
  };
  let lastField: { text: string; words: string[] } | undefined;
  const tokenizeField = (text: string): string[] => {
    if (lastField?.text === text) return lastField.words;
    const words = wordsOf(text);
    lastField = { text, words };
    return words;
  };
  return {
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    storeFields: [] as string[],
    tokenize: tokenizeField,
    processTerm: processTerm as (term: string, fieldName?: string) => string | string[] | null,
    searchOptions: {
      tokenize: (query: string) => query.split(' ').filter(Boolean),
      processTerm: (term: string) => term,
    },
  };
}

/**
 * An index of just the passages of the articles whose own synonyms file declared rules, with the same ids as
 * the main index; undefined when there are none, when a content-wide synonyms.txt applies everywhere, or when
 * those articles are the whole content.
 */
export function buildSynonymScope(
  articles: readonly Article[],
  synonyms: SynonymTable,
): MiniSearch<PassageDocument> | undefined {
  if (synonyms.size === 0 || synonyms.hasContentWideRules) return undefined;
  const scoped = new Set(synonyms.scopedArticleIds);
  if (articles.every((article) => scoped.has(article.id))) return undefined;
  const index = createPassageIndex();
  let id = 0;
  for (const article of articles) {
    if (scoped.has(article.id)) {
      const context = passageContext(article);
      article.passages.forEach((passage, i) => {
        index.add({ id: id + i, text: passage.text, context });
      });
    }
    id += article.passages.length;
  }
  return index;
}

/**
 * The results of the main index plus those of the synonym scope, scores added per passage (BM25+ sums over
 * terms). Only the few passages the synonyms met change score; every other result keeps its order, so the best
 * candidates are among those passages and the first `keep` untouched results: no need to re-sort them all.
 */
export function mergeScopedResults(results: SearchResult[], extras: SearchResult[], keep: number): SearchResult[] {
  const extraById = new Map(extras.map((r) => [r.id as number, r]));
  const merged: SearchResult[] = [];
  let untouched = 0;
  for (const result of results) {
    const extra = extraById.get(result.id as number);
    if (extra) {
      extraById.delete(result.id as number);
      merged.push({
        ...result,
        score: result.score + extra.score,
        terms: [...new Set([...result.terms, ...extra.terms])],
        queryTerms: [...new Set([...result.queryTerms, ...extra.queryTerms])],
      });
    } else if (untouched < keep) {
      merged.push(result);
      untouched++;
    }
  }
  merged.push(...extraById.values());
  return merged.sort((a, b) => b.score - a.score);
}

/**
 * The knowledge base: every article's paragraphs in one MiniSearch index,
 * and the one function the rest of the bot asks: answerQuestion().
 *
 * A question is answered in three steps:
 *  1. analyzeQuestion() turns it into weighted concepts (query.ts);
 *  2. MiniSearch ranks paragraphs by BM25+ over those terms;
 *  3. the best few are re-ranked with sentence-level evidence (rank.ts),
 *     and "not found" is decided from how much of the question they cover.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Answer, QuotedPassage } from '../answer/answer.js';
import type { Content } from '../content/load.js';
import type { Article, Passage } from '../content/types.js';
import { type AnalyzedQuestion, analyzeQuestion, rootOf } from './query.js';
import { type Candidate, type Ranked, rerank, salience, weighConcepts } from './rank.js';
import { DEFAULT_RANKING, type RankingOptions } from './ranking-options.js';
import { closeMatches, focusMissing, missingWords, selectAnswers } from './select.js';
import { SynonymTable, type SynonymTableJSON } from './synonym-table.js';

import { foldCase, normalizeWord, terms, tokenize } from './text.js';

/** The article's title, headline and tags, searched with each of its passages: one field, not three, since each field costs every query term a lookup. */
function passageContext(article: Article): string {
  return [article.title, article.headline ?? '', ...article.tags].join('\n');
}

/** What MiniSearch stores per paragraph. */
interface PassageDocument {
  id: number;
  text: string;
  /** The article's title, headline and tags: what every paragraph of it is about. */
  context: string;
}

export interface AnswerOptions {
  /** How many passages at most (default 3). */
  limit?: number;
  /** Only passages of this article. */
  articleId?: string;
  /**
   * Quote the best matches even when they cover too little of the question to be an answer (no "not found"
   * cut): for browsing a topic, such as a tag whose words the passages only partly use.
   */
  lenient?: boolean;
}

export interface TagInfo {
  tag: string;
  articleId: string;
  article: string;
}

/** Terms as indexed: the stem, plus its root so inflections beyond the stemmer still meet. */
function indexTerms(word: string): string | string[] | null {
  const stem = normalizeWord(word);
  if (!stem) return null;
  const root = rootOf(stem);
  return root ? [stem, root] : stem;
}

const stemCache = new Map<string, string | string[] | null>();
function cachedIndexTerms(word: string): string | string[] | null {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    cached = indexTerms(word);
    if (stemCache.size < 200_000) stemCache.set(word, cached);
  }
  return cached;
}

const SEARCH_FIELDS = ['text', 'context'] as const;

/**
 * Splits a field into words. Every passage of an article carries the same context (title, headline, tags), so
 * the last text split is remembered: indexing 20 paragraphs does not split their shared context 20 times.
 */
let lastField: { text: string; words: string[] } | undefined;
function tokenizeField(text: string): string[] {
  if (lastField?.text === text) return lastField.words;
  const words = tokenize(text).map((t) => t.word);
  lastField = { text, words };
  return words;
}

/**
 * A new, empty index of passages, as build() fills it. `onTextTerm` sees every term indexed from a passage's text.
 * An article's title and tags, repeated with each of its passages, are indexed by stem alone: roots are for a
 * passage's own wording, and skipping them there leaves a third fewer terms to insert at 1,000 articles.
 */
function createPassageIndex(onTextTerm?: (term: string) => void): MiniSearch<PassageDocument> {
  const options = miniSearchOptions();
  return new MiniSearch<PassageDocument>({
    ...options,
    processTerm: (word: string, field?: string) => {
      const produced = options.processTerm(word);
      if (!produced) return produced;
      if (field !== 'text') return Array.isArray(produced) ? produced[0] : produced;
      if (onTextTerm) for (const term of Array.isArray(produced) ? produced : [produced]) onTextTerm(term);
      return produced;
    },
  });
}

function miniSearchOptions() {
  return {
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    storeFields: [] as string[],
    tokenize: tokenizeField,
    processTerm: cachedIndexTerms as (term: string, fieldName?: string) => string | string[] | null,
    searchOptions: {
      tokenize: (query: string) => query.split(' ').filter(Boolean),
      processTerm: (term: string) => term,
    },
  };
}

export class KnowledgeBase {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  private readonly articleById = new Map<string, Article>();
  private readonly index: MiniSearch<PassageDocument>;
  /** Document frequency of every indexed term, for the weight of a question word. */
  private readonly documentFrequency: Map<string, number>;
  private readonly synonyms: SynonymTable;
  private readonly ranking: RankingOptions;
  private tagCache: TagIndex | undefined;
  /**
   * The passages of the articles that declared their own synonyms, in an index of their own: what a synonym
   * adds to a question is searched there only, so a big library does not pay for one article's synonyms on
   * every question. Undefined when those passages are the whole content (one search does it all).
   */
  private readonly synonymScope: MiniSearch<PassageDocument> | undefined;

  private constructor(
    articles: readonly Article[],
    synonyms: SynonymTable,
    index: MiniSearch<PassageDocument>,
    documentFrequency: Map<string, number>,
    ranking: RankingOptions,
  ) {
    this.articles = articles;
    this.passages = articles.flatMap((a) => a.passages);
    for (const article of articles) this.articleById.set(article.id, article);
    this.synonyms = synonyms;
    this.synonymScope = buildSynonymScope(articles, this.synonyms);
    this.index = index;
    this.documentFrequency = documentFrequency;
    this.ranking = ranking;
  }

  /** Indexes the content: one MiniSearch document per paragraph. */
  static build(content: Pick<Content, 'articles' | 'synonyms'>, ranking: RankingOptions = DEFAULT_RANKING) {
    const documentFrequency = new Map<string, number>();
    // Document frequencies are counted as MiniSearch indexes each passage's text, not in a second pass over it.
    let passageTerms = new Set<string>();
    const index = createPassageIndex((term) => passageTerms.add(term));
    let id = 0;
    for (const article of content.articles) {
      const context = passageContext(article);
      for (const passage of article.passages) {
        passageTerms = new Set<string>();
        index.add({ id, text: passage.text, context });
        for (const term of passageTerms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
        id++;
      }
    }
    const synonyms = SynonymTable.compile(content.synonyms);
    return new KnowledgeBase(content.articles, synonyms, index, documentFrequency, ranking);
  }

  /** A serializable form, so start-up can skip indexing when the content has not changed. */
  toSnapshot(): KnowledgeBaseSnapshot {
    return {
      articles: this.articles,
      synonyms: this.synonyms.toJSON(),
      index: this.index.toJSON(),
      documentFrequency: [...this.documentFrequency],
    };
  }

  static fromSnapshot(snapshot: KnowledgeBaseSnapshot, ranking: RankingOptions = DEFAULT_RANKING): KnowledgeBase {
    const index = MiniSearch.loadJS<PassageDocument>(snapshot.index, miniSearchOptions());
    const synonyms = SynonymTable.fromJSON(snapshot.synonyms);
    return new KnowledgeBase(snapshot.articles, synonyms, index, new Map(snapshot.documentFrequency), ranking);
  }

  get stats() {
    return { articles: this.articles.length, passages: this.passages.length };
  }

  article(id: string): Article | undefined {
    return this.articleById.get(id);
  }

  /** The inverse document frequency of a term (BM25 form); unknown terms get the rarest weight. */
  idf(term: string): number {
    const n = this.passages.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  hasTerm(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** Raw MiniSearch search over the same index, for benchmarks and diagnostics. */
  searchRaw(query: string): SearchResult[] {
    return this.index.search(query, {
      tokenize: (text: string) => tokenize(text).map((t) => t.word),
      processTerm: (word: string) => normalizeWord(word),
    });
  }

  analyze(question: string): AnalyzedQuestion {
    const analyzed = analyzeQuestion(question, this.synonyms);
    // A root only helps where it meets words the stem does not (inflammation / inflammatory): elsewhere it
    // would count the same word twice.
    for (const concept of analyzed.concepts) {
      const root = rootOf(concept.stem);
      if (root && (this.documentFrequency.get(root) ?? 0) <= (this.documentFrequency.get(concept.stem) ?? 0)) {
        if (this.documentFrequency.has(concept.stem)) concept.alternatives.delete(root);
      }
      const inContent = [...concept.alternatives.keys()].some((t) => this.documentFrequency.has(t));
      concept.salience = salience(concept, inContent, this.ranking);
    }
    return analyzed;
  }

  /** Finds the passages that answer a question, best first, or none when the content does not cover it. */
  answerQuestion(question: string, options: AnswerOptions = {}): Answer {
    const asked = question.trim();
    const limit = options.limit ?? 3;
    const analyzed = this.analyze(asked);
    const candidates = this.search(asked, analyzed, options.articleId);
    const weighed = weighConcepts(analyzed, candidates, this, this.ranking);
    const all = rerank(analyzed, candidates, weighed, this.ranking);
    // A yes/no question about something the content never mentions is declined, however well its other words
    // match a passage: quoting them would read like a yes.
    const declined = !options.lenient && focusMissing(analyzed, weighed, this.ranking);
    const ranked = options.lenient ? closeMatches(all, this.ranking) : declined ? [] : selectAnswers(all, this.ranking);
    const passages = ranked.slice(0, limit).map((r) => this.quote(r.passage, r.score, r.highlights));
    if (passages.length > 0) return { question: asked, passages, suggestions: [] };
    const { missing, mentioned } = missingWords(weighed, this.ranking);
    return {
      question: asked,
      passages,
      suggestions: this.suggestFor(asked, analyzed, 3, false),
      missing,
      mentioned,
    };
  }

  /** Diagnostics: every candidate as ranked, with its coverage and whether it would be quoted. */
  explain(question: string, options: AnswerOptions = {}): { analyzed: AnalyzedQuestion; ranked: Ranked[] } {
    const asked = question.trim();
    const analyzed = this.analyze(asked);
    const candidates = this.search(asked, analyzed, options.articleId);
    const weighed = weighConcepts(analyzed, candidates, this, this.ranking);
    return { analyzed, ranked: rerank(analyzed, candidates, weighed, this.ranking) };
  }

  private search(question: string, analyzed: AnalyzedQuestion, articleId?: string): Candidate[] {
    const weights = new Map<string, number>();
    // Typos are looked for only for the words as typed, when the content does not have them: not for their
    // synonyms or roots (a synonym the content lacks is simply not there).
    const typed = new Set<string>();
    const { typoMinLength } = this.ranking;
    for (const concept of analyzed.concepts) {
      const missing = !this.hasTerm(concept.stem) && typoMinLength > 0 && concept.stem.length >= 4;
      if (missing && !/\d/.test(concept.stem)) typed.add(concept.stem);
      for (const [term, relative] of concept.alternatives) {
        // A synonym or root the passages' text lacks is not there to find.
        if (term !== concept.stem && !this.hasTerm(term)) continue;
        const weight = relative * (concept.salience ?? 1);
        if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
      }
    }
    if (weights.size === 0) return [];
    const options: SearchOptions = {
      boost: this.ranking.fieldBoost,
      fields: Object.keys(this.ranking.fieldBoost).filter((f) => (this.ranking.fieldBoost[f] ?? 0) > 0),
      boostTerm: (term) => weights.get(term) ?? 1,
      fuzzy: (term) => (typed.has(term) && term.length >= typoMinLength ? (term.length >= 8 ? 2 : 1) : false),
      prefix: (term) => typed.has(term),
      weights: this.ranking.typoWeights,
      bm25: this.ranking.bm25,
      filter: articleId ? (result) => this.passages[result.id as number]?.articleId === articleId : undefined,
    };
    if (!this.synonymScope) {
      return this.toCandidates(this.index.search([...weights.keys()].join(' '), options));
    }
    // The question's own words (and their roots) are searched everywhere; what synonyms add, only among the
    // passages of the articles that declared them. BM25+ sums over terms, so the two add up per passage.
    const ownTerms = new Set<string>();
    for (const term of terms(question)) {
      ownTerms.add(term);
      const root = rootOf(term);
      if (root) ownTerms.add(root);
    }
    const own = [...weights.keys()].filter((t) => ownTerms.has(t) || typed.has(t));
    const added = [...weights.keys()].filter((t) => !ownTerms.has(t) && !typed.has(t));
    const results = own.length > 0 ? this.index.search(own.join(' '), options) : [];
    if (added.length === 0) return this.toCandidates(results);
    const extras = this.synonymScope.search(added.join(' '), { ...options, fuzzy: false, prefix: false });
    if (extras.length === 0) return this.toCandidates(results);
    // Only the few passages the synonyms met change score; every other result keeps its order, so the best
    // candidates are among those passages and the first few untouched results: no need to re-sort them all.
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
      } else if (untouched < this.ranking.candidates) {
        merged.push(result);
        untouched++;
      }
    }
    merged.push(...extraById.values());
    return this.toCandidates(merged.sort((a, b) => b.score - a.score));
  }

  private toCandidates(results: SearchResult[]): Candidate[] {
    return results.slice(0, this.ranking.candidates).map((result) => ({
      passage: this.passages[result.id as number] as Passage,
      score: result.score,
      matchedTerms: result.terms,
      queryTerms: result.queryTerms,
    }));
  }

  private quote(passage: Passage, score: number, highlights: QuotedPassage['highlights']): QuotedPassage {
    const article = this.articleById.get(passage.articleId);
    return {
      text: passage.text,
      articleId: passage.articleId,
      article: article?.title ?? passage.articleId,
      publisher: article?.publisher,
      ...(article?.url ? { url: article.url } : {}),
      paragraph: passage.paragraph,
      score: Math.round(score * 1000) / 1000,
      highlights,
    };
  }

  /** Every tag of every article, in content order. */
  allTags(): TagInfo[] {
    return this.articles.flatMap((a) => a.tags.map((tag) => ({ tag, articleId: a.id, article: a.title })));
  }

  /**
   * The passages that best match a tag, best first: the tag is searched like a question, within its article,
   * but leniently, so a tag whose words the text only partly uses ("Silent killer osteoporosis") still lists
   * the passages closest to it.
   */
  passagesForTag(tag: string, limit = 5): Answer {
    const info = this.allTags().find((t) => t.tag.toLowerCase() === tag.trim().toLowerCase());
    return this.answerQuestion(info?.tag ?? tag, { limit, articleId: info?.articleId, lenient: true });
  }

  /**
   * Tags that share words with the text, best first: "did you mean" hints when a question is not found, and
   * autocomplete. A word meets a tag by its stem, its root, a declared synonym, or as the start of a tag word
   * (so "osteo" meets "Osteocalcin and mood regulation").
   */
  suggestTopics(text: string, limit: number): string[] {
    return this.suggestFor(text, this.analyze(text), limit);
  }

  /** Each distinct tag with the index terms of its words, and which tags each term is in: computed once. */
  private tagIndex(): TagIndex {
    if (!this.tagCache) {
      const tags: TagIndex['tags'] = [];
      const byTerm = new Map<string, number[]>();
      const seen = new Set<string>();
      for (const { tag } of this.allTags()) {
        if (seen.has(tag)) continue;
        seen.add(tag);
        const words = tokenize(tag).map(({ word }) => {
          const produced = cachedIndexTerms(word);
          const terms = produced === null ? [] : Array.isArray(produced) ? produced : [produced];
          return { folded: foldCase(word), terms };
        });
        for (const word of words) {
          for (const term of word.terms) {
            const list = byTerm.get(term) ?? [];
            if (list.at(-1) !== tags.length) list.push(tags.length);
            byTerm.set(term, list);
          }
        }
        tags.push({ tag, words });
      }
      this.tagCache = { tags, byTerm };
    }
    return this.tagCache;
  }

  private suggestFor(text: string, analyzed: AnalyzedQuestion, limit: number, typing = true): string[] {
    const wanted = new Map<string, number>();
    for (const concept of analyzed.concepts) {
      for (const [term, weight] of concept.alternatives) wanted.set(term, Math.max(wanted.get(term) ?? 0, weight));
    }
    // While typing, the last word may be unfinished: its folded letters as a prefix of a tag word.
    const last = typing ? tokenize(text).at(-1)?.word : undefined;
    const prefix = last ? foldCase(last).replace(/['\u2019]/g, '') : '';
    const { tags, byTerm } = this.tagIndex();
    // Only the tags that share a term with the text (or, while typing, all of them for the prefix).
    const considered = new Set<number>();
    for (const term of wanted.keys()) for (const i of byTerm.get(term) ?? []) considered.add(i);
    if (prefix.length >= 3) for (let i = 0; i < tags.length; i++) considered.add(i);
    const scored: Array<{ tag: string; score: number }> = [];
    for (const i of considered) {
      const { tag, words } = tags[i] as TagIndex['tags'][number];
      let score = 0;
      for (const word of words) {
        let best = 0;
        for (const term of word.terms) best = Math.max(best, (wanted.get(term) ?? 0) * this.idf(term));
        if (best === 0 && prefix.length >= 3 && word.folded.startsWith(prefix)) best = this.idf(word.terms[0] ?? '');
        score += best;
      }
      if (score > 0) scored.push({ tag, score: score / Math.sqrt(words.length || 1) });
    }
    return scored
      .sort((a, b) => b.score - a.score || (a.tag < b.tag ? -1 : 1))
      .slice(0, limit)
      .map((s) => s.tag);
  }
}

interface TagIndex {
  tags: Array<{ tag: string; words: Array<{ folded: string; terms: string[] }> }>;
  byTerm: Map<string, number[]>;
}

export interface KnowledgeBaseSnapshot {
  articles: readonly Article[];
  synonyms: SynonymTableJSON;
  index: ReturnType<MiniSearch['toJSON']>;
  documentFrequency: Array<[string, number]>;
}

/**
 * An index of just the passages of the articles whose own synonyms file declared rules, with the same ids as
 * the main index; undefined when there are none, when a content-wide synonyms.txt applies everywhere, or when
 * those articles are the whole content.
 */
function buildSynonymScope(
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

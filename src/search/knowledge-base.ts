/**
 * The knowledge base: every article's paragraphs in one MiniSearch index, and the one function the rest of the
 * bot asks: answerQuestion() (analyse, weigh, search, re-rank, select: docs/ranking.md).
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import type { Answer, QuotedPassage } from '../answer/answer.js';
import type { Content } from '../content/load.js';
import type { Article, Passage } from '../content/types.js';
import { indexPassages } from './index/bulk-index.js';
import {
  buildSynonymScope,
  mergeScopedResults,
  miniSearchOptions,
  type PassageDocument,
  passageContext,
} from './index/passage-index.js';
import { loadIndex } from './index/snapshot-format.js';
import { TopicSuggestions } from './index/topic-suggestions.js';
import { spellOutAcronyms } from './question/acronyms.js';
import { prepareQuestion } from './question/prepare-question.js';
import { publisherAsArticle } from './question/publisher.js';
import { type AnalyzedQuestion, analyzeQuestion } from './question/query.js';
import type { AnswerType } from './question/question-form.js';
import { missingFocus } from './rank/missing-focus.js';
import { otherName } from './rank/other-name.js';
import { infoOf, rememberSentenceSpans } from './rank/passage-facts.js';
import { type Candidate, type Ranked, rerank, type WeightedConcept, weighConcepts } from './rank/rank.js';
import { DEFAULT_RANKING, type RankingOptions } from './rank/ranking-options.js';
import { searchTerms } from './rank/search-terms.js';
import { closeMatches, missingWords, selectAnswers, withLetterName } from './rank/select.js';
import { hasAnswerType } from './rank/sentence-evidence.js';
import { SynonymTable, type SynonymTableJSON } from './text/synonym-table.js';
import { normalizeWord, rootOf, sentenceSpansOfEach, terms, tokenize } from './text/text.js';

/** Which source passage a citation quotes first: where it was published, or what the study was. */
export type SourceOrder = 'publication' | 'study';

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
  /**
   * Only passages that hold this kind of answer: a time for a bare "when?" asked of what came before ("when?" after
   * "where was it published?" is not answered by the passage that says where).
   */
  mustHold?: AnswerType;
}

export interface TagInfo {
  tag: string;
  articleId: string;
  article: string;
}

/** Verbs of finding or making a thing first, whose "who" only a name answers, and "when" only a time. */
const DISCOVERING =
  /\b(?:discover(?:ed|s)?|invent(?:ed|s)?|coin(?:ed|s)?|first\s+(?:described|identified|found|proposed))\b/i;

/**
 * "Who DISCOVERED osteocalcin?", "when was it discovered?": only a sentence naming someone (a time) answers who found
 * or made a thing first, or when ("studies have found ..." names neither). The kind of answer that must be held, the
 * verb, and what a "not found" says is missing ("who discovered it", not "discovered").
 */
function firstsAsked(asked: string, analyzed: AnalyzedQuestion) {
  const type = analyzed.answerType;
  const verb = type === 'person' || type === 'time' ? DISCOVERING.exec(asked)?.[0] : undefined;
  if (!verb) return undefined;
  const plain = verb.toLowerCase().replace(/^first\s+/, '');
  return { mustHold: type, verb: plain, missing: type === 'time' ? `when it was ${plain}` : `who ${plain} it` };
}

export class KnowledgeBase {
  readonly articles: readonly Article[];
  /** Who published the articles ("ScienceAlert"): named in a question, the article itself. */
  private readonly publishers: readonly string[];
  readonly passages: readonly Passage[];
  /** The passages' texts, made on the first acronym asked (spellOutAcronyms). */
  private passageTexts: readonly string[] | undefined;
  private readonly articleById = new Map<string, Article>();
  private readonly index: MiniSearch<PassageDocument>;
  /** Document frequency of every indexed term, for the weight of a question word. */
  private readonly documentFrequency: Map<string, number>;
  private readonly synonyms: SynonymTable;
  readonly ranking: RankingOptions;
  /** Tags suggested for a text, built on first use. */
  private topics: TopicSuggestions | undefined;
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
    this.publishers = [...new Set(articles.flatMap((a) => (a.publisher ? [a.publisher] : [])))];
    for (const article of articles) this.articleById.set(article.id, article);
    this.synonyms = synonyms;
    this.synonymScope = buildSynonymScope(articles, this.synonyms);
    this.index = index;
    this.documentFrequency = documentFrequency;
    this.ranking = ranking;
  }

  /** Indexes the content: one MiniSearch document per paragraph. */
  static build(content: Pick<Content, 'articles' | 'synonyms'>, ranking: RankingOptions = DEFAULT_RANKING) {
    let id = 0;
    const documents = content.articles.flatMap((article) => {
      const context = passageContext(article);
      return article.passages.map((passage) => ({ id: id++, text: passage.text, context }));
    });
    const { index, documentFrequency } = indexPassages(documents);
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
      sentences: this.articles.flatMap((a) => sentenceSpansOfEach(a.passages.map((p) => p.text)).map((s) => s.flat())),
    };
  }

  static fromSnapshot(snapshot: KnowledgeBaseSnapshot, ranking: RankingOptions = DEFAULT_RANKING): KnowledgeBase {
    const index = loadIndex<PassageDocument>(snapshot.index, miniSearchOptions());
    const synonyms = SynonymTable.fromJSON(snapshot.synonyms);
    const kb = new KnowledgeBase(snapshot.articles, synonyms, index, new Map(snapshot.documentFrequency), ranking);
    kb.passages.forEach((passage, i) => {
      const spans = snapshot.sentences[i];
      if (spans) rememberSentenceSpans(passage, spans);
    });
    return kb;
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

  /** The question's concepts, weighed against this content (query.ts, then prepare-question.ts). */
  analyze(question: string): AnalyzedQuestion {
    const has = (stem: string) => this.hasTerm(stem);
    const spelled = spellOutAcronyms(publisherAsArticle(question, this.publishers), has, () => {
      // One array for the content's life, so that acronyms.ts tokenizes its texts once.
      this.passageTexts ??= this.passages.map((p) => p.text);
      return this.passageTexts;
    });
    return prepareQuestion(analyzeQuestion(spelled, this.synonyms, has), this.documentFrequency, this.ranking);
  }

  /**
   * The passage that gives another name where a yes/no question's missing one stands (other-name.ts): among the
   * ranked ones, else among the other passages of their articles ("is it true the review was in Nature?" shares no
   * word with "this study, published in the journal Biomolecules", so search did not find it).
   */
  private otherNameFor(analyzed: AnalyzedQuestion, weighed: WeightedConcept[], ranked: Ranked[], articleId?: string) {
    const found = otherName(analyzed, weighed, ranked, this.ranking.namedSalience);
    if (found.length > 0 || !analyzed.source) return found;
    const articles = new Set(articleId ? [articleId] : ranked.slice(0, 3).map((r) => r.passage.articleId));
    const seen = new Set(ranked.map((r) => r.passage));
    const rest = [...articles].flatMap((id) => this.article(id)?.passages ?? []).filter((p) => !seen.has(p));
    const unranked = rest.map((passage) => ({
      passage,
      score: 0,
      highlights: [],
      coverage: 0,
      covers: false,
      typed: false,
    }));
    return otherName(analyzed, weighed, unranked, this.ranking.namedSalience);
  }

  /** Finds the passages that answer a question, best first, or none when the content does not cover it. */
  answerQuestion(question: string, options: AnswerOptions = {}): Answer {
    const asked = question.trim();
    const limit = options.limit ?? 3;
    const analyzedAlone = this.analyze(asked);
    const firsts = firstsAsked(asked, analyzedAlone);
    const mustHold = options.mustHold ?? firsts?.mustHold;
    const analyzed = mustHold ? { ...analyzedAlone, answerType: mustHold } : analyzedAlone;
    const candidates = this.search(asked, analyzed, options.articleId);
    const weighed = weighConcepts(analyzed, candidates, this, this.ranking);
    const reranked = rerank(analyzed, candidates, weighed, this.ranking);
    const typed = mustHold ? reranked.filter((r) => r.typed) : reranked;
    // "The quote at the end": the quotations, the last first (the last passage may quote no one); a paragraph named
    // by its number is that paragraph.
    const position = analyzed.textPosition;
    const all =
      analyzed.answerType === 'quotation' && typeof position !== 'number'
        ? this.quotations(typed, weighed, options.articleId, position)
        : position !== undefined
          ? this.atTextPosition(typed, analyzed, weighed, options.articleId)
          : typed;
    // A yes/no question about something the content never mentions is declined, however well its other words
    // match a passage: quoting them would read like a yes.
    const focus = options.lenient ? undefined : missingFocus(analyzed, weighed, this.ranking);
    const declined = focus !== undefined;
    const ranked = options.lenient
      ? closeMatches(all, this.ranking)
      : declined
        ? this.otherNameFor(analyzed, weighed, all, options.articleId).slice(0, 1)
        : selectAnswers(all, this.ranking);
    const passages = ranked.slice(0, limit).map((r) => this.quote(r.passage, r.score, r.highlights));
    if (passages.length > 0) return { question: asked, passages, suggestions: [] };
    const { missing, mentioned } = missingWords(weighed, this.ranking, focus, analyzed.askedFrom);
    // What is missing is then what was asked: "when", "where", "who".
    if (mustHold && missing.length === 0) missing.push(analyzed.kind);
    if (firsts && !options.mustHold) {
      const at = missing.findIndex((word) => word.toLowerCase() === firsts.verb || word === analyzed.kind);
      if (at >= 0) missing[at] = firsts.missing;
      else if (missing.length === 0) missing.push(firsts.missing);
    }
    // "What year was the review published?", with no year given: the year; "when was it published?": when.
    const frame = analyzed.concepts.find((c) => c.frame)?.word;
    if (missing.length === 0 && analyzed.answerType === 'time') missing.push(frame ?? 'when');
    // "How much exercise?", "how old were the patients?": what the content lacks is the amount asked for, named as
    // asked ("how old", not "old"); its own word is no topic the article talks about ("how often should I exercise"
    // talks about exercise, not "often").
    const amount = analyzed.amount;
    // Its own word: "old" of "how old", "normal" of "normal levels".
    const amountWord = amount?.replace(/^how /, '').split(' ')[0];
    // "When will the trials start?" is declined for the time it asks, not for "start".
    if (amount === 'when' && focus === undefined) missing.splice(0, missing.length, amount);
    else if (amount) {
      const at = missing.indexOf(amountWord as string);
      if (at >= 0) missing[at] = amount;
      else if (missing.length === 0) missing.push(amount);
    }
    return {
      question: asked,
      passages,
      suggestions: this.topicSuggestions().suggest(asked, analyzed, 3, false),
      missing: missing.map((word) => withLetterName(word, asked)),
      mentioned: amount ? mentioned.filter((word) => word !== amountWord) : mentioned,
    };
  }

  /**
   * "How does the article end?": the passage there, its first or last sentence bold (in one article only: in a
   * library the place says nothing of which article). "How is the body described at the end?": the candidates
   * there, when one of them covers the question; else the question as if it said no place.
   */
  private atTextPosition(
    ranked: Ranked[],
    analyzed: AnalyzedQuestion,
    weighed: readonly WeightedConcept[],
    articleId?: string,
  ): Ranked[] {
    const scope = articleId ? this.articles.filter((a) => a.id === articleId) : this.articles;
    const position = analyzed.textPosition;
    const end = position === 'end';
    // A paragraph by its number ("the second paragraph"): its whole text answers, none when the article is shorter.
    const at = (a: Article) =>
      typeof position === 'number' ? a.passages[position - 1] : end ? a.passages.at(-1) : a.passages[0];
    const there = new Set(scope.map(at).filter((p) => p !== undefined));
    if (this.asksAbout(weighed)) {
      const placed = ranked.filter((r) => there.has(r.passage) && r.covers);
      return placed.length > 0 ? placed : ranked;
    }
    const [passage] = [...there];
    if (scope.length !== 1) return ranked;
    if (!passage) return typeof position === 'number' ? [] : ranked;
    const sentences = infoOf(passage).sentences;
    const bold = (typeof position === 'number' ? undefined : end ? sentences.at(-1) : sentences[0])?.span;
    return [{ passage, score: 1, highlights: bold ? [bold] : [], coverage: 1, covers: true, typed: false }];
  }

  /**
   * "What's the quote in the article?", "who is quoted?": with nothing else asked, the passages of the article that
   * quote someone, in its order, the quotation bold. "What's the quote from Li?": those of the candidates that cover it
   * ("the quote about diabetes": none, and the question is declined as any other).
   */
  private quotations(
    ranked: Ranked[],
    weighed: readonly WeightedConcept[],
    articleId?: string,
    position?: 'start' | 'end',
  ): Ranked[] {
    const quoting = (passage: Passage) =>
      infoOf(passage).sentences.filter((s) => hasAnswerType(s, 'quotation', NOTHING_ASKED));
    if (this.asksAbout(weighed, false)) {
      // As well as the best passage covers it: "any quotes about exercise?" is not met by a quote on trials.
      const best = ranked[0]?.coverage ?? 0;
      const quoted = ranked.filter((r) => r.covers && r.coverage >= best && quoting(r.passage).length > 0);
      return quoted.length > 0 ? quoted : ranked;
    }
    // In a library, "who is quoted?" says nothing of which article: left to the search, as a place in the text is.
    if (!articleId && this.articles.length !== 1) return ranked;
    const quoted = this.passages
      .filter((p) => !articleId || p.articleId === articleId)
      .map((passage) => ({ passage, quotations: quoting(passage) }))
      .filter(({ quotations }) => quotations.length > 0);
    // The article's order, or from its end ("the quote at the end": the last first).
    if (position === 'end') quoted.reverse();
    return quoted.map(({ passage, quotations }) => ({
      passage,
      score: 1,
      highlights: quotations.map((s) => s.span),
      coverage: 1,
      covers: true,
      typed: true,
    }));
  }

  /** Whether a question names something beyond the words that frame it (`known`: something the content has). */
  private asksAbout(weighed: readonly WeightedConcept[], known = true): boolean {
    return weighed.some(
      (c) => (c.inContent || !known) && !c.concept.asking && (c.concept.salience ?? 1) >= this.ranking.namedSalience,
    );
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
    const { weights, typed, related } = searchTerms(
      analyzed,
      (t) => this.hasTerm(t),
      this.ranking.typoMinLength,
      this.ranking.typoWeights.fuzzy,
      this.ranking.storyWordWeight,
    );
    if (weights.size === 0) return [];
    const options: SearchOptions = {
      boost: this.ranking.fieldBoost,
      fields: Object.keys(this.ranking.fieldBoost).filter((f) => (this.ranking.fieldBoost[f] ?? 0) > 0),
      boostTerm: (term) => weights.get(term) ?? 1,
      fuzzy: (term) =>
        typed.has(term) && term.length >= this.ranking.typoMinLength ? (term.length >= 8 ? 2 : 1) : false,
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
    // Only what a rule added is the rule's: a spelling's correction or a shorthand's word is the question's own.
    const ruleTerms = new Set(analyzed.concepts.flatMap((c) => c.ruleTerms ?? []));
    const isOwn = (t: string) => !ruleTerms.has(t) || ownTerms.has(t) || typed.has(t) || related.has(t);
    const own = [...weights.keys()].filter(isOwn);
    const added = [...weights.keys()].filter((t) => !isOwn(t));
    const results = own.length > 0 ? this.index.search(own.join(' '), options) : [];
    if (added.length === 0) return this.toCandidates(results);
    const extras = this.synonymScope.search(added.join(' '), { ...options, fuzzy: false, prefix: false });
    if (extras.length === 0) return this.toCandidates(results);
    return this.toCandidates(mergeScopedResults(results, extras, this.ranking.candidates));
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

  /**
   * The passages that say where an article's facts come from: those naming the journal or an author of the study it
   * reports, or its own authors, with those sentences bold; at most `limit`, the one naming the journal first, or
   * with `study` in article order (where a text tells its study). What "what's the source?" quotes beside the
   * citation.
   */
  sourcePassages(articleId: string, first: SourceOrder = 'publication', limit = 2): QuotedPassage[] {
    const article = this.articleById.get(articleId);
    if (!article) return [];
    const names = [article.study?.journal, ...(article.study?.authors ?? []).map((a) => a.name), ...article.authors]
      .filter((name): name is string => typeof name === 'string' && name.trim().length > 0)
      .map((name) => name.trim());
    if (names.length === 0) return [];
    const journal = article.study?.journal?.trim();
    const naming = article.passages.flatMap((passage) => {
      const sentences = infoOf(passage).sentences.filter((s) => {
        const sentence = passage.text.slice(...s.span);
        return names.some((name) => sentence.includes(name));
      });
      if (sentences.length === 0) return [];
      const namesJournal = journal !== undefined && journal.length > 0 && passage.text.includes(journal);
      return [{ passage, spans: sentences.map((s) => s.span), namesJournal }];
    });
    // Where it was published first: "source?" asks for that before who wrote it (the authors' passage follows).
    if (first === 'publication') naming.sort((a, b) => Number(b.namesJournal) - Number(a.namesJournal));
    return naming.slice(0, limit).map(({ passage, spans }) => this.quote(passage, 1, spans));
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
    return this.topicSuggestions().suggest(text, this.analyze(text), limit);
  }

  private topicSuggestions(): TopicSuggestions {
    this.topics ??= new TopicSuggestions(
      this.allTags().map((t) => t.tag),
      (term) => this.idf(term),
    );
    return this.topics;
  }
}

export interface KnowledgeBaseSnapshot {
  articles: readonly Article[];
  synonyms: SynonymTableJSON;
  index: ReturnType<MiniSearch['toJSON']>;
  documentFrequency: Array<[string, number]>;
  /** Each passage's sentence spans, flat ([start, end, ...]), in passage order. */
  sentences: number[][];
}

/** A quotation is no value the question may already give, as a name or a number may be. */
const NOTHING_ASKED = new Set<string>();

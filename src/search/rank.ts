/**
 * Re-ranking and "not found": MiniSearch's BM25+ finds candidate paragraphs;
 * here each is scored again with sentence-level evidence (does one sentence
 * carry most of the question?), and the answer is refused when even the best
 * candidate covers too little of what the question asks about.
 */
import type { Span } from '../answer/answer.js';
import type { Passage } from '../content/types.js';
import type { AnalyzedQuestion, Concept } from './query.js';
import { rootOf } from './query.js';
import { normalizeWord, sentenceSpans, tokenize } from './text.js';

export interface Candidate {
  passage: Passage;
  /** MiniSearch's score. */
  score: number;
  /** Index terms of the passage that matched (after fuzzy/prefix expansion). */
  matchedTerms: string[];
  /** Query terms that matched. */
  queryTerms: string[];
}

export interface Ranked {
  passage: Passage;
  score: number;
  highlights: Span[];
}

export interface RankingOptions {
  /** How many of MiniSearch's results are re-ranked. */
  candidates: number;
  fieldBoost: Record<string, number>;
  typoWeights: { fuzzy: number; prefix: number };
  /** Weights of the final score's parts. */
  mix: { bm25: number; sentence: number; paragraph: number; definition: number };
  /** Below this share of the question's weight covered by the best passage, the answer is "not found". */
  minCoverage: number;
  /** Weight of a question word the content never uses, relative to the rarest word it does use. */
  unknownWordWeight: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  candidates: 20,
  fieldBoost: { text: 1, title: 0.4, tags: 0.4 },
  typoWeights: { fuzzy: 0.5, prefix: 0.4 },
  mix: { bm25: 0.5, sentence: 0.3, paragraph: 0.2, definition: 0.15 },
  minCoverage: 0.5,
  unknownWordWeight: 0.8,
};

/** What the ranker needs to know of the index. */
export interface TermStatistics {
  idf(term: string): number;
  hasTerm(term: string): boolean;
}

interface Sentence {
  span: Span;
  terms: Set<string>;
  /** Stems in order, for definitional patterns. */
  folded: string;
}

const sentenceCache = new WeakMap<Passage, Sentence[]>();

function sentencesOf(passage: Passage): Sentence[] {
  let sentences = sentenceCache.get(passage);
  if (!sentences) {
    sentences = sentenceSpans(passage.text).map((span) => {
      const text = passage.text.slice(span[0], span[1]);
      const terms = new Set<string>();
      for (const token of tokenize(text)) {
        const stem = normalizeWord(token.word);
        if (!stem) continue;
        terms.add(stem);
        const root = rootOf(stem);
        if (root) terms.add(root);
      }
      return { span, terms, folded: text.toLowerCase() };
    });
    sentenceCache.set(passage, sentences);
  }
  return sentences;
}

/** Levenshtein distance, small strings only (typo matching of a handful of terms). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

interface WeightedConcept {
  concept: Concept;
  weight: number;
  /** Terms that meet it, with their relative weight, including typo matches found by the search. */
  terms: Map<string, number>;
}

/** Gives each concept its weight (idf) and adds the typo matches MiniSearch found for unknown words. */
function weighConcepts(
  analyzed: AnalyzedQuestion,
  candidates: readonly Candidate[],
  stats: TermStatistics,
  options: RankingOptions,
): WeightedConcept[] {
  const known = new Set<string>();
  for (const concept of analyzed.concepts) for (const term of concept.alternatives.keys()) known.add(term);
  const typoMatches = new Set<string>();
  for (const candidate of candidates) {
    for (const term of candidate.matchedTerms) if (!known.has(term)) typoMatches.add(term);
  }
  const unknownWeight = stats.idf('\u0000') * options.unknownWordWeight;
  return analyzed.concepts.map((concept) => {
    const terms = new Map(concept.alternatives);
    const inContent = [...terms.keys()].filter((t) => stats.hasTerm(t));
    if (!stats.hasTerm(concept.stem) && concept.stem.length >= 4) {
      for (const term of typoMatches) {
        const limit = concept.stem.length >= 8 ? 2 : 1;
        if (term.startsWith(concept.stem) || editDistance(term, concept.stem) <= limit) {
          terms.set(term, options.typoWeights.fuzzy);
          inContent.push(term);
        }
      }
    }
    const weight =
      inContent.length > 0 ? Math.max(...inContent.map((t) => stats.idf(t) * (terms.get(t) ?? 0))) : unknownWeight;
    return { concept, weight: Math.max(weight, 0.05), terms };
  });
}

/** The share of the concepts' weight that a set of terms meets. */
function coverage(concepts: readonly WeightedConcept[], has: (term: string) => boolean): number {
  let total = 0;
  let met = 0;
  for (const { weight, terms } of concepts) {
    total += weight;
    let best = 0;
    for (const [term, relative] of terms) if (relative > best && has(term)) best = relative;
    met += weight * Math.min(1, best);
  }
  return total > 0 ? met / total : 0;
}

/** Does a sentence define the subject of a "what is X?" question ("X, a ...", "X is ...", "known as X")? */
function definesSubject(sentence: Sentence, subjectWords: string[]): boolean {
  if (subjectWords.length === 0) return false;
  const pattern = subjectWords.map((w) => `${w}\\w*`).join('[\\s-]+');
  const re = new RegExp(
    `(?:^|\\W)${pattern}(?:,\\s+(?:an?|the)\\s|\\s+(?:is|are|was|were|refers)\\s)|(?:known as|called)\\s+[“"‘]?${pattern}`,
    'u',
  );
  return re.test(sentence.folded);
}

export function rerank(
  analyzed: AnalyzedQuestion,
  candidates: readonly Candidate[],
  stats: TermStatistics,
  options: RankingOptions,
): Ranked[] {
  if (candidates.length === 0) return [];
  const concepts = weighConcepts(analyzed, candidates, stats, options);
  const maxScore = Math.max(...candidates.map((c) => c.score));
  const subjectWords = analyzed.subject.map((stem) => stem.replace(/[^\p{L}\p{N}]/gu, ''));
  const ranked = candidates.map((candidate) => {
    const matched = new Set(candidate.matchedTerms);
    const paragraphCoverage = coverage(concepts, (t) => matched.has(t));
    const sentences = sentencesOf(candidate.passage);
    const scored = sentences.map((s) => ({ sentence: s, coverage: coverage(concepts, (t) => s.terms.has(t)) }));
    const best = scored.reduce((a, b) => (b.coverage > a.coverage ? b : a), scored[0] ?? { coverage: 0 });
    const defines = analyzed.kind === 'definition' && sentences.some((s) => definesSubject(s, subjectWords));
    const score =
      options.mix.bm25 * (candidate.score / maxScore) +
      options.mix.sentence * best.coverage +
      options.mix.paragraph * paragraphCoverage +
      (defines ? options.mix.definition : 0);
    const highlights = scored
      .filter((s) => best.coverage > 0 && s.coverage >= best.coverage * 0.9)
      .slice(0, 2)
      .map((s) => s.sentence.span);
    return { passage: candidate.passage, score, highlights, paragraphCoverage };
  });
  ranked.sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (!top || top.paragraphCoverage < options.minCoverage) return [];
  return ranked
    .filter((r) => r.paragraphCoverage >= options.minCoverage * 0.6)
    .map(({ passage, score, highlights }) => ({ passage, score, highlights }));
}

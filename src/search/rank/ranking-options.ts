/**
 * The ranking's tunable weights and thresholds, with the values fitted on SQuAD and checked on the project's
 * article (docs/ranking.md explains each part of the score).
 */
import type { SpecificityOptions } from '../text/specificity.js';

export interface RankingOptions {
  /** How many of MiniSearch's results are re-ranked. */
  candidates: number;
  fieldBoost: Record<string, number>;
  /** BM25 parameters of the search: k (term saturation), b (length normalization), d (BM25+ floor). */
  bm25: { k: number; b: number; d: number };
  /** Words the content lacks are matched with typos from this length on (0: never). */
  typoMinLength: number;
  /** Weights of typo-tolerant matches (fuzzy, prefix) relative to exact ones. */
  typoWeights: { fuzzy: number; prefix: number };
  /** Weights of the final score's parts. */
  mix: {
    /** log of the BM25 score relative to the best candidate's. */
    bm25: number;
    /** The best sentence's share of the question's weight. */
    sentence: number;
    /** The same share per word of the sentence (relative to an average sentence). */
    density: number;
    /** The paragraph's share of the question's weight. */
    paragraph: number;
    /** Share of the question's neighbouring word pairs that stand side by side in the paragraph. */
    proximity: number;
    /** The best sentence holds the kind of answer asked for. */
    answerType: number;
    /** A sentence defines the subject of a "what is X?" question. */
    definition: number;
    /** The first paragraph of an article. */
    lead: number;
    /** Per passage, for a question of what acts on what: the way its sentences say it runs (direction.ts), -1..1. */
    direction: number;
  };
  /** Sentence length that counts as average for `density`, and how much length matters (0..1). */
  sentenceLength: { average: number; b: number };
  /**
   * "Not found" (see covers in rerank()): the share of the question's weight the best passage must cover at least;
   * that is enough when three of the question's ideas stand in one sentence of it, when the content has every
   * word of the question, or when the question has a single idea.
   */
  minCoverage: number;
  /** The share that is enough on its own. */
  singleCoverage: number;
  /**
   * When the best passage covers too little, one that covers `singleCoverage` is quoted instead if its score is at
   * most this far below the best's (select.ts).
   */
  coveringScoreGap: number;
  /** The share that is enough when two of the question's ideas stand in one sentence. */
  togetherCoverage: number;
  /** Credit for a question word met only in the article's title, headline or tags, relative to the passage text. */
  contextCredit: number;
  /** Passages after the first are quoted only when they cover at least this share of what the first covers. */
  relativeCoverage: number;
  /** Weight of a question word the content never uses, relative to the rarest word it does use. */
  unknownWordWeight: number;
  /** Weight of the words of a tag alternative ("..., or is that just a MYTH?"), which doubt the question. */
  tagWordWeight: number;
  /** How much a word of the story told before the question counts ("My dad has been under stress ... Does ...?"). */
  storyWordWeight: number;
  /** Coverage factor for a passage without any number for a "how many" question. */
  untypedCoverage: number;
  /** Weight of words that frame the question ("role" in "what role does X play?"), relative to their own. */
  askingWeight: number;
  /** Browsing a topic lists the passages scored at most this far below the best. */
  browseScoreGap: number;
  /** A "not found" reply names the question's words at least this salient (0..1) that the content lacks or has. */
  namedSalience: number;
  /**
   * A word of the question before at least this salient is part of the conversation's topic: lower than
   * `namedSalience`, since "brain" (common in English) is what "and now?" after "what did people think about the
   * brain before?" is about.
   */
  topicSalience: number;
  /** A yes/no question whose subject (a noun at least this salient) the content lacks is declined. */
  subjectSalience: number;
  /**
   * The least salience of the adjective closing a yes/no question about what its subject is ("is neuromodulation
   * SAFE?") to decline it when the content never says it; lower than `claimSalience`, as the last word is the claim.
   */
  finalQualitySalience: number;
  /** The least salience of the verb a question turns on ("can it be BOUGHT?", "how do you MEASURE it?") to decline it. */
  verbSalience: number;
  /** The least salience of the verb a yes/no question claims ("can exercise CURE it?") to decline it. */
  claimSalience: number;
  /**
   * The least salience of a word of a question in keywords ("cortisol SLEEP") to decline it when the content lacks
   * it: low, since each keyword is what is asked about, however common in English.
   */
  keywordSalience: number;
  /** How general English frequency lowers a word's weight, for words the content has and for those it lacks. */
  specificity: SpecificityOptions & { known: boolean; unknown: boolean };
  /**
   * Relative weight of a word related in general English (WordNet) to a question word the content lacks; 0 turns
   * them off. The lemma of an inflected form counts as the word itself, at `lemma`. A word the content lacks that
   * is mostly used as a verb, adjective or adverb has its salience multiplied by `notNoun`.
   */
  relatedWords: { related: number; lemma: number; notNoun: number };
  /** Which sentences are bolded (rank.ts, highlightedSentences): the least worth of a second, as a share of the best. */
  highlight: { second: number; added: number; adjacent: number; after: number };
}

export const DEFAULT_RANKING: RankingOptions = {
  candidates: 20,
  fieldBoost: { text: 1, context: 0.4 },
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  typoMinLength: 4,
  typoWeights: { fuzzy: 0.5, prefix: 0.4 },
  mix: {
    bm25: 0.93,
    sentence: 0.94,
    density: 1,
    paragraph: 0.54,
    proximity: 0.48,
    answerType: 0.32,
    definition: 0.5,
    lead: 0.13,
    direction: 0.5,
  },
  sentenceLength: { average: 25, b: 0.5 },
  minCoverage: 0.22,
  singleCoverage: 0.6,
  coveringScoreGap: 0.4,
  togetherCoverage: 0.32,
  contextCredit: 0.5,
  relativeCoverage: 0.6,
  unknownWordWeight: 0.6,
  tagWordWeight: 0.3,
  storyWordWeight: 0.3,
  untypedCoverage: 0.5,
  askingWeight: 0.3,
  namedSalience: 0.8,
  topicSalience: 0.6,
  subjectSalience: 0.4,
  verbSalience: 0.3,
  claimSalience: 0.45,
  keywordSalience: 0.2,
  finalQualitySalience: 0.25,
  browseScoreGap: 1,
  specificity: { known: true, unknown: true, low: 6, high: 11, min: 0.2 },
  relatedWords: { related: 0.5, lemma: 0.9, notNoun: 0.5 },
  highlight: { second: 0.5, added: 2, adjacent: 0.2, after: 0.2 },
};

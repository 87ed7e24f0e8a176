/**
 * Re-ranking and "not found". MiniSearch's BM25 finds candidate paragraphs;
 * each is scored again here with evidence BM25 does not see:
 *  - sentence level: the question's words tend to cluster in one sentence of
 *    the paragraph that answers it (its share of the question's weight, and
 *    that share per word of the sentence, so short pointed sentences count);
 *  - proximity: words that stand together in the question standing together
 *    in the paragraph ("blood-brain barrier", "NFC Championship Game");
 *  - answer type: a "how many" question wants a number, "when" a date, "who"
 *    and "where" a name that the question does not already give;
 *  - definition: for "what is X?", a sentence that defines X;
 *  - lead: an article's first paragraph usually sums it up.
 * The weights of these parts were fitted on retrieval questions (SQuAD) and
 * checked on the project's own article; they are the same for any content.
 *
 * The answer is refused ("not found") when even the best candidate covers
 * too little of what the question asks about, weighing each word by how rare
 * it is in the content (idf); a word the content never uses weighs most.
 *
 * Everything computed per passage is memoized, so a question costs one
 * MiniSearch search and work proportional to a few candidates.
 */
import type { Span } from '../answer/answer.js';
import type { Passage } from '../content/types.js';
import type { AnalyzedQuestion, AnswerType, Concept } from './query.js';
import { rootOf } from './query.js';
import { type SpecificityOptions, specificity } from './specificity.js';
import { foldCase, normalizeWord, sentenceSpans, tokenize } from './text.js';

export interface Candidate {
  passage: Passage;
  /** MiniSearch's score. */
  score: number;
  /** Index terms that matched, in any field (after fuzzy/prefix expansion). */
  matchedTerms: string[];
  /** Query terms that matched. */
  queryTerms: string[];
}

export interface Ranked {
  passage: Passage;
  score: number;
  highlights: Span[];
  /** The share of the question's weight the passage covers (what "not found" is decided on). */
  coverage: number;
  /** Whether it covers enough of the question to be quoted. */
  covers: boolean;
}

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
  /** The share that is enough when two of the question's ideas stand in one sentence. */
  togetherCoverage: number;
  /** Credit for a question word met only in the article's title, headline or tags, relative to the passage text. */
  contextCredit: number;
  /** Passages after the first are quoted only when they cover at least this share of what the first covers. */
  relativeCoverage: number;
  /** Weight of a question word the content never uses, relative to the rarest word it does use. */
  unknownWordWeight: number;
  /** Coverage factor for a passage without any number for a "how many" question. */
  untypedCoverage: number;
  /** Weight of words that frame the question ("role" in "what role does X play?"), relative to their own. */
  askingWeight: number;
  /** Browsing a topic lists the passages scored at most this far below the best. */
  browseScoreGap: number;
  /** A "not found" reply names the question's words at least this salient (0..1) that the content lacks or has. */
  namedSalience: number;
  /** How general English frequency lowers a word's weight, for words the content has and for those it lacks. */
  specificity: SpecificityOptions & { known: boolean; unknown: boolean };
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
  },
  sentenceLength: { average: 25, b: 0.5 },
  minCoverage: 0.3,
  singleCoverage: 0.6,
  togetherCoverage: 0.35,
  contextCredit: 0.5,
  relativeCoverage: 0.6,
  unknownWordWeight: 0.6,
  untypedCoverage: 0.5,
  askingWeight: 0.3,
  namedSalience: 0.8,
  browseScoreGap: 1,
  specificity: { known: true, unknown: true, low: 6, high: 11, min: 0.2 },
};

/** What the ranker needs to know of the index. */
export interface TermStatistics {
  idf(term: string): number;
  hasTerm(term: string): boolean;
}

/** A sentence of a passage, read once. */
interface Sentence {
  span: Span;
  /** Words in it, including stop words. */
  length: number;
  terms: Set<string>;
  /** Lowercased text, for definitional patterns. */
  folded: string;
  /** Numbers written in it (digits or number words). */
  numbers: Set<string>;
  /** Years, months, weekdays, centuries written in it. */
  times: Set<string>;
  /** Stems of words written with a capital inside the sentence: names. */
  names: Set<string>;
  /** Names that follow a preposition of place ("in Santa Clara", "of Jiangnan University", "from China"). */
  places: Set<string>;
}

interface PassageInfo {
  sentences: Sentence[];
  /** Positions (word index) of every term in the passage. */
  positions: Map<string, number[]>;
}

const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions trillion dozen dozens half twice once single double triple percent'
  ).split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'in at from of near to into across throughout outside inside within between around'.split(' '),
);
const TIME_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday century centuries decade ' +
    'decades bc bce ad ce'
  ).split(' '),
);

const options = { placeReach: 3 };
function analyzeSentence(text: string, span: Span, positions: Map<string, number[]>, offset: number): Sentence {
  const terms = new Set<string>();
  const numbers = new Set<string>();
  const times = new Set<string>();
  const names = new Set<string>();
  const places = new Set<string>();
  const tokens = tokenize(text);
  let preposition = Number.NEGATIVE_INFINITY;
  tokens.forEach((token, i) => {
    const folded = foldCase(token.word);
    if (PLACE_PREPOSITIONS.has(folded)) preposition = i;
    if (/^\d/.test(folded)) {
      numbers.add(folded.replace(/\D+$/, ''));
      if (/^(?:1\d{3}|20\d{2})s?$/.test(folded) || /^\d{1,2}(?:st|nd|rd|th)$/.test(folded)) times.add(folded);
    } else if (NUMBER_WORDS.has(folded)) {
      numbers.add(folded);
    }
    // "may" is a month only when written as a name.
    if (TIME_WORDS.has(folded) && (folded !== 'may' || /^\p{Lu}/u.test(token.word))) times.add(folded);
    const stem = normalizeWord(token.word);
    if (!stem) return;
    if (/^\p{Lu}/u.test(token.word)) {
      if (i > 0) names.add(stem);
      if (i - preposition <= options.placeReach) places.add(stem);
    }
    const root = rootOf(stem);
    for (const term of root ? [stem, root] : [stem]) {
      terms.add(term);
      let list = positions.get(term);
      if (!list) {
        list = [];
        positions.set(term, list);
      }
      list.push(offset + i);
    }
  });
  return { span, length: tokens.length, terms, folded: text.toLowerCase(), numbers, times, names, places };
}

const passageCache = new WeakMap<Passage, PassageInfo>();

/** The passage's sentences and word positions, computed once per passage. */
function infoOf(passage: Passage): PassageInfo {
  let info = passageCache.get(passage);
  if (!info) {
    const positions = new Map<string, number[]>();
    let offset = 0;
    const sentences = sentenceSpans(passage.text).map((span) => {
      const sentence = analyzeSentence(passage.text.slice(span[0], span[1]), span, positions, offset);
      // A gap between sentences, so words across a sentence boundary do not stand together.
      offset += sentence.length + 10;
      return sentence;
    });
    info = { sentences, positions };
    passageCache.set(passage, info);
  }
  return info;
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

export interface WeightedConcept {
  concept: Concept;
  weight: number;
  /** Terms that meet it, with their relative weight, including typo matches found by the search. */
  terms: Map<string, number>;
  /** Whether any of them occurs in the content. */
  inContent: boolean;
  /** The relative weight of the best way the content has to meet it (1 when it has the word itself). */
  best: number;
}

/** Gives each concept its weight (idf) and adds the typo matches MiniSearch found for unknown words. */
export function weighConcepts(
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
        // Only words of the passages' text: a tag or title word met by chance says nothing of the passages.
        if (!stats.hasTerm(term)) continue;
        if (term.startsWith(concept.stem) || editDistance(term, concept.stem) <= limit) {
          terms.set(term, options.typoWeights.fuzzy);
          inContent.push(term);
        }
      }
    }
    // A concept is as rare as the passages that meet it: at best as rare as its commonest strong alternative
    // ("bones" is common in an article about bones, however rare its synonym "skeleton").
    let weight = Number.POSITIVE_INFINITY;
    for (const t of inContent) if ((terms.get(t) ?? 0) >= 0.5) weight = Math.min(weight, stats.idf(t));
    if (weight === Number.POSITIVE_INFINITY) {
      weight = 0;
      for (const t of inContent) weight = Math.max(weight, stats.idf(t) * (terms.get(t) ?? 0));
      for (const phrase of concept.phrases) {
        const idf = Math.max(0, ...phrase.terms.filter((t) => stats.hasTerm(t)).map((t) => stats.idf(t)));
        weight = Math.max(weight, idf * phrase.weight);
      }
    }
    // The best the content can do for this concept: a passage that does so meets it in full.
    let best = 0;
    for (const t of inContent) best = Math.max(best, terms.get(t) ?? 0);
    for (const phrase of concept.phrases) {
      if (phrase.terms.every((t) => stats.hasTerm(t))) best = Math.max(best, phrase.weight);
    }
    if (inContent.length === 0) weight = unknownWeight;
    weight *= concept.salience ?? salience(concept, inContent.length > 0, options);
    return { concept, weight: Math.max(weight, 0.05), terms, inContent: inContent.length > 0, best: best || 1 };
  });
}

/**
 * How much a question word says about what is asked, whatever the content (0..1): less for words common in
 * general English ("help", "mean"), and for words that only frame the question ("role" in "what role does X play").
 * A word the content's synonyms declare is taken at its full weight.
 */
export function salience(concept: Concept, inContent: boolean, options: RankingOptions): number {
  const spec = options.specificity;
  let value = 1;
  if (!concept.declared && (inContent ? spec.known : spec.unknown)) {
    value = Math.max(...concept.word.split(' ').map((w) => specificity(w, spec)));
  }
  return concept.asking ? value * options.askingWeight : value;
}

/** How well a set of terms meets one concept: the relative weight of the best term or phrase it has (0..1). */
function met(c: WeightedConcept, has: (term: string) => boolean): number {
  let best = 0;
  for (const [term, relative] of c.terms) if (relative > best && has(term)) best = relative;
  for (const phrase of c.concept.phrases) {
    if (phrase.weight <= best) continue;
    let present = 0;
    for (const term of phrase.terms) if (has(term)) present++;
    best = Math.max(best, (phrase.weight * present) / phrase.terms.length);
  }
  return Math.min(1, best / c.best);
}

/** Does a sentence define the subject of a "what is X?" question ("X, a ...", "X is ...", "known as X")? */
function definesSubject(sentence: Sentence, subjectWords: string[]): boolean {
  if (subjectWords.length === 0) return false;
  const pattern = subjectWords.map((w) => `${w}\\w*`).join('[\\s-]+');
  const re = new RegExp(
    `(?:^|\\W)${pattern}(?:\\s*[,\u2014\u2013(]\\s*(?:an?|the)\\s|\\s+(?:is|are|was|were|refers)\\s)|(?:known as|called)\\s+[\u201c"\u2018]?${pattern}`,
    'u',
  );
  return re.test(sentence.folded);
}

/** Does a sentence hold the kind of answer asked for, beyond what the question itself says? */
function hasAnswerType(sentence: Sentence, type: AnswerType, asked: Set<string>): boolean {
  if (type === 'count') {
    // A year is no count: "how many ... in 2015" is not answered by "2015".
    for (const value of sentence.numbers) if (!asked.has(value) && !/^(?:1\d{3}|20\d{2})$/.test(value)) return true;
    return false;
  }
  const values =
    type === 'number'
      ? sentence.numbers
      : type === 'time'
        ? sentence.times
        : type === 'place'
          ? sentence.places
          : sentence.names;
  for (const value of values) if (!asked.has(value)) return true;
  return false;
}

/** The share of the question's neighbouring word pairs that also stand side by side in the passage. */
function proximity(concepts: readonly WeightedConcept[], info: PassageInfo): number {
  const ordered = concepts.filter((c) => c.inContent).sort((a, b) => a.concept.position - b.concept.position);
  let total = 0;
  let sum = 0;
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1] as WeightedConcept;
    const b = ordered[i] as WeightedConcept;
    const weight = Math.min(a.weight, b.weight);
    total += weight;
    if (adjacent(a.terms, b.terms, info.positions)) sum += weight;
  }
  return total > 0 ? sum / total : 0;
}

/** Whether a term of one concept stands right next to a term of the other somewhere in the passage. */
function adjacent(a: Map<string, number>, b: Map<string, number>, positions: Map<string, number[]>): boolean {
  for (const [termA, relA] of a) {
    if (relA < 0.5) continue;
    const listA = positions.get(termA);
    if (!listA) continue;
    for (const [termB, relB] of b) {
      if (relB < 0.5 || termB === termA) continue;
      const listB = positions.get(termB);
      if (!listB) continue;
      for (const x of listA) for (const y of listB) if (Math.abs(x - y) <= 1) return true;
    }
  }
  return false;
}

/** Scores the candidates again, best first (see the top of this file); every candidate is kept. */
export function rerank(
  analyzed: AnalyzedQuestion,
  candidates: readonly Candidate[],
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
): Ranked[] {
  if (candidates.length === 0) return [];
  const maxScore = Math.max(...candidates.map((c) => c.score));
  const subjectWords = analyzed.subject.map((stem) => stem.replace(/[^\p{L}\p{N}]/gu, ''));
  const asked = new Set<string>();
  for (const { concept } of concepts) {
    asked.add(concept.stem);
    asked.add(foldCase(concept.word));
  }
  const type = analyzed.answerType;
  const { mix, sentenceLength } = options;
  // "Not found" weighs every word of the question; ranking compares passages only on words the content has.
  let total = 0;
  let rankTotal = 0;
  for (const c of concepts) {
    total += c.weight;
    if (c.inContent) rankTotal += c.weight;
  }
  rankTotal ||= 1;
  // Every word of the question is in the content: what is asked is likely there, even when phrased otherwise.
  const allKnown = concepts.every((c) => c.inContent);

  const ranked = candidates.map((candidate): Ranked => {
    const info = infoOf(candidate.passage);
    const sentences = info.sentences;
    const matched = new Set(candidate.matchedTerms);
    const typed = sentences.map((s) => type !== null && hasAnswerType(s, type, asked));
    const anyTyped = typed.includes(true);

    // How well each sentence meets the question, and the paragraph (its text; title and tags count less).
    const sentenceSums = new Array<number>(sentences.length).fill(0);
    const sentenceCounts = new Array<number>(sentences.length).fill(0);
    let paragraphSum = 0;
    for (const c of concepts) {
      let inText = 0;
      sentences.forEach((s, i) => {
        // The noun that names the kind of answer ("which country") is met by such an answer ("China").
        const value = c.concept.frame && typed[i] ? 1 : met(c, (t) => s.terms.has(t));
        if (value > 0) {
          sentenceSums[i] = (sentenceSums[i] ?? 0) + c.weight * value;
          sentenceCounts[i] = (sentenceCounts[i] ?? 0) + 1;
        }
        if (value > inText) inText = value;
      });
      const inContext = met(c, (t) => matched.has(t)) * options.contextCredit;
      paragraphSum += c.weight * Math.max(inText, inContext, c.concept.frame && anyTyped ? 1 : 0);
    }

    let best = 0;
    let density = 0;
    sentences.forEach((s, i) => {
      const sum = sentenceSums[i] ?? 0;
      if (sum > (sentenceSums[best] ?? 0)) best = i;
      const norm = 1 - sentenceLength.b + (sentenceLength.b * s.length) / sentenceLength.average;
      density = Math.max(density, sum / rankTotal / norm);
    });
    const sentenceCoverage = (sentenceSums[best] ?? 0) / rankTotal;
    const defines = analyzed.kind === 'definition' && sentences.some((s) => definesSubject(s, subjectWords));
    const score =
      mix.bm25 * Math.log(candidate.score / maxScore) +
      mix.sentence * sentenceCoverage +
      mix.density * density +
      mix.paragraph * (paragraphSum / rankTotal) +
      mix.proximity * (mix.proximity > 0 ? proximity(concepts, info) : 0) +
      (typed[best] ? mix.answerType : 0) +
      (defines ? mix.definition : 0) +
      (candidate.passage.paragraph === 1 ? mix.lead : 0);

    // Highlight the sentences that carry the question: the best, and one as good.
    const highlights: Span[] = [];
    const top = sentenceSums[best] ?? 0;
    if (top > 0) {
      for (let i = 0; i < sentences.length && highlights.length < 2; i++) {
        const sentence = sentences[i] as Sentence;
        if ((sentenceSums[i] ?? 0) >= top * 0.9 || i === best) highlights.push(sentence.span);
      }
      if (!highlights.includes((sentences[best] as Sentence).span)) highlights[1] = (sentences[best] as Sentence).span;
    }

    // Enough of the question is there: most of its weight; or a good part of it, with two or three of its ideas
    // in one sentence, or with every word of the question in the content (then it is likely asked in other words).
    // A "how many" question that the passage holds no number for is hardly answered by it.
    const untyped = type === 'count' && !anyTyped;
    const coverage = (total > 0 ? paragraphSum / total : 0) * (untyped ? options.untypedCoverage : 1);
    const together = untyped ? 0 : Math.max(0, ...sentenceCounts);
    const covers =
      coverage >= options.singleCoverage ||
      (together >= 2 && coverage >= options.togetherCoverage) ||
      ((together >= 3 || (allKnown && !untyped) || concepts.length === 1) && coverage >= options.minCoverage);
    return { passage: candidate.passage, score, highlights, coverage, covers };
  });

  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * What is quoted of the ranked passages: nothing when the best does not cover the question ("not found"),
 * else the best and those after it that cover the question nearly as well.
 */
export function selectAnswers(ranked: readonly Ranked[], options: RankingOptions): Ranked[] {
  const first = ranked[0];
  if (!first?.covers) return [];
  return ranked.filter((r) => r === first || (r.covers && r.coverage >= first.coverage * options.relativeCoverage));
}

/**
 * Whether a yes/no question's focus, its last specific word (salience at least `namedSalience`, no number), is one
 * the content never mentions: then the content can say neither yes nor no ("does osteocalcin cure diabetes?").
 */
export function focusMissing(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
): boolean {
  if (!analyzed.polar) return false;
  let focus: WeightedConcept | undefined;
  for (const c of concepts) {
    if (c.concept.asking || (c.concept.salience ?? 1) < options.namedSalience || /\d/.test(c.concept.word)) continue;
    if (!focus || c.concept.position > focus.concept.position) focus = c;
  }
  return focus !== undefined && !focus.inContent;
}

/**
 * For a "not found" reply: the question's specific words (salience at least `namedSalience`) that the content
 * never mentions, by stem, root, synonym or typo, and those it does.
 */
export function missingWords(concepts: readonly WeightedConcept[], options: RankingOptions) {
  const missing: string[] = [];
  const mentioned: string[] = [];
  for (const { concept, inContent } of concepts) {
    if (concept.asking || (concept.salience ?? 1) < options.namedSalience) continue;
    (inContent ? mentioned : missing).push(concept.word);
  }
  return { missing, mentioned };
}

/**
 * For browsing a topic (a tag): the passages scored nearly as well as the best one, however little of the topic
 * that covers; not every passage that shares one of its words (every passage carries its article's tags).
 */
export function closeMatches(ranked: readonly Ranked[], options: RankingOptions): Ranked[] {
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((r) => r.coverage > 0 && r.score >= best - options.browseScoreGap);
}

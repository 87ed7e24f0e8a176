/**
 * Re-ranking MiniSearch's candidates with evidence BM25 does not see (sentence coverage and density, proximity,
 * answer type, definitions, the lead paragraph), and "not found" when even the best candidate covers too little
 * of what the question asks. The same weights for any content; docs/ranking.md explains each part.
 */
import type { Span } from '../../answer/answer.js';
import type { Passage } from '../../content/types.js';
import { type AnalyzedQuestion, type Concept, inAside, outsideQuestion } from '../question/query.js';
import { editDistance } from '../text/edit-distance.js';
import { mostlyNotNoun, mostlyNoun, onlyAs } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import { flowInPassage, flowOf } from './direction.js';
import { highlightedSentences } from './highlights.js';
import { infoOf, type PassageInfo, type Sentence } from './passage-facts.js';
import type { RankingOptions } from './ranking-options.js';
import { mayBeTypo, respeltStems } from './search-terms.js';
import {
  definesSubject,
  FREQUENCY,
  hasAnswerType,
  nameGiving,
  namesSomething,
  spellsOut,
} from './sentence-evidence.js';

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
  /** Whether one of its sentences holds the kind of answer the question asks for (a time for "when"). */
  typed: boolean;
}

/** What the ranker needs to know of the index. */
export interface TermStatistics {
  idf(term: string): number;
  hasTerm(term: string): boolean;
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
    if (mayBeTypo(concept, (t) => stats.hasTerm(t), 4)) {
      for (const term of nearestTypoMatches(concept, typoMatches, stats)) {
        terms.set(term, options.typoWeights.fuzzy);
        inContent.push(term);
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
    // Salience is set by prepare-question.ts; a concept without one counts in full.
    weight *= concept.salience ?? 1;
    // "..., or is that just a MYTH?": a tag alternative doubts the question rather than says what it asks.
    if (analyzed.tagAt !== undefined && concept.position >= analyzed.tagAt) {
      weight *= options.tagWordWeight;
    }
    // "My dad has been under huge stress at work ... Does the article explain how stress could do that?": the story
    // before the question tells what it is about, but only the question's words must be met; so with an aside after.
    if (outsideQuestion(analyzed, concept.position)) weight *= options.storyWordWeight;
    // An aside's word the content lacks ("my PROF wants SOURCES") could only lower what any passage covers.
    // So could a word that only frames the question ("what does THE WORD axis mean"), unless the words an acronym
    // stands for meet it.
    const framing = concept.asking === true && analyzed.answerType !== 'expansion';
    if ((inAside(analyzed, concept.position) || framing) && inContent.length === 0)
      return { concept, weight: 0, terms, inContent: false, best: 1 };
    // "My MUM ...", "I'm 70": who asks is no part of what the content must say.
    if (concept.asker && inContent.length === 0) weight = 0;
    return { concept, weight: Math.max(weight, 0.05), terms, inContent: inContent.length > 0, best: best || 1 };
  });
}

/**
 * How well a set of terms meets one concept: the relative weight of the best term or phrase it has (0..1), or, with
 * none of those, of the best related word (negative: so a caller can tell it from the words themselves).
 */
function met(c: WeightedConcept, has: (term: string) => boolean): number {
  const direct = metDirectly(c, has);
  if (direct > 0 || !c.concept.related) return direct;
  let related = 0;
  for (const [term, relative] of c.concept.related) if (relative > related && has(term)) related = relative;
  return -related;
}

function metDirectly(c: WeightedConcept, has: (term: string) => boolean): number {
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

/**
 * The content words a misspelt question word may stand for, among those the search found by typo or prefix: the
 * nearest to the word as typed, as a spelling checker would offer ("stres" is "stress", not "street", though the
 * stem "stre" starts both); every prefix match when none is that near ("neuromod").
 */
function nearestTypoMatches(concept: Concept, found: ReadonlySet<string>, stats: TermStatistics): string[] {
  const limit = concept.stem.length >= 8 ? 2 : 1;
  const typed = foldCase(concept.word);
  // "depresison": its swap, "depression", is searched by its stem ("depress"), three edits from the word typed.
  const respelt = respeltStems(concept);
  const matches: Array<{ term: string; distance: number }> = [];
  for (const term of found) {
    // Only words of the passages' text: a tag or title word met by chance says nothing of the passages.
    if (!stats.hasTerm(term)) continue;
    const distance = respelt.has(term) ? 1 : Math.min(editDistance(term, concept.stem), editDistance(term, typed));
    if (term.startsWith(concept.stem) || distance <= limit) matches.push({ term, distance });
  }
  const nearest = Math.min(...matches.map((m) => m.distance));
  return matches.filter((m) => nearest > limit || m.distance === nearest).map((m) => m.term);
}

/** What is worked out once per question, for every candidate. */
interface QuestionFacts {
  /** The question's own words and stems: an answer must name something beyond them. */
  asked: Set<string>;
  weights: number[];
  /** The question's whole weight ("not found" weighs every word of it). */
  total: number;
  /** The weight of the words the content has (ranking compares passages on those only). */
  rankTotal: number;
  /** Every word of the question is in the content: what is asked is likely there, even when phrased otherwise. */
  allKnown: boolean;
  /** The noun naming the kind of answer ("which ANTIDEPRESSANT"), when the content lacks it. */
  missingHead: WeightedConcept | undefined;
  /** "How old", "how long": whether any candidate holds a number with a unit. */
  measureAnywhere: boolean;
  /** A yes/no claim's subject (claimSubject): the index of the concept a passage must meet to cover it. */
  claimSubject: number | undefined;
  subjectWords: string[];
  /** "When will ...?", "what YEAR ...?": only a passage that gives a time answers. */
  needsATime: boolean;
  /** "Why is it CALLED an axis?": what a sentence that gives the name asked for says (undefined when none is). */
  naming: RegExp | undefined;
  maxScore: number;
}

function questionFacts(
  analyzed: AnalyzedQuestion,
  candidates: readonly Candidate[],
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
): QuestionFacts {
  const asked = new Set<string>();
  for (const { concept } of concepts) {
    asked.add(concept.stem);
    asked.add(foldCase(concept.word));
  }
  let total = 0;
  let rankTotal = 0;
  for (const c of concepts) {
    total += c.weight;
    if (c.inContent || c.concept.related) rankTotal += c.weight;
  }
  const missingHead = missingHeadOf(concepts, options);
  const measureAnywhere =
    analyzed.answerType === 'measure' &&
    candidates.some((c) => infoOf(c.passage).sentences.some((s) => s.measures.size > 0));
  return {
    asked,
    weights: concepts.map((c) => c.weight),
    total,
    rankTotal: rankTotal || 1,
    allKnown: concepts.every((c) => c.inContent || c.concept.asker),
    missingHead,
    measureAnywhere,
    // "Is OSTEOCALCIN higher or lower in depression?": a choice of what its subject is, as a claim, is about it.
    claimSubject:
      analyzed.polar === true && (analyzed.claim === true || (analyzed.describes && analyzed.choiceAt))
        ? claimSubject(concepts, analyzed)
        : (describedThing(analyzed, concepts) ?? thingAsked(analyzed, concepts)),
    subjectWords: analyzed.subject.map((stem) => subjectWord(stem, concepts)),
    needsATime: analyzed.amount === 'when' || asksTheYear(concepts) || asksWhenMade(analyzed, concepts),
    naming: namingOf(analyzed, concepts),
    maxScore: Math.max(...candidates.map((c) => c.score)),
  };
}

/**
 * "Why is it CALLED AN AXIS?", "why do they call it the bone-brain axis": the question names the name and asks why it
 * is given; what gives it names it too. ("What is X called?" asks for a name the content gives in other words, and
 * "what was media day called for Super Bowl 50?" names no name.)
 */
function namingOf(analyzed: AnalyzedQuestion, concepts: readonly WeightedConcept[]): RegExp | undefined {
  const call = concepts.find((c) => c.concept.asking && /^call(?:s|ed)?$/i.test(c.concept.word));
  if (!call || analyzed.kind !== 'why') return undefined;
  const words = concepts
    .filter((c) => c.inContent && !c.concept.asking && c.concept.position > call.concept.position)
    .map((c) => subjectWord(c.concept.stem, concepts));
  return words.length > 0 ? nameGiving(words) : undefined;
}

/**
 * The kind of thing "what"/"which" asks for, when the content never names it: the noun after it, or the last noun of
 * the compound it opens ("what are the risk FACTORS", "which drug COMPANY"), as "risk" alone is not what is asked.
 * Only a noun names a kind of thing, however common ("what FOOD is good for bones?"): in "what HAPPENS to ..." the
 * wh-word is the subject ("which GROUP", "what TOOLS" only frame the question: asking words). A word WordNet merely
 * relates to it does not name that kind: "what DOSE" is not met by "drugs". (Looked up only when a word of it is
 * missing, so a cold start does not read the related-words table for every "which" question.)
 */
function missingHeadOf(concepts: readonly WeightedConcept[], options: RankingOptions): WeightedConcept | undefined {
  const heads = concepts.filter((c) => c.concept.head).sort((a, b) => a.concept.position - b.concept.position);
  const lacking = (c: WeightedConcept) =>
    !c.inContent && (c.concept.salience ?? 1) >= options.subjectSalience && !mostlyNotNoun(foldCase(c.concept.word));
  const [first, ...rest] = heads;
  if (!first || lacking(first)) return first;
  if (rest.every((c) => c.inContent)) return undefined;
  let last = first;
  for (const c of rest) {
    const adjacent = c.concept.position === last.concept.position + last.concept.word.split(' ').length;
    if (!adjacent || !mostlyNoun(foldCase(c.concept.word))) break;
    last = c;
  }
  return last !== first && lacking(last) ? last : undefined;
}

/**
 * A word of the subject of "what is X?" as the content spells it: its stem, or, when it is misspelt, the content's
 * word the typo stands for ("what is osteoporsis?" is defined by "osteoporosis—a disorder marked by ...").
 */
function subjectWord(stem: string, concepts: readonly WeightedConcept[]): string {
  const concept = concepts.find((c) => c.concept.stem === stem);
  const typo = concept && [...concept.terms.keys()].find((term) => !concept.concept.alternatives.has(term));
  return (typo ?? stem).replace(/[^\p{L}\p{N}]/gu, '');
}

/** How well one passage meets the question, sentence by sentence. */
interface PassageMatch {
  sentences: readonly Sentence[];
  /** Per sentence: the weight of the question it meets, how many of its words, and how well each (0..1). */
  sums: number[];
  counts: number[];
  met: number[][];
  /** The weight of the question the passage meets (its text; its title and tags count less). */
  paragraphSum: number;
  /** Whether it meets a question word itself, not only a related one. */
  direct: boolean;
  /** Per sentence: whether it holds the kind of answer asked for. */
  typed: boolean[];
}

function matchPassage(
  candidate: Candidate,
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  facts: QuestionFacts,
  options: RankingOptions,
): PassageMatch {
  const { sentences } = infoOf(candidate.passage);
  const matched = new Set(candidate.matchedTerms);
  const type = analyzed.answerType;
  // "How many TREATMENTS do they suggest?": a list counts them when its sentence names the kind counted.
  const kind = analyzed.countedKind;
  // (The word itself or a synonym the content has, not a typo match: "neuro docs" is no "neurodegenerative".)
  const listed =
    kind === undefined
      ? undefined
      : concepts.find((c) => c.inContent && c.best >= 1 && c.concept.word.split(' ')[0] === kind);
  const typed = sentences.map((s) =>
    type === 'expansion'
      ? spellsOut(candidate.passage.text.slice(...s.span), analyzed.acronym ?? '')
      : type !== null &&
        hasAnswerType(s, type, facts.asked, listed !== undefined && met(listed, (t) => s.terms.has(t)) > 0),
  );
  const anyTyped = typed.includes(true);
  const sums = new Array<number>(sentences.length).fill(0);
  const counts = new Array<number>(sentences.length).fill(0);
  const metBySentence = sentences.map(() => new Array<number>(concepts.length).fill(0));
  let paragraphSum = 0;
  let direct = false;
  concepts.forEach((c, k) => {
    // "What are the 2 hormones?": a count the question gives is met by a count, not by "a two-way street".
    const counted = isCount(c.concept);
    // The noun that names the kind of answer ("which country") is met by such an answer ("China"), as the words
    // that ask for letters' meaning ("acronym", "stand for") are by the words they stand for.
    const answers = c.concept.frame === true || (type === 'expansion' && c.concept.asking === true);
    let inText = 0;
    sentences.forEach((s, i) => {
      const found = answers && typed[i] ? 1 : met(c, (t) => s.terms.has(t) && (!counted || s.quantities.has(t)));
      if (found > 0) direct = true;
      const value = Math.abs(found);
      if (value > 0) {
        sums[i] = (sums[i] ?? 0) + c.weight * value;
        counts[i] = (counts[i] ?? 0) + 1;
        (metBySentence[i] as number[])[k] = value;
      }
      if (value > inText) inText = value;
    });
    const inContext = counted ? 0 : Math.abs(met(c, (t) => matched.has(t))) * options.contextCredit;
    paragraphSum += c.weight * Math.max(inText, inContext, answers && anyTyped ? 1 : 0);
  });
  return { sentences, sums, counts, met: metBySentence, paragraphSum, direct, typed };
}

/** "What are the 3 treatments?": how many things the question knows of (query.ts reads it as an asking word). */
function isCount(concept: Concept): boolean {
  return concept.asking === true && /^\d+$/.test(concept.stem);
}

/** The candidate's score before the lead bonus (docs/ranking.md explains each part). */
function scoreOf(
  candidate: Candidate,
  match: PassageMatch,
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  facts: QuestionFacts,
  options: RankingOptions,
): number {
  const { mix, sentenceLength } = options;
  let best = 0;
  let density = 0;
  match.sentences.forEach((s, i) => {
    const sum = match.sums[i] ?? 0;
    if (sum > (match.sums[best] ?? 0)) best = i;
    const norm = 1 - sentenceLength.b + (sentenceLength.b * s.length) / sentenceLength.average;
    density = Math.max(density, sum / facts.rankTotal / norm);
  });
  const person = analyzed.answerType === 'person';
  const defines =
    (analyzed.kind === 'definition' && match.sentences.some((s) => definesSubject(s, facts.subjectWords, person))) ||
    (facts.naming !== undefined && match.sentences.some((s) => facts.naming?.test(s.folded)));
  return (
    mix.bm25 * Math.log(candidate.score / facts.maxScore) +
    mix.sentence * ((match.sums[best] ?? 0) / facts.rankTotal) +
    mix.density * density +
    mix.paragraph * (match.paragraphSum / facts.rankTotal) +
    mix.proximity * (mix.proximity > 0 ? proximity(concepts, infoOf(candidate.passage)) : 0) +
    (match.typed[best] ? mix.answerType : 0) +
    (defines ? mix.definition : 0)
  );
}

/**
 * Whether a sentence says how often of what is asked: it has a word of frequency and meets a word of the question
 * that is not one ("how often should I exercise" is not answered by "often co-existing").
 */
function saysHowOften(match: PassageMatch, concepts: readonly WeightedConcept[]): boolean {
  return match.sentences.some(
    (_, i) =>
      match.typed[i] &&
      concepts.some((c, k) => ((match.met[i] as number[])[k] ?? 0) > 0 && !FREQUENCY.test(foldCase(c.concept.word))),
  );
}

/** "What YEAR was the review published?": a question framed by a year or a date, which only a time answers. */
function asksTheYear(concepts: readonly WeightedConcept[]): boolean {
  return concepts.some((c) => c.concept.frame && /^(?:year|date|decade)$/i.test(c.concept.word));
}

/**
 * "When was the review PUBLISHED?", "when did they write it?": the date a thing was made or put out, which only a time
 * answers (the passage that says where it was published gives none).
 */
function asksWhenMade(analyzed: AnalyzedQuestion, concepts: readonly WeightedConcept[]): boolean {
  return analyzed.answerType === 'time' && concepts.some((c) => DATED_EVENT.test(c.concept.word));
}
const DATED_EVENT =
  /^(?:publish|published|publishes|released?|written|wrote|founded|established|launched|issued|printed|posted)$/i;

/** "When will the trials start?": whether a sentence that meets the question gives a time. */
function saysWhen(match: PassageMatch, toCome: boolean): boolean {
  // A time to come ("when WILL a bone-brain DRUG be APPROVED?") is given by the sentence that meets the question best,
  // not by a date of another ("a 2025 review highlighted ... the bone-brain axis", after the drugs sentence).
  const best = toCome ? Math.max(0, ...match.sums) : 0;
  return match.sentences.some((_, i) => match.typed[i] && (match.sums[i] ?? 0) > 0 && (match.sums[i] ?? 0) >= best);
}

/**
 * Verbs that report what someone holds: "do the authors THINK doctors should use this" claims nothing of them, nor
 * "does the article SUPPORT exercise?" of support.
 */
const REPORTING =
  /^(?:think|thinks|believe|believes|say|says|said|claim|claims|suggest|suggests|agree|agrees|admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded|mention|mentions|mentioned|argue|argues|argued|support|supports|recommend|recommends|endorse|endorses|confirm|confirms)$/i;

/**
 * "Does osteocalcin cause osteoporosis?": a passage that never names what the claim is about (its first word the
 * content has: osteocalcin) makes no claim about it, however well it meets the rest ("depression ... leading to bone
 * loss ... osteoporosis"). Not for "one" or "both" ("does one make the other worse"), nor when the claim is what
 * someone thinks ("do scientists still think the brain can't change"): undefined then.
 */
function claimSubject(concepts: readonly WeightedConcept[], analyzed: AnalyzedQuestion): number | undefined {
  const compared = comparedThing(concepts, analyzed);
  if (compared !== undefined) return compared;
  // After a story, of the question's words: "My GP says ... Does that put me at risk of low mood?" claims nothing
  // of the GP.
  const from = analyzed.storyAsked ? 0 : (analyzed.askedFrom ?? 0);
  // "Does this AFFECT older people more?": "this" is the subject, and the verb after it none.
  const subject = concepts.findIndex(
    (c) =>
      !c.concept.asking &&
      !c.concept.frame &&
      c.inContent &&
      c.concept.position >= from &&
      c.concept.position !== analyzed.pronounClaimVerbAt,
  );
  // "Could THE TWO be linked?" is "both".
  if (subject < 0 || /^(?:one|two|other|both|either|each)$/i.test(concepts[subject]?.concept.word ?? ''))
    return undefined;
  if (concepts.some((c) => REPORTING.test(c.concept.word))) return undefined;
  // "Could this lead to NEW drugs?": an adjective names no subject; the noun it qualifies does.
  const found = concepts[subject] as WeightedConcept;
  const next = concepts.findIndex((c) => c.concept.position === found.concept.position + 1);
  // An adjective that is no verb: "NEW drugs", not "LOWER cortisol".
  return next >= 0 && onlyAs(foldCase(found.concept.word), 'a') ? next : subject;
}

const COMPARATIVE = /^(?:higher|lower|greater|fewer|bigger|smaller|increased|decreased|elevated|reduced|raised)$/i;

/**
 * "Do depressed patients have higher or lower OSTEOCALCIN?", "more or less osteocalcin": a choice between two
 * comparatives is about the thing right after it, which a passage must name to make the choice ("higher rates of
 * depression" makes none). The index of that concept, when the content has it.
 */
function comparedThing(concepts: readonly WeightedConcept[], analyzed: AnalyzedQuestion): number | undefined {
  const sides = analyzed.choiceAt;
  if (!sides) return undefined;
  const side = (at: number) => concepts.find((c) => c.concept.position === at);
  // "More" and "less" are stop words: no concept stands there.
  const comparing = sides.every((at) => {
    const c = side(at);
    return c === undefined || COMPARATIVE.test(c.concept.word);
  });
  const after = concepts.findIndex((c) => c.concept.position === Math.max(...sides) + 1);
  const thing = concepts[after];
  return comparing && thing?.inContent && !thing.concept.asking ? after : undefined;
}

/**
 * "Is OSTEOPOROSIS genetic?", "is osteoporosis hereditary?": a thing and what is said of it right after, all the
 * question asks; a passage that never names the thing says nothing of it, however well it meets the rest ("genetic
 * studies ... susceptible to depression"; the title's "osteoporosis" is no word of the passage). The index of that
 * thing, when the content has it.
 */
function describedThing(analyzed: AnalyzedQuestion, concepts: readonly WeightedConcept[]): number | undefined {
  if (!analyzed.describes) return undefined;
  const asked = concepts.filter((c) => !c.concept.asking);
  const [thing, quality] = asked;
  const described = asked.length === 2 && thing?.inContent && quality?.concept.position === thing.concept.position + 1;
  return described ? concepts.indexOf(thing) : undefined;
}

/**
 * "Is there a DRUG for osteopontin?": a passage that never names the thing asked for says nothing of whether there is
 * one, however much it says of the rest (the index of that concept, when the content has it).
 */
function thingAsked(analyzed: AnalyzedQuestion, concepts: readonly WeightedConcept[]): number | undefined {
  // Not a word that asks where the text says something ("is there a PART about genes?"), though the content has it.
  const thing = concepts.findIndex((c) => c.concept.position === analyzed.existsAt && c.inContent && !c.concept.asking);
  return thing < 0 ? undefined : thing;
}

/**
 * How much of the question the passage covers, and whether that is enough to quote it: most of its weight; or a
 * good part of it, with two or three of its ideas in one sentence, or with every word of the question in the
 * content (then it is likely asked in other words). A "how many" question that the passage holds no number for is
 * hardly answered by it, however few its words ("how much exercise?"). Words related to the question's count, but
 * never make it covered on their own.
 */
function coverageOf(
  match: PassageMatch,
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  facts: QuestionFacts,
  options: RankingOptions,
): { coverage: number; covers: boolean } {
  const type = analyzed.answerType;
  const untyped =
    (type === 'count' && !match.typed.includes(true)) ||
    (type === 'measure' && !facts.measureAnywhere) ||
    (type === 'frequency' && !saysHowOften(match, concepts)) ||
    (type === 'time' && facts.needsATime && !saysWhen(match, analyzed.amount === 'when'));
  const coverage = (facts.total > 0 ? match.paragraphSum / facts.total : 0) * (untyped ? options.untypedCoverage : 1);
  const together = untyped ? 0 : Math.max(0, ...match.counts);
  // "Which antidepressant ...?" when the content never says "antidepressant": only a passage that names something
  // (a name or a number the question does not give) in a sentence that meets the question can hold the instance
  // asked for, as "San Jose Marriott" answers "what hotel"; the year of another sentence does not. A head that
  // says the kind of answer ("before what ERA?") is met by that kind too ("prior to the early 1960s").
  const headUnmet =
    facts.missingHead !== undefined &&
    !match.sentences.some(
      (s, i) => (match.sums[i] ?? 0) > 0 && (namesSomething(s, facts.asked) || match.typed[i] === true),
    );
  const subject = facts.claimSubject;
  const subjectUnmet = subject !== undefined && !match.met.some((met) => (met[subject] ?? 0) !== 0);
  const covers =
    !subjectUnmet &&
    !headUnmet &&
    match.direct &&
    (coverage >= options.singleCoverage ||
      (together >= 2 && coverage >= options.togetherCoverage) ||
      ((together >= 3 || (!untyped && (facts.allKnown || concepts.length === 1))) && coverage >= options.minCoverage));
  return { coverage, covers };
}

/** Scores the candidates again, best first (see the top of this file); every candidate is kept. */
export function rerank(
  analyzed: AnalyzedQuestion,
  candidates: readonly Candidate[],
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
): Ranked[] {
  if (candidates.length === 0) return [];
  const facts = questionFacts(analyzed, candidates, concepts, options);
  const flow = flowOf(concepts, analyzed);
  /** Each candidate's share of the question's weight the content has (the `paragraph` part of its score). */
  const shares: number[] = [];
  const ranked = candidates.map((candidate): Ranked => {
    const match = matchPassage(candidate, analyzed, concepts, facts, options);
    shares.push(match.paragraphSum / facts.rankTotal);
    // Bold the sentence that carries the question, and the one that goes with it (see highlightedSentences).
    const highlights = highlightedSentences(
      match.sums.map((sum, i) => ({ sum, met: match.met[i] as number[] })),
      facts.weights,
      options.highlight,
    ).map((i) => (match.sentences[i] as Sentence).span);
    return {
      passage: candidate.passage,
      score:
        scoreOf(candidate, match, analyzed, concepts, facts, options) +
        (flow ? options.mix.direction * flowInPassage(flow, candidate.passage) : 0),
      highlights,
      typed: match.typed.includes(true),
      ...coverageOf(match, analyzed, concepts, facts, options),
    };
  });

  // The lead paragraph sums its article up: it wins a close call, but only against passages that meet no more of the
  // question than it does ("my nan is down and her bones are brittle, is that CONNECTED?" wants the passage that
  // says how they are connected, not the lead that names them both).
  const mostShared = Math.max(...shares);
  ranked.forEach((r, i) => {
    if (r.passage.paragraph === 1 && (shares[i] ?? 0) >= mostShared) r.score += options.mix.lead;
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * The word a question turns on, when the content never mentions it: then the content can answer neither yes nor no,
 * however well the question's other words match ("does osteocalcin cure DIABETES?"), and the reply names it. Each
 * rule is general English, true of any article (docs/ranking.md lists them with examples).
 */

import { lastWord } from '../question/concept-words.js';
import type { AnalyzedQuestion } from '../question/query.js';
import { placesInGeneral } from '../question/word-roles.js';
import { commonestPart, mayBeNoun, mostlyNotNoun, relationsOf } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import type { WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/** The concept of the question word at a position, if that word is one. */
type ConceptAt = (position: number | undefined) => WeightedConcept | undefined;

/** Looks up, among these concepts, the one of the question word at a position. */
function conceptAtOf(concepts: readonly WeightedConcept[]): ConceptAt {
  return (position) => (position === undefined ? undefined : concepts.find((c) => c.concept.position === position));
}

/** The missing word (or phrase: "hair loss", "men or women") the question turns on; undefined when there is none. */
export function missingFocus(
  analyzed: AnalyzedQuestion,
  all: readonly WeightedConcept[],
  options: RankingOptions,
): string | undefined {
  // After a story, the question is what it turns on: "my dad is 80 ... is there a connection?" is not about "80".
  const from = analyzed.askedFrom;
  const concepts = from === undefined ? all : all.filter((c) => c.concept.position >= from);
  const at = conceptAtOf(concepts);
  // "Are they neurologists or psychiatrists?": the content that says one side answers the choice; the other side
  // is no missing focus.
  const choice = analyzed.choiceAt?.map(at);
  const chosen = choice?.some((c) => c?.inContent) ? concepts.filter((c) => !choice.includes(c)) : concepts;
  const atChosen = conceptAtOf(chosen);
  return (
    missingRanking(concepts, at) ??
    missingCounted(analyzed, concepts, at, options) ??
    missingKeyword(analyzed, concepts, at, options) ??
    missingChoice(analyzed, at) ??
    missingBetween(analyzed, at, options) ??
    missingSetting(analyzed, at) ??
    missingCondition(analyzed, concepts) ??
    (analyzed.polar
      ? missingInYesNo(analyzed, chosen, atChosen, options)
      : missingInWh(analyzed, chosen, atChosen, options))
  );
}

/** Words that ask the content to rank what it names, which it can do only if it says so itself. */
const RANKING_WORDS = new Set('best worst safest healthiest optimal ideal'.split(' '));

/** "What is the BEST treatment for depression?": a ranking the content never makes. */
function missingRanking(concepts: readonly WeightedConcept[], at: ConceptAt): string | undefined {
  const ranking = concepts.find((c) => RANKING_WORDS.has(foldCase(c.concept.word)) && !c.inContent);
  return ranking && withNext(ranking, at);
}

/**
 * "How many HOURS of sleep help bones?", "how much CALCIUM ...": what is counted, right after "how many/much", when
 * the content never names it, cannot be counted from it.
 */
function missingCounted(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  if (analyzed.amount !== 'how many' && analyzed.amount !== 'how much') return undefined;
  const counted = firstConcept(concepts.filter((c) => !c.concept.asking));
  return counted && !counted.concept.related && missingNoun(counted, options) ? withNext(counted, at) : undefined;
}

/** Nouns that ask for something of the others in keywords: "journal NAME", "treatment EXAMPLES". */
const ASKING_KEYWORDS = new Set('name names example examples list summary info details type types kind'.split(' '));

/**
 * "cortisol SLEEP", "hormone REPLACEMENT therapy": a question in keywords, as typed in a search box (two to four
 * words, no question word or verb, next to each other), asks about each one; a noun the content never mentions
 * (nor anything related) is what it lacks.
 */
function missingKeyword(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  if (
    !analyzed.keywords ||
    analyzed.polar ||
    analyzed.verbAt !== undefined ||
    analyzed.betweenAt ||
    analyzed.choiceAt
  ) {
    return undefined;
  }
  if (concepts.length < 2 || concepts.length > 4 || concepts.some((c) => c.concept.asking)) return undefined;
  const positions = concepts.map((c) => c.concept.position);
  const first = Math.min(...positions);
  // Keywords from the start (past an "ok so"), with at most one "and" or "of" between them.
  if (first > 2 || Math.max(...positions) - first + 1 > concepts.length + 1) return undefined;
  const missing = concepts.filter((c) => {
    const word = foldCase(c.concept.word);
    return (
      !c.inContent &&
      !c.concept.related &&
      (c.concept.salience ?? 1) >= options.keywordSalience &&
      mayBeNoun(lastWord(word)) &&
      !ASKING_KEYWORDS.has(word) &&
      !/\d/.test(word)
    );
  });
  const last = lastConcept(missing);
  return last && withNext(last, at);
}

/** "Are MEN or WOMEN more likely to get osteoporosis?": the content can pick neither when it names neither. */
function missingChoice(analyzed: AnalyzedQuestion, at: ConceptAt): string | undefined {
  const choice = analyzed.choiceAt?.map(at);
  const neither = choice?.every(
    (c) => c && !c.inContent && !c.concept.asking && !mostlyNotNoun(foldCase(c.concept.word)),
  );
  return neither ? choice?.map((c) => c?.concept.word).join(' or ') : undefined;
}

/** "What is the link between osteoporosis and DEMENTIA?": a link with something the content never names. */
function missingBetween(analyzed: AnalyzedQuestion, at: ConceptAt, options: RankingOptions): string | undefined {
  const missing = analyzed.betweenAt?.map(at).find((c) => c && !c.concept.related && missingNoun(c, options));
  return missing?.concept.word;
}

/**
 * "Is cortisol released AT NIGHT?", "how do you treat it AT HOME?", "what did they find IN MICE?": a time or place
 * the content never names.
 */
function missingSetting(analyzed: AnalyzedQuestion, at: ConceptAt): string | undefined {
  const setting = at(analyzed.settingAt);
  if (!setting) return undefined;
  const missing = !setting.inContent && !setting.concept.related;
  return missing ? setting.concept.word : undefined;
}

/**
 * "Do bones get weaker WHEN YOU SLEEP BADLY?": a yes/no question whose closing condition names nothing the content
 * has asks about a case the content never speaks of, however common its words.
 */
function missingCondition(analyzed: AnalyzedQuestion, concepts: readonly WeightedConcept[]): string | undefined {
  const from = analyzed.conditionAt;
  if (from === undefined) return undefined;
  const clause = concepts.filter((c) => c.concept.position >= from && !c.concept.asking);
  if (clause.length === 0 || clause.some((c) => c.inContent)) return undefined;
  return clause.map((c) => c.concept.word).join(' ');
}

/**
 * A wh-question: for "what is X Y?", a noun the content lacks qualifying the Y it has ("what is the SURVIVAL
 * rate?", as "hair loss" is not bone loss; only a word WordNet knows as a noun); for "how/why does X ...?", its
 * subject X; for "how do you X?", the way asked about, X.
 */
function missingInWh(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  if (analyzed.kind === 'definition') {
    const first = concepts.find((c) => analyzed.subject.includes(c.concept.stem));
    const qualifies =
      first &&
      at(first.concept.position + 1)?.inContent &&
      missingNoun(first, options) &&
      commonestPart(first.concept.word) === 'n';
    return qualifies ? withNext(first, at) : undefined;
  }
  const quality = missingHowQuality(analyzed, concepts, options);
  if (quality) return quality;
  const subject = at(analyzed.subjectAt);
  if (subject && missingNoun(subject, options)) return subject.concept.word;
  // "How does osteocalcin affect blood SUGAR?": what it is asked to act on, its last word.
  const final = subject && lastConcept(concepts);
  if (
    final &&
    final !== subject &&
    !final.concept.related &&
    missingNoun(final, options) &&
    !placesInGeneral(foldCase(final.concept.word))
  ) {
    const before = at(final.concept.position - 1);
    return before?.inContent ? `${before.concept.word} ${final.concept.word}` : final.concept.word;
  }
  return missingVerb(at(analyzed.verbAt), options);
}

/**
 * A yes/no question: its focus, its last specific word (salience at least `namedSalience`, no number: "does
 * osteocalcin cure DIABETES?"); its verb in the passive ("can it be REVERSED?"); its last word when a noun ("...
 * affect the HEART?") or the object of its verb ("does cortisol affect SLEEP?"); a noun qualifying the focus ("HAIR
 * loss"); or its subject, when it opens with a noun ("does COFFEE cause osteoporosis?"; not "can being stressed all
 * the TIME thin bones?"). Words after a tag alternative ("..., or is that a myth?") doubt the question rather than
 * say what it asks.
 */
function missingInYesNo(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  const asked = concepts.filter((c) => analyzed.tagAt === undefined || c.concept.position < analyzed.tagAt);
  const final = lastConcept(asked);
  const focus = lastConcept(
    asked.filter(
      (c) => !c.concept.asking && (c.concept.salience ?? 1) >= options.namedSalience && !/\d/.test(c.concept.word),
    ),
  );
  if (focus !== undefined && !focus.inContent) return focus.concept.word;
  const verb = missingVerb(at(analyzed.verbAt), options) ?? missingClaim(asked, options);
  if (verb) return verb;
  // The last word, a noun however common in English ("is depression more common in WOMEN?").
  if (final && final !== focus && !final.concept.related && missingNoun(final, options)) return final.concept.word;
  if (final && analyzed.claim && missingObject(final, asked)) return final.concept.word;
  // "Can cortisol cause HAIR to go grey?": the noun the claimed verb acts on, wherever it stands.
  const object = analyzed.claim ? asked.find((c) => c !== final && missingInnerObject(c, asked, options)) : undefined;
  if (object) return withNext(object, at);
  // Not of a choice ("was it compatible or incompatible?"): the content may say either word.
  const quality =
    analyzed.describes && !analyzed.choiceAt
      ? missingQuality(asked, analyzed.tagAt === undefined, analyzed.judgedAt, options)
      : undefined;
  if (quality) return quality.concept.word;
  const modifier = focus && at(focus.concept.position - 1);
  if (focus && modifier && missingNoun(modifier, options)) return `${modifier.concept.word} ${focus.concept.word}`;
  const opening = concepts.find((c) => !c.concept.asking && !c.concept.frame);
  // "Can bad POSTURE cause depression?": the noun an adjective opens the subject with.
  const next = opening && commonestPart(foldCase(opening.concept.word)) === 'a' && at(opening.concept.position + 1);
  const subject = next && !next.concept.asking ? next : opening;
  if (subject && missingNoun(subject, options)) return withAdjective(subject, at);
  // "Does TAKING antidepressants help?": a gerund opens the subject with the thing it acts on.
  const acted = opening && GERUND.test(opening.concept.word) ? at(opening.concept.position + 1) : undefined;
  return acted && !acted.concept.asking && missingNoun(acted, options) ? acted.concept.word : undefined;
}

/** A missing noun with the adjective right before it: "bad posture". */
function withAdjective(missing: WeightedConcept, at: ConceptAt): string {
  const before = at(missing.concept.position - 1);
  return before && commonestPart(foldCase(before.concept.word)) === 'a'
    ? `${before.concept.word} ${missing.concept.word}`
    : missing.concept.word;
}

/**
 * "Can exercise CURE osteoporosis?", "does the brain SHRINK with osteoporosis?": a yes/no question claims what its
 * verb says, and when the content never says it (nor anything related), a passage about the rest reads like a yes.
 * Only a verb specific enough (`claimSalience`): "protect", "start" or "build" are too common to decide on.
 */
function missingClaim(asked: readonly WeightedConcept[], options: RankingOptions): string | undefined {
  const claim = asked.find(
    (c) =>
      !c.inContent &&
      !c.concept.related &&
      !c.concept.asking &&
      (c.concept.salience ?? 1) >= options.claimSalience &&
      commonestPart(foldCase(c.concept.word)) === 'v',
  );
  return claim?.concept.word;
}

/**
 * "Does cortisol affect SLEEP?": the last word, right after the verb the question claims, is what the claim is
 * about; a noun there even when English uses it mostly as a verb, and however common ("sleep" is too common to
 * count as a subject, yet the claim turns on it). Adjectives ("make bones WEAK") are left to the other rules.
 */
function missingObject(final: WeightedConcept, asked: readonly WeightedConcept[]): boolean {
  if (!contentVerbBefore(final, asked)) return false;
  const part = commonestPart(foldCase(final.concept.word));
  return part === 'n' || part === 'v';
}

/** Inside the question, right after that verb: only a noun specific enough ("cause HAIR to go grey"). */
function missingInnerObject(c: WeightedConcept, asked: readonly WeightedConcept[], options: RankingOptions): boolean {
  const verb = contentVerbBefore(c, asked);
  return (
    verb?.concept.position === c.concept.position - 1 &&
    commonestPart(foldCase(c.concept.word)) === 'n' &&
    missingNoun(c, options)
  );
}

/** The content's verb before a word the content lacks (nor anything related to it), when one comes before it. */
function contentVerbBefore(c: WeightedConcept, asked: readonly WeightedConcept[]): WeightedConcept | undefined {
  if (c.inContent || c.concept.related || c.concept.asking) return undefined;
  const verb = lastConcept(asked.filter((a) => a.concept.position < c.concept.position));
  return verb?.inContent && commonestPart(foldCase(verb.concept.word)) === 'v' ? verb : undefined;
}

/**
 * "Are the drugs SAFE?", "is it CONTAGIOUS?": a yes/no question about what its subject is turns on its adjective;
 * when the content never says it (nor anything WordNet relates to it: "hereditary" is met by "genetic"), a passage
 * about the subject reads like a yes. The last adjective after the subject, when specific enough (`claimSalience`, or
 * `finalQualitySalience` as the question's last word): "good", "bad" or "strong" are the asker's way to ask what
 * the content says of the subject; "safe" closing the question is what it asks.
 */
function missingQuality(
  asked: readonly WeightedConcept[],
  closes: boolean,
  judgedAt: number | undefined,
  options: RankingOptions,
): WeightedConcept | undefined {
  const subject = asked.find((c) => !c.concept.asking);
  const judged = asked.find((c) => c.concept.position === judgedAt && !c.concept.asking);
  const quality =
    judged ??
    lastConcept(
      asked.filter((c) => c !== subject && commonestPart(foldCase(c.concept.word)) === 'a' && !c.concept.asking),
    );
  if (!quality || quality.inContent || quality.concept.related) return undefined;
  // A comparative ("are bones STRONGER with exercise?") asks about a change the content may say in other words.
  const word = foldCase(quality.concept.word);
  if (relationsOf(word)?.lemma !== undefined) return undefined;
  // The word the question closes on ("is neuromodulation SAFE?", not "are bones ALIVE or just dead scaffolding?")
  // or judges doing something with ("is it SAFE to exercise ...?") is what it asks, even when common in English;
  // not a word of degree ("is the connection STRONG?") nor one of whether it can be ("is it POSSIBLE to ...?").
  const final =
    (closes && lastConcept(asked) === quality) ||
    (judgedAt === quality.concept.position && !MODAL_ADJECTIVES.has(word));
  if (final && DEGREE_ADJECTIVES.has(word)) return undefined;
  return (quality.concept.salience ?? 1) >= (final ? options.finalQualitySalience : options.claimSalience)
    ? quality
    : undefined;
}

/**
 * "How EXPENSIVE is neuromodulation?": the quality "how" asks the degree of, when the content never says it (nor
 * anything related) and it is specific enough (`subjectSalience`); not a word of degree ("how strong is the link?"),
 * which the content may answer in other words, nor an amount ("how old", "how long": typed answers).
 */
function missingHowQuality(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
): string | undefined {
  if (analyzed.kind !== 'how' || analyzed.answerType !== null) return undefined;
  const first = firstConcept(concepts);
  if (!first || first.inContent || first.concept.related || first.concept.asking) return undefined;
  const word = foldCase(first.concept.word);
  if (commonestPart(word) !== 'a' || DEGREE_ADJECTIVES.has(word) || MODAL_ADJECTIVES.has(word)) return undefined;
  return (first.concept.salience ?? 1) >= options.subjectSalience ? first.concept.word : undefined;
}

/** Adjectives of degree: "is the link STRONG?", "is the effect SMALL?" ask how much, which the content may say. */
const DEGREE_ADJECTIVES = new Set(
  'strong weak small big large high low major minor clear great huge tiny significant slight'.split(' '),
);

/** Adjectives of whether something can or should be: "is it POSSIBLE to ...", "is it NORMAL to ...". */
const MODAL_ADJECTIVES = new Set(
  'possible impossible likely unlikely normal necessary worth wise ok okay fine'.split(' '),
);

/** The concept of the question's first word among these. */
function firstConcept(concepts: readonly WeightedConcept[]): WeightedConcept | undefined {
  let first: WeightedConcept | undefined;
  for (const c of concepts) if (!first || c.concept.position < first.concept.position) first = c;
  return first;
}

/** The concept of the question's last word among these. */
function lastConcept(concepts: readonly WeightedConcept[]): WeightedConcept | undefined {
  let last: WeightedConcept | undefined;
  for (const c of concepts) if (!last || c.concept.position > last.concept.position) last = c;
  return last;
}

/** A missing word with the word right after it when the content has that one: "survival rate", "best treatment". */
function withNext(missing: WeightedConcept, at: ConceptAt): string {
  const next = at(missing.concept.position + 1);
  return next?.inContent ? `${missing.concept.word} ${next.concept.word}` : missing.concept.word;
}

/** The verb a question turns on, when the content lacks it and it is salient enough (`verbSalience`). */
function missingVerb(verb: WeightedConcept | undefined, options: RankingOptions): string | undefined {
  if (!verb || verb.inContent || verb.concept.asking) return undefined;
  return (verb.concept.salience ?? 1) >= options.verbSalience ? verb.concept.word : undefined;
}

const GERUND = /^[a-z]{3,}ing$/i;

/** A noun of the question, salient enough to be what it asks about, that the content never mentions. */
function missingNoun(c: WeightedConcept, options: RankingOptions): boolean {
  // A gerund is the noun of an activity ("does SMOKING affect bone density?"), weighed at half as the verb it also
  // is: as a noun, it is as salient as twice that ("is WALKING enough exercise?").
  const gerund = GERUND.test(c.concept.word);
  const salience = (c.concept.salience ?? 1) * (gerund && mostlyNotNoun(foldCase(c.concept.word)) ? 2 : 1);
  return (
    !c.inContent &&
    !c.concept.asking &&
    salience >= options.subjectSalience &&
    !/\d/.test(c.concept.word) &&
    (!mostlyNotNoun(foldCase(c.concept.word)) || gerund)
  );
}

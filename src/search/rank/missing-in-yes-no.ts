/** The missing focus of a yes/no question ("does osteocalcin cure diabetes?", "is neuromodulation safe?"). */

import type { AnalyzedQuestion } from '../question/query.js';
import { commonestPart, mostlyNoun, mostlyVerb, relationsOf } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import {
  type ConceptAt,
  DEGREE_ADJECTIVES,
  GERUND,
  isVerbIng,
  lastConcept,
  MODAL_ADJECTIVES,
  missingNoun,
  missingVerb,
  withNext,
} from './focus-words.js';
import type { WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/**
 * A yes/no question: its focus, its last specific word (salience at least `namedSalience`, no number: "does
 * osteocalcin cure DIABETES?"); its verb in the passive ("can it be REVERSED?"); its last word when a noun ("...
 * affect the HEART?") or the object of its verb ("does cortisol affect SLEEP?"); a noun qualifying the focus ("HAIR
 * loss"); or its subject, when it opens with a noun ("does COFFEE cause osteoporosis?"; not "can being stressed all
 * the TIME thin bones?"). Words after a tag alternative ("..., or is that a myth?") doubt the question rather than
 * say what it asks.
 */
export function missingInYesNo(
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
  const verb =
    missingVerb(at(analyzed.verbAt), options) ??
    missingVerb(at(analyzed.claimVerbAt), options) ??
    missingClaim(asked, options);
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
  // A verb's "-ing" before the focus acts on it ("play a part in LOSING bone") rather than says which one.
  const modifier = focus && at(focus.concept.position - 1);
  if (
    focus &&
    modifier &&
    (missingNoun(modifier, options) || missingKindOf(modifier, options)) &&
    !isVerbIng(modifier)
  ) {
    return `${modifier.concept.word} ${focus.concept.word}`;
  }
  const passive = passiveSubject(final, at, options);
  if (passive) return passive;
  const opening = concepts.find((c) => !c.concept.asking && !c.concept.frame);
  // "Can bad POSTURE cause depression?": the noun an adjective opens the subject with.
  const next = opening && commonestPart(foldCase(opening.concept.word)) === 'a' && at(opening.concept.position + 1);
  const subject = next && !next.concept.asking ? next : opening;
  if (subject && missingNoun(subject, options)) return withAdjective(subject, at);
  // "Does TAKING antidepressants help?": a gerund opens the subject with the thing it acts on.
  const acted = opening && GERUND.test(opening.concept.word) ? at(opening.concept.position + 1) : undefined;
  if (acted && !acted.concept.asking && missingNoun(acted, options)) return acted.concept.word;
  const head = analyzed.claim && opening ? subjectHead(asked, opening) : undefined;
  if (head && head !== subject && missingNoun(head, options)) return missingTail(head, at);
  // "Does hormone REPLACEMENT therapy help bones?": a noun inside the subject, between words the content has, says
  // which kind of thing is claimed of; the content that never says it claims nothing of that kind.
  if (!head || !opening) return undefined;
  const kind = subjectNouns(asked, opening, head).find(
    (c) => missingNoun(c, options) && mostlyNoun(foldCase(c.concept.word)),
  );
  return kind ? `${kind.concept.word} ${head.concept.word}` : undefined;
}

/** The concepts strictly between the opening word of a claim's subject and its head. */
function subjectNouns(
  asked: readonly WeightedConcept[],
  opening: WeightedConcept,
  head: WeightedConcept,
): WeightedConcept[] {
  return asked.filter(
    (c) => c.concept.position > opening.concept.position && c.concept.position < head.concept.position,
  );
}

/**
 * "Is hormone REPLACEMENT therapy recommended?", "is bone MARROW affected?": closing on a participle, the question
 * claims it of the words right before it, the subject; a noun of it the content lacks says which thing is asked
 * about, however well the rest matches.
 */
function passiveSubject(
  final: WeightedConcept | undefined,
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  if (!final?.inContent || !/[a-z](?:ed|en)$/i.test(final.concept.word) || !mostlyVerb(foldCase(final.concept.word))) {
    return undefined;
  }
  // Past the auxiliary of a claim checked: "is it true that hormone replacement therapy IS recommended?".
  const head = at(final.concept.position - 1) ?? at(final.concept.position - 2);
  if (!head || head.concept.asking) return undefined;
  if (missingNoun(head, options)) return withAdjective(head, at);
  const which = at(head.concept.position - 1);
  return which && !which.concept.asking && !isVerbIng(which) && missingNoun(which, options)
    ? `${which.concept.word} ${head.concept.word}`
    : undefined;
}

/**
 * "Can bone marrow TRANSPLANTS treat depression?": the last word before the claimed verb is what the subject is;
 * the words before it only say which one.
 */
function subjectHead(asked: readonly WeightedConcept[], opening: WeightedConcept): WeightedConcept | undefined {
  const subject = asked
    .filter((c) => c.concept.position >= opening.concept.position)
    .sort((a, b) => a.concept.position - b.concept.position);
  const verb = subject.findIndex((c) => c !== opening && mostlyVerb(foldCase(c.concept.word)));
  return verb > 1 ? subject[verb - 1] : undefined;
}

/** The missing words that end at `last`, as the question says them: "marrow transplants". */
function missingTail(last: WeightedConcept, at: ConceptAt): string {
  const words = [last.concept.word];
  for (let c = at(last.concept.position - 1); c && !c.inContent && !c.concept.related; c = at(c.concept.position - 1)) {
    words.unshift(c.concept.word);
  }
  return words.join(' ');
}

/**
 * "Does the article mention DENTAL health?": an adjective the content never says (nor anything related), as specific
 * as a name once its half weight as an adjective is undone: the content speaks of health, not of that kind of it.
 */
function missingKindOf(c: WeightedConcept, options: RankingOptions): boolean {
  return (
    !c.inContent &&
    !c.concept.related &&
    !c.concept.asking &&
    commonestPart(foldCase(c.concept.word)) === 'a' &&
    (c.concept.salience ?? 1) * 2 >= options.namedSalience
  );
}

/** A missing noun with the adjective right before it: "bad posture". */
function withAdjective(missing: WeightedConcept, at: ConceptAt): string {
  const before = at(missing.concept.position - 1);
  return before && commonestPart(foldCase(before.concept.word)) === 'a'
    ? `${before.concept.word} ${missing.concept.word}`
    : missing.concept.word;
}

/**
 * Verbs that claim only that one thing brings about another, as "leading to", "via" or "through" say it: "does
 * cortisol CONTRIBUTE to bone loss?" is answered by "leading to bone loss via ... cortisol".
 */
const CAUSAL_VERBS = new Set(
  'contribute contributes contributed lead leads trigger triggers drive drives promote promotes induce induces worsen worsens'.split(
    ' ',
  ),
);

/**
 * "Can exercise CURE osteoporosis?", "does the brain SHRINK with osteoporosis?": a yes/no question claims what its
 * verb says, and when the content never says it (nor anything related), a passage about the rest reads like a yes.
 * Only a verb specific enough (`claimSalience`): "protect", "start" or "build" are too common to decide on.
 */
function missingClaim(asked: readonly WeightedConcept[], options: RankingOptions): string | undefined {
  const claim = asked.find(
    (c) =>
      !c.inContent &&
      !CAUSAL_VERBS.has(foldCase(c.concept.word)) &&
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

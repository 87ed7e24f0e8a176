/** The missing focus of a wh-question ("how does alcohol affect bones?", "what is the survival rate?"). */

import type { AnalyzedQuestion } from '../question/query.js';
import { placesInGeneral } from '../question/word-roles.js';
import { commonestPart, onlyAs } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import {
  type ConceptAt,
  DEGREE_ADJECTIVES,
  firstConcept,
  lastConcept,
  MODAL_ADJECTIVES,
  missingNoun,
  missingVerb,
  withNext,
} from './focus-words.js';
import type { WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/**
 * A wh-question: for "what is X Y?", a noun the content lacks qualifying the Y it has ("what is the SURVIVAL
 * rate?", as "hair loss" is not bone loss; only a word WordNet knows as a noun); for "how/why does X ...?", its
 * subject X; for "how do you X?", the way asked about, X.
 */
export function missingInWh(
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
    if (qualifies) return withNext(first, at);
    // "What's the evidence on COFFEE and fracture risk?": a noun opening a later phrase of what is asked about (no
    // word of the question before it: "the bigger PICTURE" is an idiom's), that the content never says.
    const other = concepts.find(
      (c) =>
        c !== first &&
        analyzed.subject.includes(c.concept.stem) &&
        at(c.concept.position - 1) === undefined &&
        !c.concept.related &&
        missingNoun(c, options) &&
        onlyNoun(c.concept.word),
    );
    return other ? withNext(other, at) : missingKind(concepts, at, options);
  }
  const quality = missingHowQuality(analyzed, concepts, options) ?? missingKind(concepts, at, options);
  if (quality) return quality;
  const subject = at(analyzed.subjectAt);
  if (subject && missingNoun(subject, options)) return subject.concept.word;
  // "Which skeletal hormone affects FERTILITY?": what the verb of effect acts on, closing the question.
  const affected = analyzed.effectAt !== undefined ? lastConcept(concepts) : undefined;
  const rightAfterVerb = affected?.concept.position === (analyzed.effectAt ?? Number.NaN) + 1;
  if (affected && rightAfterVerb && !affected.concept.related && missingNoun(affected, options)) {
    return affected.concept.word;
  }
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

const ADJECTIVE_ENDING = /(?:al|ic|ous|ive|ary|ful|less|able|ible)$/i;

/**
 * "What is the treatment for POSTMENOPAUSAL osteoporosis?": the question's last noun, which the content has, narrowed
 * by an adjective it never says (nor anything related), specific enough (`namedSalience`): the content speaks of
 * osteoporosis, not of that kind of it.
 */
function missingKind(concepts: readonly WeightedConcept[], at: ConceptAt, options: RankingOptions): string | undefined {
  const final = lastConcept(concepts);
  const kind = final && at(final.concept.position - 1);
  if (!final?.inContent || !kind || kind.inContent || kind.concept.related || kind.concept.asking) return undefined;
  // An adjective, or a word WordNet lacks that is shaped like one ("postmenopausal").
  const part = commonestPart(foldCase(kind.concept.word));
  if (part !== 'a' && (part !== undefined || !ADJECTIVE_ENDING.test(kind.concept.word))) return undefined;
  return (kind.concept.salience ?? 1) >= options.namedSalience
    ? `${kind.concept.word} ${final.concept.word}`
    : undefined;
}

/**
 * A word English uses as a noun and never as a verb ("coffee"), or an acronym WordNet lacks ("SSRIs"): not "ends",
 * "reputable", nor a rarer word shaped like a verb's form ("debuted").
 */
function onlyNoun(typed: string): boolean {
  return /^[A-Z]{2,}s?$/.test(typed) || onlyAs(foldCase(typed), 'n');
}

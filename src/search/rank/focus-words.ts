/**
 * What the rules of missing-focus.ts share: finding the question's concepts by position, and whether one is a noun
 * or verb the content lacks that is salient enough to be what the question turns on.
 */

import { mostlyNotNoun } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import type { WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/** The concept of the question word at a position, if that word is one. */
export type ConceptAt = (position: number | undefined) => WeightedConcept | undefined;

/** Looks up, among these concepts, the one of the question word at a position. */
export function conceptAtOf(concepts: readonly WeightedConcept[]): ConceptAt {
  return (position) => (position === undefined ? undefined : concepts.find((c) => c.concept.position === position));
}

/** Adjectives of degree: "is the link STRONG?", "is the effect SMALL?" ask how much, which the content may say. */
export const DEGREE_ADJECTIVES = new Set(
  'strong weak small big large high low major minor clear great huge tiny significant slight'.split(' '),
);

/** Adjectives of whether something can or should be: "is it POSSIBLE to ...", "is it NORMAL to ...". */
export const MODAL_ADJECTIVES = new Set(
  'possible impossible likely unlikely normal necessary worth wise ok okay fine'.split(' '),
);

/** The concept of the question's first word among these. */
export function firstConcept(concepts: readonly WeightedConcept[]): WeightedConcept | undefined {
  let first: WeightedConcept | undefined;
  for (const c of concepts) if (!first || c.concept.position < first.concept.position) first = c;
  return first;
}

/** The concept of the question's last word among these. */
export function lastConcept(concepts: readonly WeightedConcept[]): WeightedConcept | undefined {
  let last: WeightedConcept | undefined;
  for (const c of concepts) if (!last || c.concept.position > last.concept.position) last = c;
  return last;
}

/** A missing word with the word right after it when the content has that one: "survival rate", "best treatment". */
export function withNext(missing: WeightedConcept, at: ConceptAt): string {
  const next = at(missing.concept.position + 1);
  return next?.inContent ? `${missing.concept.word} ${next.concept.word}` : missing.concept.word;
}

/** The verb a question turns on, when the content lacks it and it is salient enough (`verbSalience`). */
export function missingVerb(verb: WeightedConcept | undefined, options: RankingOptions): string | undefined {
  if (!verb || verb.inContent || verb.concept.asking) return undefined;
  return (verb.concept.salience ?? 1) >= options.verbSalience ? verb.concept.word : undefined;
}

export const GERUND = /^[a-z]{3,}ing$/i;

/** A verb's "-ing" form ("losing", "taking"), not a noun's ("clothing", "building" is mostly a noun). */
export function isVerbIng(c: WeightedConcept): boolean {
  return GERUND.test(c.concept.word) && mostlyNotNoun(foldCase(c.concept.word));
}

/** A noun of the question, salient enough to be what it asks about, that the content never mentions. */
export function missingNoun(c: WeightedConcept, options: RankingOptions): boolean {
  // A gerund is the noun of an activity ("does SMOKING affect bone density?"), weighed at half as the verb it also
  // is: as a noun, it is as salient as twice that ("is WALKING enough exercise?").
  const gerund = GERUND.test(c.concept.word);
  const salience = (c.concept.salience ?? 1) * (isVerbIng(c) ? 2 : 1);
  return (
    !c.inContent &&
    !c.concept.asking &&
    salience >= options.subjectSalience &&
    !/\d/.test(c.concept.word) &&
    (c.concept.verbAsNoun === true || !mostlyNotNoun(foldCase(c.concept.word)) || gerund)
  );
}

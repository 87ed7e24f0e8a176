/** What one question searches MiniSearch for: each term with its weight, and which terms may match by typo. */
import { type AnalyzedQuestion, type Concept, outsideQuestion } from '../question/query.js';
import { soundAlikes, transpositions } from '../text/edit-distance.js';
import { isKnownForm } from '../text/related-words.js';
import { foldCase, normalizeWord } from '../text/text.js';

/**
 * Whether a question word the content lacks may be a typo of one it has: not when it is itself a common English
 * word ("food" is not a misspelt "mood", nor "hair" of "pair"), as a spelling checker would not correct it.
 */
export function mayBeTypo(concept: Concept, hasTerm: (term: string) => boolean, minLength: number): boolean {
  if (minLength <= 0 || concept.stem.length < minLength || hasTerm(concept.stem) || /\d/.test(concept.stem)) {
    return false;
  }
  // "funded" is known by its stem, fund, so is no misspelt "found".
  return !isKnownForm(foldCase(concept.word), concept.stem);
}

const RESPELT = new WeakMap<Concept, Set<string>>();

/**
 * The stems of the words one swap of neighbouring letters ("brian" -> ... "brain") or one spelling of the same
 * sound ("exersize" -> ... "exercise") from the word as typed.
 */
export function respeltStems(concept: Concept): Set<string> {
  // Asked twice of a misspelt word (to search, then to weigh what the search found): worked out once.
  const known = RESPELT.get(concept);
  if (known) return known;
  const stems = new Set<string>();
  RESPELT.set(concept, stems);
  const typed = foldCase(concept.word);
  for (const word of [...transpositions(typed), ...soundAlikes(typed)]) {
    const stem = normalizeWord(word);
    if (stem) stems.add(stem);
  }
  return stems;
}

export interface SearchTerms {
  weights: Map<string, number>;
  /** The question's own words the content lacks: only these are looked for with typos. */
  typed: Set<string>;
  /** Words general English relates to the question's: searched everywhere, like the question's own. */
  related: Set<string>;
}

export function searchTerms(
  analyzed: AnalyzedQuestion,
  hasTerm: (term: string) => boolean,
  typoMinLength: number,
  transposedWeight: number,
  storyWordWeight = 1,
): SearchTerms {
  const weights = new Map<string, number>();
  const typed = new Set<string>();
  const related = new Set<string>();
  const weigh = (term: string, weight: number) => {
    if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
  };
  for (const concept of analyzed.concepts) {
    // "I've been stressed at work and my bone density is low. Could the stress be doing that?": the story's words
    // count for less than the question's, here as when the passages are weighed (rank.ts), or the passage that
    // meets the story ("reduced bone density") is found first and the one that answers the question is not.
    const told = outsideQuestion(analyzed, concept.position) ? storyWordWeight : 1;
    const salience = (concept.salience ?? 1) * told;
    // Typos only for the words as typed, not for their synonyms or roots (a synonym the content lacks is not there).
    if (mayBeTypo(concept, hasTerm, typoMinLength > 0 ? 4 : 0)) {
      typed.add(concept.stem);
      // A swap of two letters ("brian") is two edits to the fuzzy search, which allows one in a short word; so is
      // "exersize".
      for (const term of respeltStems(concept)) {
        if (hasTerm(term)) weigh(term, transposedWeight * salience);
      }
    }
    for (const [term, relative] of concept.alternatives) {
      // A synonym or root the passages' text lacks is not there to find.
      if (term === concept.stem || hasTerm(term)) weigh(term, relative * salience);
    }
    for (const [term, relative] of concept.related ?? []) {
      weigh(term, relative * salience);
      related.add(term);
    }
  }
  return { weights, typed, related };
}

/** What one question searches MiniSearch for: each term with its weight, and which terms may match by typo. */
import type { AnalyzedQuestion } from '../question/query.js';

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
): SearchTerms {
  const weights = new Map<string, number>();
  const typed = new Set<string>();
  const related = new Set<string>();
  const weigh = (term: string, weight: number) => {
    if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
  };
  for (const concept of analyzed.concepts) {
    // Typos only for the words as typed, not for their synonyms or roots (a synonym the content lacks is not there).
    const missing = !hasTerm(concept.stem) && typoMinLength > 0 && concept.stem.length >= 4;
    if (missing && !/\d/.test(concept.stem)) typed.add(concept.stem);
    for (const [term, relative] of concept.alternatives) {
      // A synonym or root the passages' text lacks is not there to find.
      if (term === concept.stem || hasTerm(term)) weigh(term, relative * (concept.salience ?? 1));
    }
    for (const [term, relative] of concept.related ?? []) {
      weigh(term, relative * (concept.salience ?? 1));
      related.add(term);
    }
  }
  return { weights, typed, related };
}

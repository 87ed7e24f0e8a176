/**
 * Lay words and paraphrase: a question word the content lacks is met, for less, by the content's words that
 * general English relates to it (src/search/text/related-words.ts), and an inflected form by its lemma ("longest" ->
 * long, "children" -> child) as the word itself; a word the content has, by its forms the stemmer does not join to
 * it ("die" and "died", "win" and "won"). Content synonyms files stay for what is specific to an article.
 */

import type { RankingOptions } from '../rank/ranking-options.js';
import { formsOf, relationsOf } from '../text/related-words.js';
import { foldCase, normalizeWord } from '../text/text.js';
import type { Concept } from './query.js';

/** The concept with its lemma and related words, where the content has them; the concept itself otherwise. */
export function withRelatedWords(
  concept: Concept,
  hasTerm: (term: string) => boolean,
  options: RankingOptions['relatedWords'],
  asVerb = false,
): Concept {
  if (concept.declared || concept.word.includes(' ') || /\d/.test(concept.word)) return concept;
  if ([...concept.alternatives.keys()].some(hasTerm)) return withForms(concept, hasTerm);
  const relations = relationsOf(foldCase(concept.word));
  if (!relations) return concept;
  const termOf = (word: string) => {
    const term = normalizeWord(word);
    return term && term !== concept.stem && hasTerm(term) ? term : undefined;
  };
  // "How do I LOWER cortisol?": the question's verb is not the comparative of "low" it also is.
  const word = foldCase(concept.word);
  const comparative =
    asVerb && relations.parts.includes('v') && (word === `${relations.lemma}er` || word === `${relations.lemma}r`);
  const lemma = relations.lemma && options.lemma > 0 && !comparative ? termOf(relations.lemma) : undefined;
  if (lemma) return { ...concept, alternatives: new Map([...concept.alternatives, [lemma, options.lemma]]) };
  if (options.related <= 0) return concept;
  const related = new Map<string, number>();
  for (const word of relations.related) {
    const term = termOf(word);
    if (term) related.set(term, options.related);
  }
  return related.size > 0 ? { ...concept, related } : concept;
}

/** The concept, also met by the content's other forms of its word that the stemmer does not join ("die", "died"). */
function withForms(concept: Concept, hasTerm: (term: string) => boolean): Concept {
  const word = foldCase(concept.word);
  // An inflected form ("showed") is left as it is: its lemma may be another part of speech ("the show").
  if (relationsOf(word)?.lemma !== undefined) return concept;
  const terms = formsOf(word)
    .map((form) => normalizeWord(form))
    .filter((term): term is string => term !== null && term !== concept.stem && hasTerm(term));
  if (terms.length === 0) return concept;
  return { ...concept, alternatives: new Map([...concept.alternatives, ...terms.map((t) => [t, 1] as const)]) };
}

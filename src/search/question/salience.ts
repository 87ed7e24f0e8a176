import type { RankingOptions } from '../rank/ranking-options.js';
import { mostlyNotNoun } from '../text/related-words.js';
import { specificity } from '../text/specificity.js';
import { foldCase } from '../text/text.js';
import type { Concept } from './query.js';

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
  // A verb, adjective or adverb the content lacks is more likely the asker's phrasing than the question's topic.
  if (!inContent && !concept.declared && mostlyNotNoun(foldCase(concept.word))) value *= options.relatedWords.notNoun;
  return concept.asking ? value * options.askingWeight : value;
}

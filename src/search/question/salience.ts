import type { RankingOptions } from '../rank/ranking-options.js';
import { mostlyNotNoun, relationsOf } from '../text/related-words.js';
import { specificity } from '../text/specificity.js';
import { foldCase, isStopWord } from '../text/text.js';
import type { Concept } from './query.js';

/** Verbs that only say an event took place ("when did his death OCCUR?"): the event is what is asked about. */
const EVENT_VERBS = new Set(['happen', 'occur']);
/**
 * Verbs that only pass on their object ("do bones only PROVIDE support?" asks whether they are supports; "my dad
 * CARRIES a gene variant" has one).
 */
const LIGHT_VERBS = new Set([
  'provide',
  'offer',
  'give',
  'serve',
  'work',
  'involve',
  'go',
  'come',
  'handle',
  'deal',
  'stick',
  'act',
  'carry',
]);

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
  // (Not a verb read as a subject's noun: "how does SLEEP affect bones?".)
  if (!inContent && !concept.declared && !concept.verbAsNoun && mostlyNotNoun(foldCase(concept.word))) {
    value *= options.relatedWords.notNoun;
  }
  // Another form of a light verb the stop words hold ("gets", "makes", "taking"): it frames the question as "get"
  // would ("who GETS osteoporosis?"), when the content does not say it. (Looked up only then: a word the content
  // has needs no word list read.)
  const word = foldCase(concept.word);
  const lemma = inContent ? undefined : (relationsOf(word)?.lemma ?? word);
  const lightVerb = lemma !== undefined && (isStopWord(lemma) || EVENT_VERBS.has(lemma) || LIGHT_VERBS.has(lemma));
  // "My mom is 70 ...": a number the content never gives is a detail of the asker's, nothing a passage can meet.
  const number = !inContent && /^\d+$/.test(concept.word);
  return concept.asking || lightVerb || number ? value * options.askingWeight : value;
}

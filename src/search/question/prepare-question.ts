/**
 * The step of question analysis that needs the content: roots dropped where they would count a word twice, lemmas
 * and related words for words the content lacks, and each concept's salience. Returns new concepts.
 */

import type { RankingOptions } from '../rank/ranking-options.js';
import { type AnalyzedQuestion, rootOf } from './query.js';
import { withRelatedWords } from './related-concepts.js';
import { salience } from './salience.js';

export function prepareQuestion(
  analyzed: AnalyzedQuestion,
  documentFrequency: ReadonlyMap<string, number>,
  ranking: RankingOptions,
): AnalyzedQuestion {
  const df = documentFrequency;
  const concepts = analyzed.concepts.map((concept) => {
    // A root only helps where it meets words the stem does not (inflammation / inflammatory).
    const root = rootOf(concept.stem);
    const alternatives = new Map(concept.alternatives);
    if (root && df.has(concept.stem) && (df.get(root) ?? 0) <= (df.get(concept.stem) ?? 0)) alternatives.delete(root);
    const weighed = withRelatedWords({ ...concept, alternatives }, (t) => df.has(t), ranking.relatedWords);
    const inContent = [...weighed.alternatives.keys()].some((t) => df.has(t));
    return { ...weighed, salience: salience(weighed, inContent, ranking) };
  });
  return { ...analyzed, concepts };
}

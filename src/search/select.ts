/**
 * What is quoted of the ranked passages, and what a "not found" reply says: the question's words the content
 * lacks, and whether a yes/no question's focus is one of them.
 */
import type { AnalyzedQuestion } from './query.js';
import type { Ranked, WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/**
 * What is quoted of the ranked passages: nothing when the best does not cover the question ("not found"),
 * else the best and those after it that cover the question nearly as well.
 */
export function selectAnswers(ranked: readonly Ranked[], options: RankingOptions): Ranked[] {
  const first = ranked[0];
  if (!first?.covers) return [];
  return ranked.filter((r) => r === first || (r.covers && r.coverage >= first.coverage * options.relativeCoverage));
}

/**
 * Whether a yes/no question's focus, its last specific word (salience at least `namedSalience`, no number), is one
 * the content never mentions: then the content can say neither yes nor no ("does osteocalcin cure diabetes?").
 */
export function focusMissing(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
): boolean {
  if (!analyzed.polar) return false;
  let focus: WeightedConcept | undefined;
  for (const c of concepts) {
    if (c.concept.asking || (c.concept.salience ?? 1) < options.namedSalience || /\d/.test(c.concept.word)) continue;
    if (!focus || c.concept.position > focus.concept.position) focus = c;
  }
  return focus !== undefined && !focus.inContent;
}

/**
 * For a "not found" reply: the question's specific words (salience at least `namedSalience`) that the content
 * never mentions, by stem, root, synonym or typo, and those it does.
 */
export function missingWords(concepts: readonly WeightedConcept[], options: RankingOptions) {
  const missing: string[] = [];
  const mentioned: string[] = [];
  for (const { concept, inContent } of concepts) {
    if (concept.asking || (concept.salience ?? 1) < options.namedSalience) continue;
    (inContent ? mentioned : missing).push(concept.word);
  }
  return { missing, mentioned };
}

/**
 * For browsing a topic (a tag): the passages scored nearly as well as the best one, however little of the topic
 * that covers; not every passage that shares one of its words (every passage carries its article's tags).
 */
export function closeMatches(ranked: readonly Ranked[], options: RankingOptions): Ranked[] {
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((r) => r.coverage > 0 && r.score >= best - options.browseScoreGap);
}

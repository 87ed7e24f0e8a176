/**
 * What is quoted of the ranked passages, and what a "not found" reply says: the question's words the content
 * lacks (the word the question turns on, when missing, is found by missing-focus.ts).
 */
import { mostlyVerb } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import type { Ranked, WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/**
 * What is quoted of the ranked passages: nothing when no passage covers the question ("not found"), else the first
 * that does and those after it that cover the question nearly as well. The first is the best, or, when the best
 * covers too little, one scored nearly as well (`coveringScoreGap`) that covers the question on its own
 * (`singleCoverage`): "how many actors have played Doctor Who?" is answered by "Twelve actors have headlined the
 * series", not declined because a paragraph on the Master scored a little higher.
 */
export function selectAnswers(ranked: readonly Ranked[], options: RankingOptions): Ranked[] {
  const best = ranked[0];
  if (!best) return [];
  const first = best.covers
    ? best
    : ranked.find(
        (r) => r.covers && r.coverage >= options.singleCoverage && r.score >= best.score - options.coveringScoreGap,
      );
  if (!first) return [];
  const after = ranked.slice(ranked.indexOf(first) + 1);
  return [first, ...after.filter((r) => r.covers && r.coverage >= first.coverage * options.relativeCoverage)];
}

/**
 * For a "not found" reply: the question's specific words (salience at least `namedSalience`) that the content
 * never mentions, by stem, root, synonym or typo (the missing focus first, whatever its salience), and those it does.
 * A number of the story told before the question (`askedFrom`: "I'm 58 ...") is no word it lacks.
 */
export function missingWords(
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
  focus?: string,
  askedFrom?: number,
) {
  const missing: string[] = focus ? [focus] : [];
  const mentioned: string[] = [];
  // The focus may be a phrase ("hair loss"): none of its words is named again.
  const inFocus = new Set(focus?.split(' '));
  for (const { concept, inContent } of concepts) {
    if (concept.asking || (concept.salience ?? 1) < options.namedSalience || inFocus.has(concept.word)) continue;
    if (!inContent && askedFrom !== undefined && concept.position < askedFrom && /^\d+$/.test(concept.word)) continue;
    // "The article talks about WROTE": what it talks about are things, not the question's verbs.
    if (inContent && mostlyVerb(foldCase(concept.word))) continue;
    (inContent ? mentioned : missing).push(concept.word);
  }
  // "Is there anything about sleep?": a common word may still be all the question asks about; name the likeliest.
  if (missing.length === 0) {
    const lacked = concepts
      .filter(({ concept, inContent }) => !inContent && !concept.asking && !/\d/.test(concept.word))
      .sort((a, b) => (b.concept.salience ?? 1) - (a.concept.salience ?? 1));
    if (lacked[0]) missing.push(lacked[0].concept.word);
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

/**
 * "Vitamin D", "hepatitis B": a word the question names with a capital letter after it, which search drops (a single
 * letter), is named so in a reply ("says nothing about vitamin D", not "vitamin").
 */
export function withLetterName(word: string, question: string): string {
  if (!/^[\p{L}-]+$/u.test(word)) return word;
  const named = new RegExp(String.raw`\b${word}\s+(\p{Lu})(?![\p{L}\p{N}])`, 'u').exec(question);
  return named ? `${word} ${named[1]}` : word;
}

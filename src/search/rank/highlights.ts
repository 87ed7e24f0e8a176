/**
 * Which sentences of a quoted passage are bolded: the one that meets the question best, and the one that goes
 * with it. Measured on SQuAD's answer strings (docs/ranking.md, "highlights").
 */
import type { RankingOptions } from './ranking-options.js';

/** How well one sentence meets the question: the weighted sum, and how well it meets each concept (0..1). */
export interface SentenceMatch {
  sum: number;
  met: readonly number[];
}

/**
 * Which sentences to bold, in text order: the one that meets the question best, and a second when it is worth at
 * least `second` of the best. A sentence is worth its own match, plus `added` times what it meets that the best
 * does not (the answer is often where the question's other words are: "He called it packet switching" after the
 * sentence that names Davies), plus `adjacent` of the best when next to it and `after` more when right after it,
 * as it goes on with what the best one starts; and the sentence between the two when a single one separates them.
 * docs/ranking.md, "Highlights", says how these were measured.
 */
export function highlightedSentences(
  matches: readonly SentenceMatch[],
  weights: readonly number[],
  options: RankingOptions['highlight'],
): number[] {
  let best = -1;
  matches.forEach((m, i) => {
    if (m.sum > 0 && (best < 0 || m.sum > (matches[best] as SentenceMatch).sum)) best = i;
  });
  if (best < 0) return [];
  const top = matches[best] as SentenceMatch;
  let next = -1;
  let nextWorth = Number.NEGATIVE_INFINITY;
  matches.forEach((m, i) => {
    if (i === best) return;
    let added = 0;
    m.met.forEach((value, c) => {
      added += (weights[c] ?? 0) * Math.max(0, value - (top.met[c] ?? 0));
    });
    const nearness = (Math.abs(i - best) === 1 ? options.adjacent : 0) + (i === best + 1 ? options.after : 0);
    const worth = m.sum + options.added * added + nearness * top.sum;
    if (worth > nextWorth) {
      next = i;
      nextWorth = worth;
    }
  });
  if (!(next >= 0 && nextWorth >= options.second * top.sum)) return [best];
  const [first, last] = [Math.min(best, next), Math.max(best, next)];
  // Two bold sentences with one between them read as one run: the one between is bolded too (it often holds the
  // answer the other two frame; SQuAD bold@1 0.780 -> 0.783, better or equal on each of the twelve articles).
  return last - first === 2 ? [first, first + 1, last] : [first, last];
}

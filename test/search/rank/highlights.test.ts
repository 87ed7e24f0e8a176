import { describe, expect, it } from 'vitest';
import { highlightedSentences } from '../../../src/search/rank/highlights.js';
import { DEFAULT_RANKING } from '../../../src/search/rank/ranking-options.js';

describe('highlightedSentences', () => {
  const options = DEFAULT_RANKING.highlight;
  const weights = [1, 1, 1];
  /** A sentence meeting the question's three concepts this well (0..1 each). */
  const meeting = (...met: number[]) => ({ sum: met.reduce((a, b) => a + b, 0), met });

  it('bolds the best sentence, and a second only when it is worth at least half the best', () => {
    expect(highlightedSentences([meeting(1, 1, 1), meeting(0, 0, 0), meeting(1, 0, 0)], weights, options)).toEqual([0]);
    expect(
      highlightedSentences([meeting(1, 1, 0), meeting(0, 0, 0), meeting(0, 0, 0), meeting(1, 1, 1)], weights, options),
    ).toEqual([0, 3]);
    expect(highlightedSentences([meeting(0, 0, 0), meeting(0, 0, 0)], weights, options)).toEqual([]);
    expect(highlightedSentences([meeting(1, 0, 0)], weights, options)).toEqual([0]);
  });

  it('prefers a second sentence that meets what the best does not to one that repeats it', () => {
    // Sentence 1 repeats a word of the best, right after it; sentence 3 meets the word the best lacks.
    expect(
      highlightedSentences([meeting(1, 1, 0), meeting(1, 0, 0), meeting(0, 0, 0), meeting(0, 0, 1)], weights, options),
    ).toEqual([0, 3]);
    // Meeting it only faintly, it loses to a sentence as good as the best.
    expect(
      highlightedSentences(
        [meeting(1, 1, 0), meeting(0, 0, 0.1), meeting(0, 0, 0), meeting(1, 1, 0)],
        weights,
        options,
      ),
    ).toEqual([0, 3]);
  });

  it('between equal matches, bolds the one right after the best, which goes on with what it says', () => {
    const matches = [meeting(0.5, 0, 0), meeting(1, 1, 0), meeting(0.5, 0, 0), meeting(0, 0, 0)];
    expect(highlightedSentences(matches, weights, options)).toEqual([1, 2]);
  });

  it('bolds the one sentence between the two as well, so they read as one run; not two or more', () => {
    const gapOfOne = [meeting(1, 1, 0), meeting(0, 0, 0), meeting(1, 1, 1), meeting(0, 0, 0)];
    expect(highlightedSentences(gapOfOne, weights, options)).toEqual([0, 1, 2]);
    const gapOfTwo = [meeting(1, 1, 0), meeting(0, 0, 0), meeting(0, 0, 0), meeting(1, 1, 1)];
    expect(highlightedSentences(gapOfTwo, weights, options)).toEqual([0, 3]);
  });
});

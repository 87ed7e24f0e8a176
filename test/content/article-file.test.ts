import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type ArticleFileData, formatArticleFile, slugify } from '../../src/content/article-file.js';
import { parseRawArticle } from '../../src/content/raw-article.js';

const SEED = '/work/shared/content-source/bone-brain-axis.sciencealert.txt';
const SQUAD_RAW = '/work/shared/eval/squad/raw';
const SQUAD_FILES = [
  '01-super-bowl-50.txt',
  '02-computational-complexity-theory.txt',
  '03-packet-switching.txt',
  '04-steam-engine.txt',
  '05-black-death.txt',
  '06-immune-system.txt',
  '07-pharmacy.txt',
  '08-amazon-rainforest.txt',
  '09-apollo-program.txt',
  '10-prime-number.txt',
  '11-genghis-khan.txt',
  '12-doctor-who.txt',
];

function frontMatter(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] ?? '');
}

function body(text: string): string {
  return text.slice(text.indexOf('\n---\n') + 5);
}

describe('slugify', () => {
  it.each([
    ['Super Bowl 50', 'super-bowl-50'],
    ['Computational complexity theory', 'computational-complexity-theory'],
    ["Levi's Stadium", 'levis-stadium'],
    ['‘Brain-Bone-Axis’ May Link', 'brain-bone-axis-may-link'],
    ['Temüjin & the Khwarezmid Empire', 'temujin-the-khwarezmid-empire'],
    ['Straße, Æsir — Łódź!', 'strasse-aesir-lodz'],
    ['  --Hello,   World--  ', 'hello-world'],
    ['日本語', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts at a word, at most 60 characters', () => {
    const slug = slugify('‘Brain-Bone-Axis’ May Link Depression With Osteoporosis, Study Claims');
    expect(slug).toBe('brain-bone-axis-may-link-depression-with-osteoporosis-study');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify(`${'a'.repeat(59)} bc`)).toBe('a'.repeat(59));
    expect(slugify(`${'a'.repeat(60)} bc`)).toBe('a'.repeat(60));
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });
});

describe('formatArticleFile', () => {
  const minimal: ArticleFileData = {
    id: 'demo',
    title: 'Demo: A Title',
    headline: 'Depression and Osteoporosis: The Hidden Connection',
    publisher: 'ScienceAlert',
    tags: ['first tag', 'second'],
    paragraphs: ['First paragraph.', 'Second  paragraph, with double space and trailing spaces.  '],
  };

  it('writes front matter then paragraphs separated by a blank line', () => {
    expect(formatArticleFile(minimal)).toBe(
      [
        '---',
        'id: demo',
        "title: 'Demo: A Title'",
        "headline: 'Depression and Osteoporosis: The Hidden Connection'",
        'publisher: ScienceAlert',
        'tags:',
        '  - first tag',
        '  - second',
        '---',
        '',
        'First paragraph.',
        '',
        'Second  paragraph, with double space and trailing spaces.  ',
        '',
      ].join('\n'),
    );
  });

  it('omits absent optional keys and writes the study when given', () => {
    const bare = formatArticleFile({ id: 'x', title: 'X', tags: [], paragraphs: ['P.'] });
    expect(frontMatter(bare)).toEqual({ id: 'x', title: 'X', tags: [] });

    const full = formatArticleFile({
      ...minimal,
      url: 'https://example.org/a',
      published: '2025-01-31',
      study: {
        kind: 'review',
        journal: 'Biomolecules',
        authors: [{ name: 'Pengpeng Li', affiliation: 'Xi’an Aerospace Hospital' }, { name: 'No Affiliation' }],
      },
    });
    expect(frontMatter(full)).toEqual({
      id: 'demo',
      title: 'Demo: A Title',
      headline: 'Depression and Osteoporosis: The Hidden Connection',
      publisher: 'ScienceAlert',
      url: 'https://example.org/a',
      published: '2025-01-31',
      study: {
        kind: 'review',
        journal: 'Biomolecules',
        authors: [{ name: 'Pengpeng Li', affiliation: 'Xi’an Aerospace Hospital' }, { name: 'No Affiliation' }],
      },
      tags: ['first tag', 'second'],
    });
    expect(full).toContain('affiliation: Xi’an Aerospace Hospital\n');
  });

  it('quotes values YAML would misread', () => {
    const tricky = ['2024', 'null', 'true', '- dash', '#hash', "it's: here", '  spaced  ', '@at', '[x]'];
    const text = formatArticleFile({ id: 'x', title: '2024', headline: 'yes: no', tags: tricky, paragraphs: ['P.'] });
    expect(frontMatter(text)).toEqual({ id: 'x', title: '2024', headline: 'yes: no', tags: tricky });
  });

  it('never folds long values', () => {
    const title = 'word '.repeat(60).trim();
    const text = formatArticleFile({ id: 'x', title, tags: [title], paragraphs: ['P.'] });
    expect(text).toContain(`title: ${title}\n`);
    expect(text).toContain(`  - ${title}\n`);
  });

  it('rejects paragraphs that would not read back as one paragraph', () => {
    expect(() => formatArticleFile({ ...minimal, paragraphs: ['a\nb'] })).toThrow(/demo: paragraph 1 .*line break/);
    expect(() => formatArticleFile({ ...minimal, paragraphs: ['ok', 'a\r\nb'] })).toThrow(/paragraph 2/);
    expect(() => formatArticleFile({ ...minimal, paragraphs: ['ok', '   '] })).toThrow(/paragraph 2 is blank/);
  });

  it('writes each SQuAD paragraph as one line of the body, byte for byte', () => {
    for (const file of SQUAD_FILES) {
      const raw = parseRawArticle(readFileSync(join(SQUAD_RAW, file), 'utf8'), file);
      const text = formatArticleFile({ id: slugify(raw.title), ...raw });
      expect(body(text)).toBe(`\n${raw.paragraphs.join('\n\n')}\n`);
      expect(
        body(text)
          .split('\n\n')
          .map((p) => p.replace(/^\n|\n$/g, '')),
      ).toEqual(raw.paragraphs);
      expect(frontMatter(text)).toEqual({
        id: slugify(raw.title),
        title: raw.title,
        headline: raw.headline,
        publisher: raw.publisher,
        tags: raw.tags,
      });
    }
  });
});

describe('round trip through the loader (src/content/parse.ts)', () => {
  const cases: [string, string][] = [
    ['bone-brain-axis', SEED],
    ...SQUAD_FILES.map((file): [string, string] => [slugify(file.replace(/^\d+-|\.txt$/g, '')), join(SQUAD_RAW, file)]),
  ];

  it.each(cases)('%s reads back with the same metadata and verbatim paragraphs', async (id, source) => {
    const { parseArticleFile } = await import('../../src/content/parse.js');
    const raw = parseRawArticle(readFileSync(source, 'utf8'), source);
    const study = {
      kind: 'review',
      journal: 'Biomolecules',
      authors: [{ name: 'Pengpeng Li', affiliation: 'Xi’an Aerospace Hospital' }],
    };
    const text = formatArticleFile({ id, ...raw, study });
    const article = parseArticleFile(text, `content/${id}.md`);
    expect(article.id).toBe(id);
    expect(article.title).toBe(raw.title);
    expect(article.headline).toBe(raw.headline);
    expect(article.publisher).toBe(raw.publisher);
    expect(article.tags).toEqual(raw.tags);
    expect(article.study).toEqual(study);
    expect(article.url).toBeUndefined();
    expect(article.published).toBeUndefined();
    expect(article.passages.map((passage) => passage.text)).toEqual(raw.paragraphs);
    expect(article.passages.map((passage) => passage.paragraph)).toEqual(raw.paragraphs.map((_, i) => i + 1));
  });

  it('keeps the packet-switching paragraph with two trailing spaces', async () => {
    const { parseArticleFile } = await import('../../src/content/parse.js');
    const raw = parseRawArticle(readFileSync(join(SQUAD_RAW, '03-packet-switching.txt'), 'utf8'), 'packet');
    const article = parseArticleFile(formatArticleFile({ id: 'packet-switching', ...raw }), 'packet-switching.md');
    const trailing = article.passages.filter((passage) => passage.text.endsWith('  '));
    expect(trailing).toHaveLength(1);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.js';
import { loadContent } from '../../src/content/load.js';
import { ContentError, parseArticleFile, splitParagraphs } from '../../src/content/parse.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const GOOD = `---
id: good
title: A good article
publisher: Somebody
tags: [One, Two]
---

First paragraph.

Second  paragraph with double space and trailing spaces.  
`;

function loadError(files: Record<string, string | Buffer>): ContentError {
  try {
    loadContent(folder(files));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected the content to be refused');
}

describe('loading the shipped content', () => {
  it('reads the bone-brain article with its metadata and 9 verbatim paragraphs', () => {
    const { articles } = loadContent(contentDir({}));
    const article = articles.find((a) => a.id === 'bone-brain-axis');
    expect(article?.publisher).toBe('ScienceAlert');
    expect(article?.tags).toHaveLength(15);
    expect(article?.passages).toHaveLength(9);
    expect(article?.study?.journal).toBe('Biomolecules');
    expect(article?.study?.authors.map((a) => a.name)).toEqual(['Pengpeng Li', 'Yangyang Gao', 'Xudong Zhao']);
    expect(article?.passages[4]?.text).toMatch(/^One key player in this axis is osteocalcin/);
    expect(article?.overview.every((s) => s.paragraph >= 1 && s.paragraph <= 9)).toBe(true);
  });
});

describe('content validation', () => {
  it('accepts a good file and keeps paragraphs byte for byte', () => {
    const { articles } = loadContent(folder({ 'good.md': GOOD }));
    expect(articles[0]?.passages.map((p) => p.text)).toEqual([
      'First paragraph.',
      'Second  paragraph with double space and trailing spaces.  ',
    ]);
    expect(articles[0]?.passages[1]?.paragraph).toBe(2);
  });

  it('joins a wrapped paragraph and splits on blank lines', () => {
    expect(splitParagraphs('one\ntwo\n\n   \nthree\n')).toEqual(['one two', 'three']);
  });

  it('refuses a binary file, naming it', () => {
    const error = loadError({ 'a.md': GOOD, 'b.md': Buffer.from([0x2d, 0x00, 0xff]) });
    expect(error.message).toMatch(/b\.md: not a text file/);
  });

  it('refuses invalid UTF-8', () => {
    expect(loadError({ 'bad.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]) }).message).toMatch(
      /bad\.md: not a text file \(invalid UTF-8\)/,
    );
  });

  it('refuses a file without front matter, or with broken front matter', () => {
    expect(loadError({ 'x.md': 'Just text\n' }).message).toMatch(/x\.md: missing front matter/);
    expect(loadError({ 'y.md': '---\ntitle: T\nNo closing\n' }).message).toMatch(/y\.md: broken front matter/);
    expect(loadError({ 'z.md': '---\ntitle: [unclosed\n---\n\nBody\n' }).message).toMatch(/z\.md: broken front matter/);
  });

  it('gives a YAML error whole, on one line, with the line of the file and the text at fault', () => {
    const message = loadError({ 'w.md': '---\ntitle: T\ntags: [a\nfoo: bar\n---\n\nBody\n' }).message;
    expect(message).toMatch(/w\.md: broken front matter: .+ at line \d+, column \d+: “.+”$/);
    expect(message).not.toContain('\n');
  });

  it('refuses a file with no title or no paragraphs', () => {
    expect(loadError({ 'a.md': '---\npublisher: P\n---\n\nBody\n' }).message).toMatch(/a\.md: no title/);
    expect(loadError({ 'a.md': '---\ntitle: T\n---\n\n  \n' }).message).toMatch(/a\.md: no paragraphs/);
  });

  it('refuses a duplicate id, naming both files', () => {
    const error = loadError({ 'a.md': GOOD, 'b.md': GOOD });
    expect(error.message).toMatch(/b\.md: duplicate id "good" \(also used by .*a\.md\)/);
  });

  it('refuses bad field types and overview paragraphs out of range', () => {
    expect(() => parseArticleFile('---\ntitle: T\ntags: nope\n---\n\nP\n', 'f.md')).toThrow(
      /f\.md: "tags" must be a list/,
    );
    expect(() =>
      parseArticleFile('---\ntitle: T\noverview:\n  - heading: H\n    paragraph: 3\n---\n\nP\n', 'f.md'),
    ).toThrow(/paragraph number from 1 to 1/);
    expect(() => parseArticleFile('---\nid: Not Valid\ntitle: T\n---\n\nP\n', 'f.md')).toThrow(/invalid id/);
  });

  it('refuses a folder with no articles, and a missing folder', () => {
    expect(loadError({ 'README.md': '# hi' }).message).toMatch(/no articles/);
    expect(() => loadContent('/nonexistent/content')).toThrow(/cannot read the content folder/);
  });

  it('reads synonyms files and refuses a malformed rule with its line', () => {
    const { synonyms } = loadContent(
      folder({ 'a.md': GOOD, 'a.synonyms.txt': '# c\nsad, depressed\nworking out => exercise\n' }),
    );
    expect(synonyms.length).toBeGreaterThan(0);
    expect(loadError({ 'a.md': GOOD, 'a.synonyms.txt': 'ok, fine\n=> broken\n' }).message).toMatch(
      /a\.synonyms\.txt: line 2/,
    );
  });
});

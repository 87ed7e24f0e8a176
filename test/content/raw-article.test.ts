import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRawArticle } from '../../src/content/raw-article.js';

const SEED = '/work/shared/content-source/bone-brain-axis.sciencealert.txt';
const SQUAD_RAW = '/work/shared/eval/squad/raw';

/** Paragraph counts from the table in /work/shared/eval/squad/README.md. */
const SQUAD_COUNTS: [file: string, paragraphs: number][] = [
  ['01-super-bowl-50.txt', 54],
  ['02-computational-complexity-theory.txt', 48],
  ['03-packet-switching.txt', 23],
  ['04-steam-engine.txt', 46],
  ['05-black-death.txt', 23],
  ['06-immune-system.txt', 49],
  ['07-pharmacy.txt', 26],
  ['08-amazon-rainforest.txt', 21],
  ['09-apollo-program.txt', 57],
  ['10-prime-number.txt', 31],
  ['11-genghis-khan.txt', 54],
  ['12-doctor-who.txt', 64],
];

const DEBRIS = [',', 'Leave a Reply', 'Want to join the discussion?Feel free to contribute!'];

describe('parseRawArticle on the seed article', () => {
  const text = readFileSync(SEED, 'utf8');
  const lines = text.split('\n');
  const article = parseRawArticle(text, SEED);

  it('splits line 1 at the last " : " and reads the headline', () => {
    expect(article.title).toBe('‘Brain-Bone-Axis’ May Link Depression With Osteoporosis, Study Claims');
    expect(article.publisher).toBe('ScienceAlert');
    expect(article.headline).toBe('Depression and Osteoporosis: The Hidden Connection Between Your Brain and Bones');
  });

  it('keeps the 9 paragraphs exactly as the source lines', () => {
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs).toEqual(lines.slice(2, 11));
    expect(article.paragraphs[0]).toMatch(/^A groundbreaking new field of research/);
    expect(article.paragraphs[1]).toContain('Pengpeng Li of Xi’an Aerospace Hospital');
    expect(article.paragraphs[8]).toMatch(/^This study, published in the journal Biomolecules/);
  });

  it('reads the 15 tags', () => {
    expect(article.tags).toHaveLength(15);
    expect(article.tags[0]).toBe('Depression and osteoporosis connection');
    expect(article.tags[14]).toBe('Clinical implications of bone-brain axis');
  });

  it('drops the scraping debris', () => {
    for (const debris of DEBRIS) {
      expect(article.paragraphs).not.toContain(debris);
      expect(article.tags).not.toContain(debris);
    }
    expect(article.tags.some((tag) => /Leave a Reply|discussion/.test(tag))).toBe(false);
  });

  it('gives the same result with CRLF line ends', () => {
    expect(parseRawArticle(text.replace(/\n/g, '\r\n'), SEED)).toEqual(article);
  });

  it('gives the same result with blank lines between paragraphs', () => {
    expect(parseRawArticle(text.replace(/\n/g, '\n\n'), SEED)).toEqual(article);
  });
});

describe('parseRawArticle on the SQuAD raw files', () => {
  it.each(SQUAD_COUNTS)('%s has %i paragraphs, byte-identical to the raw lines', (file, count) => {
    const text = readFileSync(join(SQUAD_RAW, file), 'utf8');
    const lines = text.split('\n');
    const article = parseRawArticle(text, file);
    const [title, publisher] = (lines[0] ?? '').split(' : ');
    expect(article.title).toBe(title);
    expect(article.publisher).toBe(publisher);
    expect(publisher).toBe('Wikipedia');
    expect(article.headline).toBe(lines[1]);
    expect(article.paragraphs).toHaveLength(count);
    expect(article.paragraphs).toEqual(lines.slice(2, 2 + count));
    expect(lines[2 + count]).toBe('Tags & Viral Phrases:');
    expect(article.tags.length).toBeGreaterThanOrEqual(3);
    expect(article.tags.length).toBeLessThanOrEqual(5);
    expect(article.tags[0]).toBe(article.title);
  });

  it('keeps double spaces and trailing spaces', () => {
    const packet = parseRawArticle(readFileSync(join(SQUAD_RAW, '03-packet-switching.txt'), 'utf8'), 'packet');
    const trailing = packet.paragraphs.filter((p) => p.endsWith('  '));
    expect(trailing).toHaveLength(1);
    const prime = parseRawArticle(readFileSync(join(SQUAD_RAW, '10-prime-number.txt'), 'utf8'), 'prime');
    expect(prime.paragraphs.some((p) => p.includes('  '))).toBe(true);
    const complexity = readFileSync(join(SQUAD_RAW, '02-computational-complexity-theory.txt'), 'utf8');
    expect(parseRawArticle(complexity, 'cc').paragraphs.some((p) => p.includes('  '))).toBe(true);
  });

  it('keeps Unicode text as it is', () => {
    const khan = parseRawArticle(readFileSync(join(SQUAD_RAW, '11-genghis-khan.txt'), 'utf8'), 'khan');
    expect(khan.tags).toContain('Temüjin');
    expect(khan.paragraphs.join('\n').normalize('NFC')).toBe(khan.paragraphs.join('\n'));
  });
});

describe('parseRawArticle edge cases', () => {
  it('lets the title contain " : " and colons', () => {
    const article = parseRawArticle('Depression : The Hidden Link: Bones : ScienceAlert\nHead\nPara\n', 'x.txt');
    expect(article.title).toBe('Depression : The Hidden Link: Bones');
    expect(article.publisher).toBe('ScienceAlert');
  });

  it('accepts a plain "Tags:" header and ends the tag list at the first other line', () => {
    const text = 'T : P\nH\nOne.\n\nTwo.\nTags:\n\n- a\n-  b \n,\n- not a tag\nLeave a Reply\n';
    const article = parseRawArticle(text, 'x.txt');
    expect(article.paragraphs).toEqual(['One.', 'Two.']);
    expect(article.tags).toEqual(['a', 'b']);
  });

  it('drops comment-form lines that come before the tags', () => {
    const text =
      'T : P\nH\nOne.\n,\nLeave a Reply\nWant to join the discussion?Feel free to contribute!\nTwo.\nTags:\n- a';
    expect(parseRawArticle(text, 'x.txt').paragraphs).toEqual(['One.', 'Two.']);
  });

  it('reads an article without tags', () => {
    const article = parseRawArticle('T : P\nH\nOne.\nLeave a Reply\n', 'x.txt');
    expect(article.paragraphs).toEqual(['One.']);
    expect(article.tags).toEqual([]);
  });

  it('keeps leading and trailing spaces of a paragraph but strips a BOM', () => {
    const article = parseRawArticle('\uFEFFT : P\r\nH\r\n  indented  \r\nTags:\r\n- a\r\n', 'x.txt');
    expect(article.title).toBe('T');
    expect(article.paragraphs).toEqual(['  indented  ']);
  });

  it.each([
    ['', /bad\.txt: the file is empty/],
    ['\n  \n\n', /bad\.txt: the file is empty/],
    ['Just a title\nHead\nPara\n', /bad\.txt: line 1: .*no " : "/],
    [' : Publisher\nHead\nPara\n', /bad\.txt: .*title .*empty/],
    ['Title : \nHead\nPara\n', /bad\.txt: .*publisher .*empty/],
    ['Title : P\n', /bad\.txt: no headline/],
    ['Title : P\nHead\nTags & Viral Phrases:\n- a\n', /bad\.txt: no paragraphs/],
    ['Title : P\nHead\n,\nLeave a Reply\n', /bad\.txt: no paragraphs/],
    ['Title : P\nTags:\n- a\n', /bad\.txt: no headline/],
  ])('rejects %j with an error naming the file', (text, message) => {
    expect(() => parseRawArticle(text, 'dir/bad.txt')).toThrow(message);
  });
});

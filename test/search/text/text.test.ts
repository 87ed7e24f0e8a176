import { eng } from 'stopword';
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_STOP_WORDS,
  foldCase,
  isStopWord,
  normalizeWord,
  rootOf,
  sentenceSpans,
  sentenceSpansOfEach,
  terms,
  tokenize,
  wordTable,
} from '../../../src/search/text/text.js';

describe('wordTable', () => {
  it('finds its own words and nothing an object inherits', () => {
    const table = wordTable({ ppl: 'people' });
    expect(table.ppl).toBe('people');
    expect(table.constructor).toBeUndefined();
    expect(table.toString).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('splits words, keeps inner apostrophes, splits hyphenated words, and reports offsets', () => {
    const text = "Don't the bone-brain axis";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(["Don't", 'the', 'bone', 'brain', 'axis']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('keeps letters with accents and digits', () => {
    expect(tokenize('Xi’an 2025 Amazônia').map((t) => t.word)).toEqual(['Xi’an', '2025', 'Amazônia']);
  });
});

describe('normalizeWord', () => {
  it("drops a pronoun's contraction as it drops the pronoun, and keeps other apostrophes", () => {
    for (const word of ["you're", 'we’ve', "they'll", "I'd", "i'm"]) expect(normalizeWord(word), word).toBeNull();
    expect(normalizeWord("Levi's")).toBe(normalizeWord('Levi'));
    expect(normalizeWord("o'clock")).toBe('oclock');
  });

  it("gives words the stemmer would cut to another word's stem a stem of their own", () => {
    // "Directions" is no "direct link", "authority" no "author", "more likely" no "more like".
    for (const [word, other] of [
      ['directions', 'direct'],
      ['authority', 'author'],
      ['university', 'universe'],
      ['likely', 'like'],
      ['news', 'new'],
      ['secretion', 'secret'],
      ['organization', 'organ'],
      ['experiment', 'experience'],
    ]) {
      expect(normalizeWord(word as string), word).not.toBe(normalizeWord(other as string));
    }
    // Their own forms still meet.
    expect(normalizeWord('direction')).toBe(normalizeWord('directions'));
    expect(normalizeWord('secreted')).toBe(normalizeWord('secretion'));
    expect(normalizeWord('authorities')).toBe(normalizeWord('authority'));
  });

  it('folds case and accents', () => {
    expect(foldCase('Amazônia')).toBe('amazonia');
    expect(normalizeWord('Xi’an')).toBe(normalizeWord("xi'an"));
  });

  it("uses the stopword package's English list (copied, so as not to load every language)", () => {
    expect(ENGLISH_STOP_WORDS).toEqual(eng);
  });

  it('drops stop words, question filler and function words', () => {
    for (const word of [
      'the',
      'what',
      'does',
      'please',
      'article',
      'behind',
      'less',
      'somewhere',
      'anybody',
      'versus',
      'vs',
      'own',
      // The text's own heading, as "article" is the text.
      'headline',
      // A citation of the article is its source ("I need a source for my citation").
      'citation',
    ]) {
      expect(normalizeWord(word), word).toBeNull();
      expect(isStopWord(word)).toBe(true);
    }
  });

  it('drops negated auxiliaries, with or without the apostrophe, but not words that end like them', () => {
    for (const word of ["couldn't", 'couldnt', 'won\u2019t', "hasn't", 'didnt', "ain't"]) {
      expect(normalizeWord(word), word).toBeNull();
    }
    expect(normalizeWord('paint')).toBe('paint');
  });

  it('stems with the Porter stemmer so inflections meet', () => {
    expect(normalizeWord('bones')).toBe(normalizeWord('bone'));
    expect(normalizeWord('depressed')).toBe(normalizeWord('depression'));
    expect(normalizeWord('released')).toBe(normalizeWord('releases'));
    expect(normalizeWord("Li's")).toBe('li');
  });

  it('keeps numbers as they are', () => {
    expect(normalizeWord('2025')).toBe('2025');
    expect(normalizeWord('2022')).not.toBe(normalizeWord('2025'));
  });

  it('gives all index terms of a text in order', () => {
    expect(terms('What is the bone-brain axis?')).toEqual(['bone', 'brain', 'axi']);
  });
});

describe('roots', () => {
  it('meet derived words the stemmer leaves apart (inflammation / inflammatory)', () => {
    const a = normalizeWord('inflammation') as string;
    const b = normalizeWord('inflammatory') as string;
    expect(a).not.toBe(b);
    expect(rootOf(a)).not.toBeNull();
    expect(rootOf(a)).toBe(rootOf(b));
  });

  it('are marked so no stem can be mistaken for one, and short stems have none', () => {
    expect(rootOf('inflamm')).toMatch(/^\^/);
    expect(rootOf('bone')).toBeNull();
    expect(rootOf('2025')).toBeNull();
  });
});

describe('sentenceSpans', () => {
  it('splits after . ! ? before a capital, a digit or a quote', () => {
    const text = 'One key player is osteocalcin. It crosses the barrier! “Quoted” text. 2025 saw more.';
    const sentences = sentenceSpans(text).map(([s, e]) => text.slice(s, e));
    expect(sentences).toEqual([
      'One key player is osteocalcin.',
      'It crosses the barrier!',
      '“Quoted” text.',
      '2025 saw more.',
    ]);
  });

  it('keeps a sentence whole across initials and titles (Susan B. Anthony, Dr. Smith, U.S.)', () => {
    const text = 'It was led by Susan B. Anthony in the U.S. and by Dr. Smith, e.g. in 1890. Then it ended.';
    const sentences = sentenceSpans(text).map(([s, e]) => text.slice(s, e));
    expect(sentences).toEqual([
      'It was led by Susan B. Anthony in the U.S. and by Dr. Smith, e.g. in 1890.',
      'Then it ended.',
    ]);
  });

  it('does not split inside numbers or abbreviations followed by lowercase', () => {
    const text = 'It cost $5.5 million, i.e. a lot.';
    expect(sentenceSpans(text)).toHaveLength(1);
  });
});

describe('sentenceSpansOfEach', () => {
  it('gives each paragraph the spans it has on its own, and never carries a sentence across paragraphs', () => {
    // A paragraph ending in a title or an initial, one opening in lower case, an empty one, one in two sentences.
    const paragraphs = [
      'It was written by Dr.',
      'smith said so. Then more.',
      '',
      'Susan B.',
      'Anthony led it. 2025 saw more.',
    ];
    const spans = sentenceSpansOfEach(paragraphs);
    expect(spans).toEqual(paragraphs.map((p) => sentenceSpans(p)));
    expect(spans[1]?.map(([s, e]) => paragraphs[1]?.slice(s, e))).toEqual(['smith said so.', 'Then more.']);
    expect(spans[2]).toEqual([]);
    expect(spans[3]).toEqual([[0, 8]]);
  });
});

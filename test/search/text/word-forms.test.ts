import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../src/search/text/shorthand.js';
import { normalizeWord, rootOf } from '../../../src/search/text/text.js';
import { americanSpelling } from '../../../src/search/text/word-forms.js';

// Word forms are read as part of reading a question's words (expandShorthand), as a question is.
describe('word forms stemming misses', () => {
  it('reads a plural in "-es" of a word the content has in "-is" as that word ("axes": axis), not as "axe"', () => {
    const axis = normalizeWord('axis') as string;
    const inContent = (stem: string) => stem === axis;
    expect(expandShorthand('what is the bone brain axes', inContent)).toBe('what is the bone brain axis');
    // Not when the content has the word as typed, nor when it lacks the "-is" form.
    expect(expandShorthand('the axes', (stem) => stem === axis || stem === normalizeWord('axes'))).toBe('the axes');
    expect(expandShorthand('the boxes', inContent)).toBe('the boxes');
  });

  it('reads a word no list knows, made of a combining form and a known word, as that word ("neuroinflammation")', () => {
    const none = () => false;
    expect(expandShorthand('what is the role of neuroinflammation here', none)).toBe(
      'what is the role of inflammation here',
    );
    // Known English words stay ("hypothesis" is no "thesis"), and so do "anti-" words, whose meaning is the reverse.
    expect(expandShorthand('is it just a hypothesis', none)).toBe('is it just a hypothesis');
    expect(expandShorthand('do antiinflammation drugs help', none)).toBe('do antiinflammation drugs help');
    // Not when the content has a word of its root ("neurodegenerative" for "neurodegeneration").
    const root = rootOf(normalizeWord('neurodegenerative') as string) as string;
    expect(expandShorthand('is neurodegeneration mentioned', (stem) => stem === root)).toBe(
      'is neurodegeneration mentioned',
    );
  });

  it('reads a noun in "-ity" or "-ness" of an adjective the content has as that adjective', () => {
    const bidirectional = normalizeWord('bidirectional') as string;
    const inContent = (stem: string) => stem === bidirectional;
    expect(expandShorthand('the bidirectionality of it', inContent)).toBe('the bidirectional of it');
    expect(expandShorthand('the community of it', inContent)).toBe('the community of it');
  });

  it('reads a negation in "un-" of a word the content has as "not" and that word', () => {
    const treated = normalizeWord('treated') as string;
    const inContent = (stem: string) => stem === treated;
    expect(expandShorthand('if depression goes untreated', inContent)).toBe('if depression goes not treated');
    // Not when the content has the negated word, nor a word that only starts with "un".
    expect(expandShorthand('untreated', (stem) => stem === treated || stem === normalizeWord('untreated'))).toBe(
      'untreated',
    );
    expect(expandShorthand('understand it', inContent)).toBe('understand it');
  });

  it("splits two words typed without the space where a function word meets a word, or two of the content's", () => {
    const content = new Set(['bone', 'brain', 'blood'].map((w) => normalizeWord(w) as string));
    const inContent = (stem: string) => content.has(stem);
    expect(expandShorthand('whatis osteocalcin', inContent)).toBe('what is osteocalcin');
    expect(expandShorthand('who wrotethis', inContent)).toBe('who wrote this');
    expect(expandShorthand('bonebrain axis', inContent)).toBe('bone brain axis');
    expect(expandShorthand('the bloodbrain barrier', inContent)).toBe('the blood brain barrier');
    // Not English words, slips of a function word, prefixes, two English words alone, or names in capitals.
    for (const kept of ['is this legit', 'do antidepressants help', 'clickbait', 'Coldplay', 'can it rewire']) {
      expect(expandShorthand(kept, inContent)).toBe(kept);
    }
    expect(expandShorthand('or somthing', inContent)).toBe('or something');
    // A prefix is no word to split after, and a stem a suffix left nearly nothing of is no content word.
    const rest = (stem: string) => stem === 'rest' || stem === 'at' || content.has(stem);
    expect(expandShorthand('can it be restated', rest)).toBe('can it be restated');
    expect(expandShorthand('depressionand bones', inContent)).toBe('depression and bones');
  });
});

describe('americanSpelling', () => {
  const none = () => false;

  it('reads a British spelling as its American form, which the word lists and frequencies know', () => {
    expect(americanSpelling('favour', none)).toBe('favor');
    expect(americanSpelling('organisation', none)).toBe('organization');
    expect(americanSpelling('behaviour', none)).toBe('behavior');
    expect(americanSpelling('summarise', none)).toBe('summarize');
    expect(americanSpelling('centre', none)).toBe('center');
    expect(americanSpelling('oestrogen', none)).toBe('estrogen');
  });

  it("leaves the content's own spelling, short words and words with no American form alone", () => {
    const contentHas = (stem: string) => stem === normalizeWord('programme');
    expect(americanSpelling('programme', contentHas)).toBeUndefined();
    expect(americanSpelling('four', none)).toBeUndefined();
    expect(americanSpelling('flour', none)).toBeUndefined();
    expect(americanSpelling('promise', none)).toBeUndefined();
    expect(americanSpelling('filled', none)).toBeUndefined();
  });
});

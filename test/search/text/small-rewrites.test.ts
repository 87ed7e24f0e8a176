import { describe, expect, it } from 'vitest';
import { smallRewrites } from '../../../src/search/text/small-rewrites.js';

const none = () => false;

describe('smallRewrites', () => {
  it('reads each small everyday phrasing as what it asks', () => {
    expect(smallRewrites('what are the early signs of osteoporosis?', none)).toBe(
      'what are the symptoms of osteoporosis?',
    );
    expect(smallRewrites('is it a brand new idea', none)).toBe('is it a new idea');
    expect(smallRewrites('who is most at risk, according to the piece?', none)).toBe(
      'who is most at risk, according to the article?',
    );
    expect(smallRewrites('who wrote it pls help', none)).toBe('who wrote it?');
    expect(smallRewrites('my mum is depressed, is that why her bones are weak?', none)).toBe(
      'my mum is depressed, why her bones are weak?',
    );
  });

  it('keeps a phrase the content itself uses', () => {
    expect(smallRewrites('what are the early signs of osteoporosis?', (stem) => stem === 'sign')).toBe(
      'what are the early signs of osteoporosis?',
    );
    expect(smallRewrites('who composed the piece', () => true)).toBe('who composed the piece');
  });

  it('leaves a question with none of them as it is', () => {
    expect(smallRewrites('does exercise help?', none)).toBe('does exercise help?');
  });
});

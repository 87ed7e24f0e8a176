import { describe, expect, it } from 'vitest';
import { publisherAsArticle } from '../../../src/search/question/publisher.js';

describe('publisherAsArticle', () => {
  it("reads the publisher's name, however spaced or cased, as the article", () => {
    expect(publisherAsArticle('what does ScienceAlert say about bones?', ['ScienceAlert'])).toBe(
      'what does the article say about bones?',
    );
    expect(publisherAsArticle('what does Science Alert say?', ['ScienceAlert'])).toBe('what does the article say?');
    expect(publisherAsArticle("is the sciencealert's piece reliable?", ['ScienceAlert'])).toBe(
      "is the article's piece reliable?",
    );
  });

  it('leaves a word that is only part of the name, and questions without it', () => {
    expect(publisherAsArticle('what is science?', ['ScienceAlert'])).toBe('what is science?');
    expect(publisherAsArticle('what is osteocalcin?', [])).toBe('what is osteocalcin?');
    // Nor a publisher whose name is an English word.
    expect(publisherAsArticle('was it in Nature?', ['Nature'])).toBe('was it in Nature?');
  });
});

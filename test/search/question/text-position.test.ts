import { describe, expect, it } from 'vitest';
import { textPosition } from '../../../src/search/question/text-position.js';
import { foldCase, tokenize } from '../../../src/search/text/text.js';

const at = (question: string) => textPosition(tokenize(question).map((t) => foldCase(t.word)));

describe('textPosition', () => {
  it.each([
    ['how does the article end?', 'end', ['end']],
    ['how does it begin', 'start', ['begin']],
    ["what's in the last paragraph", 'end', ['last', 'paragraph']],
    ['what does the opening part say', 'start', ['opening', 'part']],
    ['how is the body described at the very end', 'end', ['at', 'the', 'very', 'end']],
    ['what does it say at the end of the article', 'end', ['at', 'the', 'end']],
    ['what does the intro say', 'start', ['intro']],
    ["what's the second paragraph about", 2, ['second', 'paragraph']],
    ['what does the 3rd para say', 3, ['3rd', 'para']],
    ['summarise paragraph 7 of the article', 7, ['paragraph', '7']],
    ['which adjective describes the review in paragraph two?', 2, ['paragraph', 'two']],
    ['what is the very first thing the article says?', 'start', ['first', 'thing']],
    ['what does the article say last', 'end', ['last']],
  ])('reads %j as pointing at the %s', (question, position, words) => {
    expect(at(question)).toEqual({ position, words });
  });

  it.each([
    'what is at the end of the bone',
    'what is the first line of defense against pathogens',
    'what did the review conclude',
    'when does depression end',
    'in the end, does exercise help',
    'what is the first hormone named',
    'what is the second hormone',
    'what happened in the third section of the race',
    'what is paragraph 3 of the constitution',
    'what is the first thing to do after a fracture',
    'what do doctors say first',
  ])('reads %j as pointing nowhere in the text', (question) => {
    expect(at(question)).toBeUndefined();
  });
});

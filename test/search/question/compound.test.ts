import { describe, expect, it } from 'vitest';
import { questionParts } from '../../../src/search/question/compound.js';

describe('questionParts', () => {
  it('splits a message at a question mark or "and" before a question word', () => {
    expect(questionParts('who wrote it and where was it published?')).toEqual([
      'who wrote it',
      'where was it published?',
    ]);
    expect(questionParts('what is osteocalcin? and what does cortisol do?')).toEqual([
      'what is osteocalcin',
      'what does cortisol do?',
    ]);
    expect(questionParts('what is it? does it help?')).toEqual(['what is it', 'does it help?']);
    expect(questionParts('1. what is osteopontin 2) what does cortisol do')).toEqual([
      'what is osteopontin',
      'what does cortisol do',
    ]);
    // An announcement of the questions is not one.
    expect(questionParts('two questions: what is osteocalcin and what does it do to mood?')).toEqual([
      'what is osteocalcin',
      'what does it do to mood?',
    ]);
  });

  it('leaves one question whole: "and" between things, a one-word tail, a question word inside', () => {
    for (const one of [
      'what is the link between depression and osteoporosis',
      'how do bones and the brain talk',
      'bones affect brain??? how',
      'what does stress do and how',
      'is it true that bones and mood are linked',
      'what happened in 2025. was it good',
      // More questions than an answer has passages: one search.
      'what is it? what does it do? who found it? where is it?',
    ]) {
      expect(questionParts(one), one).toEqual([one]);
    }
  });
});

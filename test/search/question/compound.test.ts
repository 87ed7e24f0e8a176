import { describe, expect, it } from 'vitest';
import { questionParts } from '../../../src/search/question/compound.js';

describe('questionParts', () => {
  it.each([
    ['who wrote it and where was it published?', ['who wrote it', 'where was it published?']],
    ['what is osteocalcin? and what does cortisol do?', ['what is osteocalcin', 'what does cortisol do?']],
    ['what is it? does it help?', ['what is it', 'does it help?']],
    ['1. what is osteopontin 2) what does cortisol do', ['what is osteopontin', 'what does cortisol do']],
    // An announcement of the questions is not one.
    [
      'two questions: what is osteocalcin and what does it do to mood?',
      ['what is osteocalcin', 'what does it do to mood?'],
    ],
  ])('splits %j into its questions', (message, parts) => {
    expect(questionParts(message)).toEqual(parts);
  });

  it('drops thanks or a greeting split off the one question ("Thank you. And who proposed it?")', () => {
    expect(questionParts('Thank you. And who proposed it?')).toEqual(['who proposed it?']);
    expect(questionParts('hello and what is osteocalcin?')).toEqual(['what is osteocalcin?']);
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

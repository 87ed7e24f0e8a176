import { describe, expect, it } from 'vitest';
import { asksReversed } from '../../../src/search/question/reversed-question.js';

describe('asksReversed: a follow-up asking the question before the other way around', () => {
  it('reads the usual ways of saying it, and nothing with a topic of its own', () => {
    for (const asked of [
      'and the other way around?',
      'vice versa?',
      'Is the reverse true too',
      'does it work the other way?',
      'and the other direction?',
      'what about in the opposite direction',
      'what about the other direction then?',
    ]) {
      expect(asksReversed(asked), asked).toBe(true);
    }
    for (const asked of [
      'what is the other way to treat it',
      'reverse osteoporosis?',
      'and bones?',
      'the other direction of research',
    ]) {
      expect(asksReversed(asked), asked).toBe(false);
    }
  });
});

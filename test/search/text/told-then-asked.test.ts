import { describe, expect, it } from 'vitest';
import { askedOfMentioned } from '../../../src/search/text/told-then-asked.js';

// The readings in context, after the rest of question-phrasing.ts, are tested in question-phrasing.test.ts.
describe('askedOfMentioned', () => {
  it('asks of the thing brought up, where the question points back at it', () => {
    expect(askedOfMentioned('her doctor mentioned cortisol, what does it do to bones?')).toBe(
      'what does cortisol do to bones?',
    );
    expect(askedOfMentioned('my GP told me to walk daily. Does the article back that up?')).toBe(
      'Does the article back up walk daily?',
    );
    expect(askedOfMentioned('my mum takes calcium tablets. Do they help with depression?')).toBe(
      'Do calcium tablets help with depression?',
    );
  });

  it('asks what something taken does to the one who takes it', () => {
    expect(askedOfMentioned('my father take antidepressant, will his bones get better?')).toBe(
      'will his bones get better with antidepressant?',
    );
  });

  it('leaves a message with no such story as it is', () => {
    expect(askedOfMentioned('what does cortisol do to bones?')).toBe('what does cortisol do to bones?');
    expect(askedOfMentioned('my dad takes antidepressants, should he exercise?')).toBe(
      'my dad takes antidepressants, should he exercise?',
    );
  });
});

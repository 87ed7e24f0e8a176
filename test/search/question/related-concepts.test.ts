import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/search/question/query.js';
import { withRelatedWords } from '../../../src/search/question/related-concepts.js';
import { DEFAULT_RANKING } from '../../../src/search/rank/ranking-options.js';
import { normalizeWord } from '../../../src/search/text/text.js';

const options = DEFAULT_RANKING.relatedWords;
const concept = (word: string) =>
  analyzeQuestion(word, [])?.concepts[0] as NonNullable<ReturnType<typeof analyzeQuestion>['concepts'][0]>;
const content = (...words: string[]) => {
  const terms = new Set(words.map((w) => normalizeWord(w)));
  return (term: string) => terms.has(term);
};

describe('withRelatedWords', () => {
  it("meets a word the content lacks by the content's words WordNet relates to it, for less", () => {
    const guess = withRelatedWords(concept('guess'), content('hypothesis', 'bones'), options);
    expect([...(guess.related ?? [])]).toEqual([[normalizeWord('hypothesis'), options.related]]);
    expect([...guess.alternatives.keys()]).toEqual([...concept('guess').alternatives.keys()]);
  });

  it('meets an inflected form by its lemma, as the word itself', () => {
    const longest = withRelatedWords(concept('longest'), content('long'), options);
    expect(longest.alternatives.get(normalizeWord('long') as string)).toBe(options.lemma);
    expect(longest.related).toBeUndefined();
  });

  it('does not meet the verb of a question by the adjective its comparative form is ("how do I LOWER it")', () => {
    const lower = concept('lower');
    expect(withRelatedWords(lower, content('low'), options).alternatives.has('low')).toBe(true);
    expect(withRelatedWords(lower, content('low'), options, true).alternatives.has('low')).toBe(false);
  });

  it('leaves alone a word the content has, a declared synonym, a number and a word WordNet does not know', () => {
    const guess = concept('guess');
    expect(withRelatedWords(guess, content('guess', 'hypothesis'), options)).toBe(guess);
    const declared = { ...guess, declared: true };
    expect(withRelatedWords(declared, content('hypothesis'), options)).toBe(declared);
    expect(withRelatedWords(concept('2025'), content('2024'), options).related).toBeUndefined();
    expect(withRelatedWords(concept('osteocalcin'), content('hormone'), options).related).toBeUndefined();
  });

  it('meets a word the content has by its other forms too, where the stemmer splits them ("die", "died")', () => {
    const die = withRelatedWords(concept('die'), content('die', 'died'), options);
    expect(die.alternatives.get(normalizeWord('died') as string)).toBe(1);
    const win = withRelatedWords(concept('win'), content('win', 'won'), options);
    expect(win.alternatives.has(normalizeWord('won') as string)).toBe(true);
    // Not from an inflected form to its lemma, which may be another part of speech ("showed", "the show").
    const showed = concept('showed');
    expect(withRelatedWords(showed, content('showed', 'show'), options)).toBe(showed);
  });

  it('adds nothing when turned off', () => {
    expect(
      withRelatedWords(concept('guess'), content('hypothesis'), { ...options, related: 0 }).related,
    ).toBeUndefined();
  });
});

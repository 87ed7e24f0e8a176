import { describe, expect, it } from 'vitest';
import { infoOf } from '../../../src/search/rank/passage-facts.js';

function measuresOf(text: string): string[] {
  return infoOf({ articleId: 'a', paragraph: 1, text }).sentences.flatMap((s) => [...s.measures]);
}

describe('passage facts: measures', () => {
  it('reads a number with its unit of length, time or age', () => {
    expect(measuresOf('The Rhine is 1,230 km long.')).toEqual(['230 km']);
    expect(measuresOf('Black tea steeps for four minutes.')).toEqual(['four minutes']);
    expect(measuresOf('He won the title at age 38.')).toEqual(['age 38']);
    expect(measuresOf('Each episode ran for 25-minute slots.')).toEqual(['25 minute']);
  });

  it('does not take a bare number, or a unit without one, for a measure', () => {
    expect(measuresOf('One key player is osteocalcin; a two-way street.')).toEqual([]);
    expect(measuresOf('For years, both conditions were common. In 2025 a review appeared.')).toEqual([]);
  });
});

describe('passage facts: numbers', () => {
  function numbersOf(text: string): string[] {
    return infoOf({ articleId: 'a', paragraph: 1, text }).sentences.flatMap((s) => [...s.numbers]);
  }

  it('reads digits and number words, but not "one" as a pronoun or determiner opening a sentence', () => {
    expect(numbersOf('Three neurologists wrote it in 2024.')).toEqual(['three', '2024']);
    expect(numbersOf('One key player is osteocalcin. It is one of the hormones.')).toEqual([]);
    expect(numbersOf('They found only one gene.')).toEqual(['one']);
    const [sentence] = infoOf({ articleId: 'a', paragraph: 1, text: 'A two-way street of 3 lanes.' }).sentences;
    expect([...(sentence?.quantities ?? [])]).toEqual(['3']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  inflectedKnownWord,
  isKnownWord,
  mostlyNotNoun,
  mostlyVerb,
  onlyAs,
} from '../../../src/search/text/related-words.js';

describe('mostlyNotNoun', () => {
  it("takes WordNet's commonest part of speech", () => {
    expect(mostlyNotNoun('weak')).toBe(true);
    expect(mostlyNotNoun('bone')).toBe(false);
    expect(mostlyNotNoun('family')).toBe(false);
  });

  it('reads a rarer word in "-ly" than the table holds as an adverb, and any other unknown word as a noun', () => {
    expect(mostlyNotNoun('concretely')).toBe(true);
    expect(mostlyNotNoun('osteocalcin')).toBe(false);
  });
});

describe('onlyAs', () => {
  it('takes a word commonest as that part of speech that is never a verb', () => {
    expect(onlyAs('coffee', 'n')).toBe(true);
    expect(onlyAs('new', 'a')).toBe(true);
    expect(onlyAs('block', 'n')).toBe(false);
    expect(onlyAs('lower', 'a')).toBe(false);
    expect(onlyAs('debuted', 'n')).toBe(false);
  });
});

describe('mostlyVerb', () => {
  it("takes WordNet's commonest part of speech, or, for a rarer word, whether it is only a verb", () => {
    expect(mostlyVerb('help')).toBe(true);
    expect(mostlyVerb('bone')).toBe(false);
    expect(mostlyVerb('weaken')).toBe(true);
    expect(mostlyVerb('weakener')).toBe(false);
    expect(mostlyVerb('sertraline')).toBe(false);
  });
});

describe('isKnownWord', () => {
  it('knows a stop word as English, though no word list holds it', () => {
    expect(isKnownWord('discussed')).toBe(true);
    expect(isKnownWord('meditation')).toBe(true);
    expect(isKnownWord('depresion')).toBe(false);
  });
});

describe('inflectedKnownWord', () => {
  it('knows an inflection of a word WordNet lists only by its lemma, not a typo', () => {
    expect(inflectedKnownWord('restated')).toBe(true);
    expect(inflectedKnownWord('cyle')).toBe(false);
  });
});

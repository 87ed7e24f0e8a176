import { describe, expect, it } from 'vitest';
import { shippedKnownWords, shippedRelatedWords } from '../../bench/related-words.js';
import {
  isKnownForm,
  isKnownWord,
  mayBeNoun,
  mayBePlural,
  maySayOneThing,
  relationsOf,
} from '../../src/search/text/related-words.js';
import { expectShipped } from '../support/shipped-file.js';

describe('the related-words table', () => {
  it('ships what WordNet and the lemmatizer give (UPDATE_RELATED_WORDS=1 rewrites it)', () => {
    expectShipped('related-words.txt', shippedRelatedWords());
  });

  it('ships the rarer WordNet lemmas as known words (UPDATE_RELATED_WORDS=1 rewrites them)', () => {
    expectShipped('known-words.txt', shippedKnownWords());
    expect(isKnownWord('meditation')).toBe(true);
    expect(isKnownWord('facet')).toBe(true);
    expect(isKnownWord('coffee')).toBe(true);
    expect(isKnownWord('depresion')).toBe(false);
    expect(isKnownWord('osteocalcin')).toBe(false);
    // A form is known by itself or its stem; a misspelling by neither.
    expect(isKnownForm('fundedd', 'fund')).toBe(true);
    expect(isKnownForm('depresion', 'depres')).toBe(false);
    expect(isKnownForm('depresion', null)).toBe(false);
  });

  it('gives a form its lemma, its parts of speech and the synonyms of its first senses', () => {
    expect(relationsOf('scientists')).toMatchObject({ parts: 'n', lemma: 'scientist' });
    expect(relationsOf('longest')?.lemma).toBe('long');
    expect(relationsOf('guess')?.related).toContain('hypothesis');
    // Broader verbs are not related words: "shrink" is not "decrease", "reset" not "set" or "limit".
    expect(relationsOf('shrink')?.related).not.toContain('decrease');
    expect(relationsOf('reset')?.related).not.toContain('limit');
    expect(relationsOf('coffee')?.parts).toBe('n');
    expect(relationsOf('help')?.parts[0]).toBe('v');
    expect(relationsOf('magnetic')?.parts).toBe('a');
    expect(relationsOf('the')).toBeUndefined();
    // What "it" can stand for: a singular noun, common or rare, or a word WordNet does not know, unless that is the
    // plural of one it does ("researchers").
    expect(['osteoporosis', 'exercise', 'osteocalcin'].filter(maySayOneThing)).toHaveLength(3);
    expect(['bones', 'people', 'researchers', 'old', 'help', 'weaken'].filter(maySayOneThing)).toEqual([]);
    expect(['review', 'bones', 'osteocalcin'].filter(mayBeNoun)).toHaveLength(3);
    expect(['wrote', 'weaken'].filter(mayBeNoun)).toEqual([]);
    // What "they" can stand for: a plural noun, even one too rare for the table; not "review", mostly a verb.
    expect(['bones', 'people', 'researchers', 'diseases'].filter(mayBePlural)).toHaveLength(4);
    expect(['review', 'osteoporosis', 'news', 'osteocalcin'].filter(mayBePlural)).toEqual([]);
    expect(relationsOf('osteocalcin')).toBeUndefined();
  });
});

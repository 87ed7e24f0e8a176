import { describe, expect, it } from 'vitest';
import { editDistance, soundAlikes, transpositions } from '../../../src/search/text/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions as one edit each', () => {
    expect(editDistance('stres', 'stress')).toBe(1);
    expect(editDistance('bone', 'bane')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of two neighbouring letters as one edit, the commonest typo', () => {
    expect(editDistance('brian', 'brain')).toBe(1);
    expect(editDistance('waht', 'what')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    // Not two swaps, nor a swap of letters apart.
    expect(editDistance('abcd', 'badc')).toBe(2);
    expect(editDistance('abc', 'cba')).toBe(2);
  });
});

describe('transpositions', () => {
  it('gives every word one swap of neighbouring letters away, none for a doubled letter', () => {
    expect(transpositions('brian')).toEqual(['rbian', 'biran', 'brain', 'brina']);
    expect(transpositions('bool')).toEqual(['obol', 'bolo']);
  });
});

describe('soundAlikes', () => {
  it('gives the spellings of the same sound one or two letters apart: a soft c and s, s and z, a hard c and k', () => {
    expect(soundAlikes('exersize')).toContain('exercise');
    expect(soundAlikes('cortizol')).toContain('cortisol');
    expect(soundAlikes('kortisol')).toContain('cortisol');
    // A hard "c" is no "s": "cat" is not "sat".
    expect(soundAlikes('cat')).not.toContain('sat');
    expect(soundAlikes('brain')).toEqual([]);
  });
});

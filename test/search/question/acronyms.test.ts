import { describe, expect, it } from 'vitest';
import { spellOutAcronyms } from '../../../src/search/question/acronyms.js';

const TEXTS = [
  'Osteocalcin can cross the blood-brain barrier and influence cognitive function.',
  'Future investigations must validate interventions through rigorous clinical trials, but the knowledge grows.',
  'It stands for bone. Brain aches.',
];
const CONTENT = new Set(['osteocalcin', 'barrier', 'blood', 'brain', 'trial', 'nhs', 'bone', 'densiti', 'disord']);
const read = (question: string) =>
  spellOutAcronyms(
    question,
    (stem) => CONTENT.has(stem),
    () => TEXTS,
  );

describe('spellOutAcronyms', () => {
  it("reads an acronym the content lacks as the content's words whose initials spell it", () => {
    expect(read('does osteocalcin cross the BBB?')).toBe('does osteocalcin cross the blood-brain barrier?');
    // A plural acronym is the phrase.
    expect(read('are there RCTs?')).toBe('are there rigorous clinical trials?');
  });

  it('leaves an acronym the content has, finds no words for, or that spans a sentence', () => {
    expect(read('does the NHS fund it?')).toBe('does the NHS fund it?');
    expect(read('what about the HPA axis?')).toBe('what about the HPA axis?');
    // "bone. Brain aches": initials across a full stop are no phrase.
    expect(read('what does BBA mean?')).toBe('what does BBA mean?');
  });

  it('reads a known abbreviation of the field as its words the content has, when it has the head and all but one', () => {
    expect(read('is MDD linked to low BMD?')).toBe('is MDD linked to low bone density?');
    expect(read('does it explain ADHD?')).toBe('does it explain ADHD?');
    // The letters themselves asked about are left for the content to spell.
    expect(read('what is BMD?')).toBe('what is BMD?');
    expect(read('what does BMD stand for')).toBe('what does BMD stand for');
  });

  it('leaves a message in capitals, and two-letter words, as typed', () => {
    expect(read('WHAT IS THE BBB')).toBe('WHAT IS THE BBB');
    expect(read('is it OK?')).toBe('is it OK?');
  });

  it("reads two capitals as the content's proper name they spell, and a world war by its numeral", () => {
    const texts = ['It was an unusual night.', 'The United Nations set up the panel.', 'After World War I, ...'];
    const content = new Set(['unit', 'nation', 'panel', 'world', 'war', 'night', 'unusu']);
    const spell = (question: string) =>
      spellOutAcronyms(
        question,
        (stem) => content.has(stem),
        () => texts,
      );
    expect(spell('what does the UN want?')).toBe('what does the United Nations want?');
    expect(spell('where did Tesla look for investors prior to WWI?')).toBe(
      'where did Tesla look for investors prior to World War I?',
    );
    // Not words in lower case ("unusual night", met first), nor a name the content does not spell.
    expect(spell('was the UN there at night?')).toBe('was the United Nations there at night?');
    expect(spell('what does the EU say?')).toBe('what does the EU say?');
  });
});

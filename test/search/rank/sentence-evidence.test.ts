import { describe, expect, it } from 'vitest';
import { definesSubject, hasAnswerType, nameGiving, spellsOut } from '../../../src/search/rank/sentence-evidence.js';

describe('spellsOut', () => {
  it('finds capitalised words whose initials are the letters, with small lowercase words between them', () => {
    expect(spellsOut('the Command/Service Module (CSM) in which', 'CSM')).toBe(true);
    expect(spellsOut('– "Time and Relative Dimension in Space" –', 'TARDIS')).toBe(true);
    expect(spellsOut('The Very high-speed Backbone Network Service', 'vBNS')).toBe(true);
  });

  it('does not take the letters themselves, a lowercase start or a capital that breaks the order', () => {
    expect(spellsOut('The CSM docked.', 'CSM')).toBe(false);
    expect(spellsOut('command service module', 'CSM')).toBe(false);
    expect(spellsOut('Command Lunar Service Module', 'CSM')).toBe(false);
  });
});

describe('hasAnswerType: quotation', () => {
  const sentence = (text: string) => ({ folded: text.toLowerCase() }) as unknown as Parameters<typeof hasAnswerType>[0];
  it('takes words of five or more in quotation marks for a quotation, not a term set off in quotes', () => {
    expect(
      hasAnswerType(
        sentence('As Li says, \u201cFuture trials must validate this approach.\u201d'),
        'quotation',
        new Set(),
      ),
    ).toBe(true);
    expect(hasAnswerType(sentence('She said "we will test it in mice next"'), 'quotation', new Set())).toBe(true);
    expect(
      hasAnswerType(sentence('known as the \u201cbone-brain axis,\u201d a new idea'), 'quotation', new Set()),
    ).toBe(false);
    expect(hasAnswerType(sentence('thought to be \u201chardwired,\u201d but'), 'quotation', new Set())).toBe(false);
  });
});

describe('nameGiving', () => {
  it('finds a sentence that gives one of the words as a name, a few words after "known as" or "called"', () => {
    const axis = nameGiving(['axi']);
    expect(axis.test('this emerging concept, known as the \u201cbone-brain axis,\u201d is poised to')).toBe(true);
    expect(axis.test('a network called the axis')).toBe(true);
    expect(axis.test('the bone-brain axis may be the missing link')).toBe(false);
    expect(axis.test('known as a very long and winding axis')).toBe(false);
  });
});

describe('definesSubject', () => {
  const sentence = (text: string) =>
    ({ folded: text.toLowerCase() }) as unknown as Parameters<typeof definesSubject>[0];

  it('finds "X is", "X, a ..." and a name given, with words before the subject in the name', () => {
    expect(definesSubject(sentence('Osteocalcin is a hormone.'), ['osteocalcin'], false)).toBe(true);
    expect(definesSubject(sentence('this concept, known as the \u201cbone-brain axis,\u201d is'), ['axi'], false)).toBe(
      true,
    );
    expect(definesSubject(sentence('through the bone-brain axis, creating a cycle'), ['axi'], false)).toBe(false);
  });
});

describe('hasAnswerType: frequency', () => {
  const sentence = (text: string) => ({ folded: text.toLowerCase() }) as unknown as Parameters<typeof hasAnswerType>[0];
  it('takes words that say how often, with a count between "each" and its span', () => {
    expect(hasAnswerType(sentence('It meets each six months.'), 'frequency', new Set())).toBe(true);
    expect(hasAnswerType(sentence('The board meets quarterly.'), 'frequency', new Set())).toBe(true);
    expect(hasAnswerType(sentence('Elections are held every four years.'), 'frequency', new Set())).toBe(true);
    expect(hasAnswerType(sentence('It met in six months.'), 'frequency', new Set())).toBe(false);
  });
});

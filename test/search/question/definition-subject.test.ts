import { describe, expect, it } from 'vitest';
import { definitionSubject, framedDefinition } from '../../../src/search/question/definition-subject.js';

describe('definitionSubject: what a question asks the definition of', () => {
  it('reads "what is X", "define X", "X definition" and "what does X mean"', () => {
    expect(definitionSubject('what is osteocalcin?')).toEqual(['osteocalcin']);
    expect(definitionSubject('can you explain the bone brain axis')).toEqual(['bone', 'brain', 'axi']);
    expect(definitionSubject('talk me through the bone brain axis')).toEqual(['bone', 'brain', 'axi']);
    expect(definitionSubject('walk me through how stress hurts bones')).toBeNull();
    expect(definitionSubject('tell me about the side effects of neuromodulation')).toEqual([
      'side',
      'effect',
      'neuromodul',
    ]);
    expect(definitionSubject('tell me more about osteocalcin')).toEqual(['osteocalcin']);
    expect(definitionSubject('tell me about how stress hurts bones')).toBeNull();
    expect(definitionSubject('osteoporosis definition')).toEqual(['osteoporosi']);
    expect(definitionSubject('what does neuromodulation mean')).toEqual(['neuromodul']);
    expect(definitionSubject('how does depression lead to bone loss')).toBeNull();
    // "Explain how/why ..." asks a question of its own; "explain what X is" still asks what X is.
    expect(definitionSubject('explain how antidepressants affect bones')).toBeNull();
    expect(definitionSubject('explain what osteoporosis is')).toEqual(['osteoporosi']);
    // A term alone, up to three words, with or without "?"; not a short question of its own.
    expect(definitionSubject('cortisol?')).toEqual(['cortisol']);
    expect(definitionSubject('bone brain axis')).toEqual(['bone', 'brain', 'axi']);
    expect(definitionSubject('who discovered this')).toBeNull();
  });

  it('reads framed questions, and names the framing word to leave out', () => {
    expect(framedDefinition('what is the meaning of bone brain axis')).toEqual({
      subject: 'bone brain axis',
      frame: 'meaning',
    });
    expect(framedDefinition('what is mean osteocalcin')).toEqual({ subject: 'osteocalcin', frame: 'mean' });
    expect(framedDefinition('meaning of neuromodulation?')).toEqual({ subject: 'neuromodulation', frame: 'meaning' });
    expect(framedDefinition('what was the definition of professionals')).toEqual({
      subject: 'professionals',
      frame: 'definition',
    });
    expect(framedDefinition('what is the summary of the osteocalcin findings')).toEqual({
      subject: 'osteocalcin findings',
      frame: 'summary',
    });
    expect(framedDefinition('the definition of the axis')).toEqual({ subject: 'axis', frame: 'definition' });
    expect(framedDefinition('what does the word axis mean here')).toEqual({ subject: 'axis', frame: 'mean' });
    expect(framedDefinition('what does osteoporosis mean exactly')).toEqual({ subject: 'osteoporosis', frame: 'mean' });
    expect(framedDefinition('what exactly does osteoporosis mean')).toEqual({ subject: 'osteoporosis', frame: 'mean' });
    expect(framedDefinition('what does osteoporosis mean for bones')).toBeUndefined();
    expect(framedDefinition('how is osteoporosis defined in the article?')).toEqual({
      subject: 'osteoporosis',
      frame: 'defined',
    });
    expect(framedDefinition('how is bone loss measured')).toBeUndefined();
    expect(definitionSubject('how are bones described')).toEqual(['bone']);
  });
});

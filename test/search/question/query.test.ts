import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/search/question/query.js';
import { parseSynonyms } from '../../../src/search/text/synonyms.js';

describe('analyzeQuestion', () => {
  it('reads a question after the words it opens with ("yo", "ok so"), which are no concepts', () => {
    const opened = analyzeQuestion('yo does coffee cause osteoporosis', []);
    expect(opened.polar).toBe(true);
    expect(opened.concepts.map((c) => c.word)).toEqual(['coffee', 'cause', 'osteoporosis']);
    expect(analyzeQuestion('ok so how does alcohol affect bones', []).subjectAt).toBe(4);
  });

  it('reads "X meaning", "X definition" as "what is X?", the closing word no concept', () => {
    const keywords = analyzeQuestion('osteoporosis definition', []);
    expect(keywords.kind).toBe('definition');
    expect(keywords.subject).toEqual(['osteoporosi']);
    expect(keywords.concepts.map((c) => c.word)).toEqual(['osteoporosis']);
    expect(analyzeQuestion('bone brain axis meaning', []).kind).toBe('definition');
    // The word alone is a question about it.
    expect(analyzeQuestion('meaning', []).concepts.map((c) => c.word)).toEqual(['meaning']);
  });

  it('makes one concept per content word, with its stem and root', () => {
    const { concepts } = analyzeQuestion('Is inflammation involved?', []);
    expect(concepts.map((c) => c.word)).toEqual(['inflammation', 'involved']);
    expect([...(concepts[0]?.alternatives.keys() ?? [])]).toEqual(['inflamm', '^inflam']);
  });

  it('reads the form of the question a story ends with', () => {
    const analyzed = analyzeQuestion('My mum is 70. She drinks coffee. Can coffee cause osteoporosis?', []);
    expect(analyzed.polar).toBe(true);
    expect(analyzed.askedFrom).toBe(7);
    expect(analyzeQuestion('what is osteocalcin', []).askedFrom).toBeUndefined();
    // A title's full stop ends no sentence.
    expect(analyzeQuestion('what did Dr. Li say about exercise?', [])).toMatchObject({ kind: 'what' });
    expect(analyzeQuestion('what did Dr. Li say about exercise?', []).askedFrom).toBeUndefined();
  });

  it('meets a small number typed in digits spelt out, unless the number is part of a name', () => {
    const three = analyzeQuestion('what did the 3 doctors conclude', []).concepts.find((c) => c.word === '3');
    expect(three?.alternatives.get('three')).toBe(1);
    const apollo = analyzeQuestion('what was tested on Apollo 4', []).concepts.find((c) => c.word === '4');
    expect([...(apollo?.alternatives.keys() ?? [])]).toEqual(['4']);
  });

  it('reads whom a story is about, and phrases that ask whether, as asking words', () => {
    const asking = (question: string, synonyms = '') =>
      analyzeQuestion(question, parseSynonyms(synonyms))
        .concepts.filter((c) => c.asking)
        .map((c) => c.word);
    expect(asking('my mum is depressed, should she get her bones checked?')).toEqual(['mum', 'she']);
    expect(asking('is inflammation part of the problem')).toEqual(['part', 'problem']);
    expect(asking('should I be worried about my bones')).toEqual(['worried']);
    // Not someone else's father (a name's), nor a gran the content's synonyms say is an older person.
    expect(asking('who was the ally of his father')).toEqual([]);
    expect(asking('my gran has thin bones', 'gran => older')).toEqual([]);
    // Anyone's parent, said with a possessive: "a parent's bone health" is bone health.
    expect(asking("can a parent's bone health affect their mood")).toEqual(["parent's"]);
    expect(asking('can a parent help')).toEqual([]);
    // A pronoun's contraction, and a person's age, are the asker's people too; "a factor" after "is" only asks
    // whether it matters.
    expect(asking("my mum has osteoporosis and she's been low, are they linked?")).toEqual(['mum', "she's"]);
    expect(asking("I'm 70, is my age a factor?")).toEqual(['70', 'factor']);
    expect(asking('in my 60s and depressed, what about my bones?')).toEqual(['60s']);
    expect(asking('what happened in the 60s?')).toEqual([]);
    // What the asker says they are: "I'm a teacher", "as a nurse"; and their students.
    expect(asking("I'm a teacher: which terms should my students learn?")).toEqual(['teacher', 'terms', 'students']);
    expect(asking('as a nurse, who is most affected?')).toEqual(['nurse']);
    expect(asking('was the teacher a nurse?')).toEqual([]);
    expect(asking('my dad is 85, is stress a risk factor for him?')).toEqual(['dad', '85', 'risk', 'factor']);
    expect(asking('is the impact factor of the journal high')).toEqual([]);
    // "Genetic" says what kind of factor; the noun says nothing more, with "any" or "there are" before.
    expect(asking('Are there any genetic risk factors mentioned?')).toEqual(['risk', 'factors']);
    expect(asking('are there genetic factors')).toEqual(['factors']);
    expect(asking('are a lot of factors at play')).toEqual([]);
    expect(asking('how did 70 patients fare')).toEqual([]);
    // People picked by likeness to the asker are the asker's people, whatever the synonyms say of "people".
    expect(asking('are there new treatments for people like my dad?', 'people => patients')).toEqual(['people', 'dad']);
    expect(asking('are there new treatments for people with osteoporosis?', 'people => patients')).toEqual([]);
  });

  it('adds declared synonyms at a lower weight, and marks the concept as declared', () => {
    const { concepts } = analyzeQuestion('Can exercise help when I feel sad?', parseSynonyms('sad => depression'));
    const sad = concepts.find((c) => c.word === 'sad');
    expect(sad?.alternatives.get('sad')).toBe(1);
    expect(sad?.alternatives.get('depress')).toBeGreaterThan(0);
    expect(sad?.alternatives.get('depress')).toBeLessThan(1);
    expect(sad?.declared).toBe(true);
  });

  it('keeps a matched phrase as one idea, met in full by the phrase or what it means', () => {
    const synonyms = parseSynonyms('older people, elderly => older adults');
    const { concepts } = analyzeQuestion('Are older people at risk?', synonyms);
    expect(concepts.map((c) => c.word)).toEqual(['older people', 'risk']);
    const older = concepts[0];
    expect(older?.phrases.map((p) => p.terms)).toEqual([
      ['older', 'peopl'],
      ['older', 'adult'],
    ]);
  });

  it('meets a phrase of stop words and one word only in part by that word, unless the rule means it', () => {
    const synonyms = parseSynonyms('kind of study => comprehensive review\nwith age => age, older');
    const study = analyzeQuestion('what kind of study was it', synonyms).concepts.find((c) => c.stem === 'studi');
    expect(study?.alternatives.get('studi')).toBe(0.5);
    expect(study?.phrases.map((p) => p.terms)).toContainEqual(['comprehens', 'review']);
    const age = analyzeQuestion('does the brain change with age', synonyms).concepts.find((c) => c.stem === 'ag');
    expect(age?.alternatives.get('ag')).toBe(1);
    // "study" alone is any study.
    expect(analyzeQuestion('is the study good', synonyms).concepts[0]?.alternatives.get('studi')).toBe(1);
  });

  it('gives a concept to a phrase made only of stop words', () => {
    const { concepts } = analyzeQuestion(
      'Does it work the other way round?',
      parseSynonyms('the other way => bidirectional'),
    );
    expect(concepts.some((c) => c.alternatives.has('bidirect'))).toBe(true);
  });

  it('reads "what is X?" and bare fragments as asking for a definition of X', () => {
    expect(analyzeQuestion('What is osteopontin?', [])).toMatchObject({ kind: 'definition', subject: ['osteopontin'] });
    expect(analyzeQuestion('osteocalcin?', [])).toMatchObject({ kind: 'definition', subject: ['osteocalcin'] });
    expect(analyzeQuestion('Who wrote the review?', []).kind).toBe('who');
    expect(analyzeQuestion('pls explain the bone brain axis', [])).toMatchObject({ kind: 'definition' });
    expect(analyzeQuestion('can you explain osteocalcin?', [])).toMatchObject({ subject: ['osteocalcin'] });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/config.js';
import { loadKnowledgeBase } from '../../../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../../../src/search/knowledge-base.js';
import { expandShorthand } from '../../../src/search/text/shorthand.js';
import { normalizeWord } from '../../../src/search/text/text.js';

describe('expandShorthand', () => {
  it('reads chat shorthand as the words it stands for, as whole words only', () => {
    expect(expandShorthand('why do depressed ppl get weak bones')).toBe('why do depressed people get weak bones');
    expect(expandShorthand('r bones just there 4 support w/ muscles?')).toBe(
      'are bones just there for support with muscles?',
    );
    expect(expandShorthand('y do u get sad when ur bones r weak')).toBe('why do you get sad when your bones are weak');
    expect(expandShorthand('which uni are the authors from, do meds help')).toBe(
      'which university are the authors from, do medications help',
    );
    // Not inside words, not a capital single letter (a name, a list item), not "n" (a variable in technical text).
    expect(expandShorthand('Rural U.S. urban R n')).toBe('Rural U.S. urban R n');
    expect(expandShorthand('eli5 the bone brain thing')).toBe('explain the bone brain thing');
    // Laughing says nothing of what is asked; "wats" is "what's".
    expect(expandShorthand('why would my bones care if im sad LOL').trim()).toBe('why would my bones care if im sad');
    expect(expandShorthand('wats osteopontin')).toBe("what's osteopontin");
    expect(expandShorthand('wdym anti-inflammatory')).toBe('what do you mean anti-inflammatory');
    expect(expandShorthand('bro what even is osteopontin').trim()).toBe('what  is osteopontin');
    // A learner's "wich" is "which".
    expect(expandShorthand('wich hormone goes to the brain')).toBe('which hormone goes to the brain');
    expect(expandShorthand('who wrote dis')).toBe('who wrote this');
    // Question words typed without their vowels or a letter.
    expect(expandShorthand('hw does cortisol affect bones')).toBe('how does cortisol affect bones');
    expect(expandShorthand('wen was it published')).toBe('when was it published');
    // A lone 2 or 4 between words is "to" or "for"; a count stays one.
    expect(expandShorthand('wat happens 2 osteocalcin when ur depressed')).toBe(
      'what happens to osteocalcin when your depressed',
    );
    expect(expandShorthand('any tips 4 both')).toBe('any tips for both');
    // A lone "n" between two words is "and"; not a variable.
    expect(expandShorthand('osteopontin n depression link?')).toBe('osteopontin and depression link?');
    expect(expandShorthand('the function of n, T(n), equal to n')).toBe('the function of n, T(n), equal to n');
    // Before a plural, after an adjective with no article: "bad 4 bones" is bad for them; "a good 4 hours" counts.
    expect(expandShorthand('is depression bad 4 bones')).toBe('is depression bad for bones');
    for (const count of [
      'what are the 2 hormones',
      'it takes 2 weeks',
      'is 4 enough',
      'the Apollo 4 test launch',
      'i slept a good 4 hours',
    ]) {
      expect(expandShorthand(count)).toBe(count);
    }
  });

  it('drops hedges and asides of chat ("lowkey", "fr", "btw") as it drops laughter', () => {
    expect(expandShorthand('lowkey how does depression mess with ur bones').trim()).toBe(
      'how does depression mess with your bones',
    );
    expect(expandShorthand('is it fr that bones make hormones BTW')).toBe('is it  that bones make hormones ');
    // So are adverbs that only stress ("who actually did the study" keeps the content's phrase "who did").
    expect(expandShorthand('who actually did the study')).toBe('who  did the study');
    expect(expandShorthand('what exactly is osteoporosis')).toBe('what  is osteoporosis');
    // Spelled out, "ngl" and "tbh" would ask about lying and honesty; "or nah" is "or not".
    expect(expandShorthand('ngl the vicious cycle part, explain pls tbh').trim()).toBe(
      'the vicious cycle part, explain please',
    );
    expect(expandShorthand('is this legit science or nah').trim()).toBe('is this legit science or');
    // Swearing for stress: "tf" is dropped, "wtf" asks "what"; "TF" in capitals is an abbreviation.
    expect(expandShorthand('who tf wrote this lol').replace(/\s+/g, ' ').trim()).toBe('who wrote this');
    expect(expandShorthand('WTF is osteocalcin')).toBe('what is osteocalcin');
    expect(expandShorthand('what does TF stand for')).toBe('what does TF stand for');
    // A degree adverb the content never says: "does this affect older people" at all answers "mostly".
    expect(expandShorthand('does this mostly affect older people?').replace(/\s+/g, ' ')).toBe(
      'does this affect older people?',
    );
    expect(expandShorthand('a mostly inland forest', (stem) => stem === 'mostli')).toBe('a mostly inland forest');
    // So is an adjective of degree: "pure speculation" is speculation.
    expect(expandShorthand('is it pure speculation?').replace(/\s+/g, ' ')).toBe('is it speculation?');
    // British slang for scientists.
    expect(expandShorthand('who are the boffins behind this?')).toBe('who are the scientists behind this?');
    // In capitals, "FR" may be an abbreviation (France, a form).
    expect(expandShorthand('the FR team')).toBe('the FR team');
    // Exclamations too.
    expect(expandShorthand('wow so the skeleton is a gland').trim()).toBe('so the skeleton is a gland');
  });

  it('joins a hyphenated word the content writes as one ("neuro-modulation"), and leaves other pairs', () => {
    const inContent = (stem: string) => stem === 'neuromodul';
    expect(expandShorthand('what does neuro-modulation do', inContent)).toBe('what does neuromodulation do');
    expect(expandShorthand('the bone-brain axis', inContent)).toBe('the bone-brain axis');
    // A combining form alone, as dictation splits a science word, is joined to the word after it, which the typo
    // search then reads ("osteocalcium" for "osteocalcin"); three letters ("bio") are enough for the content's own.
    // (The content's root of osteocalcin keeps the joined word whole: not read as "calcium".)
    const hasOsteocalcin = (stem: string) => stem === 'osteocalcin' || stem === '^osteoc';
    expect(expandShorthand('what does osteo calcium do', hasOsteocalcin)).toBe('what does osteocalcium do');
    // Not before an everyday word: "my physio SAYS".
    expect(expandShorthand('my physio says it helps', hasOsteocalcin)).toBe('my physio says it helps');
    expect(expandShorthand("what's the journal bio molecules", (stem) => stem === 'biomolecul')).toBe(
      "what's the journal biomolecules",
    );
    expect(expandShorthand('the stress hormone cortisol')).toBe('the stress hormone cortisol');
    // Typed apart too, when the content has neither half on its own.
    expect(expandShorthand('what is the neuro modulation therapy', inContent)).toBe(
      'what is the neuromodulation therapy',
    );
    // With two letters of the first half swapped, typed apart or with a hyphen.
    expect(expandShorthand('what is nuero modulation', inContent)).toBe('what is neuromodulation');
    expect(expandShorthand('what is nuero-modulation', inContent)).toBe('what is neuromodulation');
    expect(expandShorthand('what is nuero modulation')).toBe('what is nuero modulation');
    const halves = (stem: string) => ['neuromodul', 'neuro', 'modul'].includes(stem);
    expect(expandShorthand('neuro modulation', halves)).toBe('neuro modulation');
    // A capitalised first half of two letters: a name typed apart ("Le grand" for the content's LeGrande).
    expect(expandShorthand('what does Le grand ask for?', (stem) => stem === 'legrand')).toBe(
      'what does Legrand ask for?',
    );
    expect(expandShorthand('is it in the grand hall?', (stem) => stem === 'legrand')).toBe('is it in the grand hall?');
  });

  it('reads "dose" right after a question word as "does", unless a dose is asked about', () => {
    expect(expandShorthand('what dose ostiocalcin do')).toBe('what does ostiocalcin do');
    expect(expandShorthand('how dose stress hurt bones')).toBe('how does stress hurt bones');
    expect(expandShorthand('what dose of vitamin D')).toBe('what dose of vitamin D');
    expect(expandShorthand('what dose is safe')).toBe('what dose is safe');
    expect(expandShorthand('the right dose')).toBe('the right dose');
  });

  it('joins a hyphenated word English writes as one ("pseudo-science"), unless the content has both halves', () => {
    expect(expandShorthand('is it pseudo-science?')).toBe('is it pseudoscience?');
    expect(expandShorthand('a long-term study')).toBe('a long-term study');
    const halves = (stem: string) => ['co', 'oper'].includes(stem);
    expect(expandShorthand('co-operation', halves)).toBe('co-operation');
  });

  it('puts back a dropped "g", and leaves English words and names in "-in" alone', () => {
    expect(expandShorthand('can workin out help')).toBe('can working out help');
    expect(expandShorthand('nothin works, im gettin worse')).toBe('nothing works, im getting worse');
    expect(expandShorthand('protein cabin martin insulin Franklin putin')).toBe(
      'protein cabin martin insulin Franklin putin',
    );
  });

  it('reads a slip of a question or function word as that word, and no English word or part of one', () => {
    expect(expandShorthand('waht is osteocalcin')).toBe('what is osteocalcin');
    expect(expandShorthand('wich hormone, hwo wrote it, teh brain')).toBe('which hormone, who wrote it, the brain');
    // ("pre-existing" is joined as English writes it, not read as a slip of "are".)
    expect(expandShorthand("doesn't it, pre-existing, what kinda test")).toBe(
      "doesn't it, preexisting, what kind of test",
    );
    expect(expandShorthand('cortisol wheat whet')).toBe('cortisol wheat whet');
    // A longer function word, one slip away: "artcle", "becuse"; not an English word one slip from one ("these").
    expect(expandShorthand('what does the artcle say, becuse i wonder')).toBe(
      'what does the article say, because i wonder',
    );
    expect(expandShorthand('those these thesis')).toBe('those these thesis');
    // An ending spelt as it sounds ("artical"), and a verb after "who" spelt as it sounds ("rote", a word of its own).
    expect(expandShorthand('who rote this artical')).toBe('who wrote this article');
    expect(expandShorthand('learning by rote, who is right')).toBe('learning by rote, who is right');
  });

  it('puts back a letter left out of a common word, only when the word it may be is clear', () => {
    expect(expandShorthand('is ther a gene, do they hav weak bones, more likly')).toBe(
      'is there a gene, do they have weak bones, more likely',
    );
    // Common words WordNet lacks ("she"), English words ("bon") and a short word near a longer one ("isit", not
    // "visit") stay as they are.
    expect(expandShorthand('she says isit bon')).toBe('she says isit bon');
    // "tird" may be "tired" or "third"; the content's word wins.
    expect(expandShorthand('the tird one')).toBe('the tird one');
    const contentHas = (stem: string) => stem === normalizeWord('third');
    expect(expandShorthand('the tird one', contentHas)).toBe('the third one');
    // A word of the content's with a letter left out, when no common word is: one stem of the content's only, and
    // not an inflection of an English word ("restated" is no "restarted").
    const cycles = (stem: string) => stem === normalizeWord('cycle') || stem === normalizeWord('restarted');
    expect(expandShorthand('the vicious cyle', cycles)).toBe('the vicious cycle');
    expect(expandShorthand('the vicious cyle')).toBe('the vicious cyle');
    expect(expandShorthand('how are problems restated', cycles)).toBe('how are problems restated');
  });

  it('reads a 2 after a part of the text as its number, not "to"', () => {
    expect(expandShorthand('what does paragraph 2 say')).toBe('what does paragraph 2 say');
    expect(expandShorthand('what happens 2 osteocalcin')).toBe('what happens to osteocalcin');
  });

  it('leaves abbreviations, initials and letters of other words alone', () => {
    // "300 BC" is no "because", "y. pestis" no "why", the "r" of "Gür" no "are".
    expect(expandShorthand('around 300 BC, strains of y. pestis, Gür Khan')).toBe(
      'around 300 BC, strains of y. pestis, Gür Khan',
    );
    expect(expandShorthand('IDK what PPL think')).toBe("I don't know what people think");
  });

  it('leaves a word in "-in" alone when the content has it, whatever English would make of it', () => {
    const contentHas = (stem: string) => stem === normalizeWord('gettin');
    expect(expandShorthand('is gettin covered', contentHas)).toBe('is gettin covered');
    expect(expandShorthand('is workin covered', contentHas)).toBe('is working covered');
  });
});

describe('shorthand in questions', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledgeBase(contentDir());
  });

  it('answers "eli5 the bone brain thing", which it declined for the unknown word "eli5"', () => {
    expect(kb.answerQuestion('eli5 the bone brain thing').passages.length).toBeGreaterThan(0);
  });

  it('answers "can workin out help" with the exercise passage, which it declined for the unknown word "workin"', () => {
    expect(kb.answerQuestion('can workin out help').passages[0]?.text).toContain('exercise');
  });

  it('answers "r depresed ppl more likly to hav weak bones", which it declined for "hav" and "likly"', () => {
    const typed = kb.answerQuestion('r depresed ppl more likly to hav weak bones');
    expect(typed.passages[0]?.text).toContain('higher rates of depression');
  });

  it('answers "why do depressed ppl get weak bones" as it answers "people"', () => {
    const short = kb.answerQuestion('why do depressed ppl get weak bones');
    const long = kb.answerQuestion('why do depressed people get weak bones');
    expect(short.passages[0]?.paragraph).toBeDefined();
    expect(short.passages[0]?.paragraph).toBe(long.passages[0]?.paragraph);
  });
});

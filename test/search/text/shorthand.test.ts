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
      'are bones just there 4 support with muscles?',
    );
    expect(expandShorthand('y do u get sad when ur bones r weak')).toBe('why do you get sad when your bones are weak');
    // Not inside words, not a capital single letter (a name, a list item), not "n" (a variable in technical text).
    expect(expandShorthand('Rural U.S. urban R n')).toBe('Rural U.S. urban R n');
    expect(expandShorthand('eli5 the bone brain thing tbh')).toBe('explain the bone brain thing to be honest');
    // Asking for a plain answer says nothing of what is asked.
    expect(expandShorthand('in simple words how do bones talk to the brain').trim()).toBe(
      'how do bones talk to the brain',
    );
    expect(expandShorthand("explain osteocalcin like I'm five")).toBe('explain osteocalcin  ');
    expect(expandShorthand('pls explain the axis like im 5').trim()).toBe('please explain the axis');
    // Nor does asking for it short, or laughing.
    expect(expandShorthand('how are they connected, in 1 sentence').trim()).toBe('how are they connected,');
    expect(expandShorthand('tldr on the treatment ideas?').trim()).toBe('the treatment ideas?');
    expect(expandShorthand('why would my bones care if im sad LOL').trim()).toBe('why would my bones care if im sad');
    expect(expandShorthand('tl;dr')).toBe('tl;dr');
  });

  it('reads "how do I know if I have X" as asking for the signs of X', () => {
    expect(expandShorthand('how do i know if i have osteoporosis')).toBe('what are the symptoms of osteoporosis');
    expect(expandShorthand('So how can you tell whether my dad has a broken hip?')).toBe(
      'So what are the symptoms of broken hip?',
    );
    // Not how to tell something else.
    expect(expandShorthand('how do I know if my bones are weak')).toBe('how do I know if my bones are weak');
    expect(expandShorthand('how do they know if it has worked')).toBe('how do they know if it has worked');
  });

  it('reads "hurt" closing a question as asking about pain, and "hurt your bones" as harm', () => {
    expect(expandShorthand('does osteoporosis hurt?')).toBe('does osteoporosis give pain?');
    expect(expandShorthand('Will neuromodulation HURT')).toBe('Will neuromodulation give pain');
    expect(expandShorthand('does stress hurt your bones')).toBe('does stress hurt your bones');
  });

  it('joins a hyphenated word the content writes as one ("neuro-modulation"), and leaves other pairs', () => {
    const inContent = (stem: string) => stem === 'neuromodul';
    expect(expandShorthand('what does neuro-modulation do', inContent)).toBe('what does neuromodulation do');
    expect(expandShorthand('the bone-brain axis', inContent)).toBe('the bone-brain axis');
  });

  it('reads "the US" as the country, not the pronoun, unless the whole message is in capitals', () => {
    expect(expandShorthand('is the research from the US')).toBe('is the research from the USA');
    expect(expandShorthand('does it help us')).toBe('does it help us');
    expect(expandShorthand('IS IT FROM THE US')).toBe('IS IT FROM THE US');
    expect(expandShorthand("explain it like I'm a 5 year old").trim()).toBe('explain it');
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
    expect(expandShorthand("doesn't it, pre-existing, what kinda test")).toBe(
      "doesn't it, pre-existing, what kind of test",
    );
    expect(expandShorthand('cortisol wheat whet')).toBe('cortisol wheat whet');
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

  it('answers "why do depressed ppl get weak bones" as it answers "people"', () => {
    const short = kb.answerQuestion('why do depressed ppl get weak bones');
    const long = kb.answerQuestion('why do depressed people get weak bones');
    expect(short.passages[0]?.paragraph).toBeDefined();
    expect(short.passages[0]?.paragraph).toBe(long.passages[0]?.paragraph);
  });
});

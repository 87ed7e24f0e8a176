import { describe, expect, it } from 'vitest';
import { askingSentenceStart } from '../../../src/search/question/asking-sentence.js';
import { tokenize } from '../../../src/search/text/text.js';

const start = (message: string) => {
  const tokens = tokenize(message);
  const { asks, verifyAt } = askingSentenceStart(message, tokens, 0);
  return { asks: tokens[asks]?.word, verifies: verifyAt === undefined ? undefined : tokens[verifyAt]?.word };
};

describe('askingSentenceStart: which sentence of a message asks', () => {
  it('takes the last sentence of a story when it asks, not a full stop after an initial or a title', () => {
    expect(start("I'm 58. I worry about my bones. Does the article say anything?").asks).toBe('Does');
    expect(start('Is Dr. Li a neurologist?').asks).toBe('Is');
    expect(start('I worry about my bones. Please help.').asks).toBe('I');
  });

  it("takes a question of its own after a comma that ends the asker's story", () => {
    const lost = 'I got lost at the part about hormones, which hormone is it that comes from the bones?';
    expect(start(lost).asks).toBe('which');
    expect(start('I was reading it at lunch, what does osteopontin do in the brain?').asks).toBe('what');
    const shared =
      "I keep seeing this shared and everyone says it's a breakthrough but what did the researchers really say?";
    expect(start(shared).asks).toBe('what');
    // Not a question about the story, a relative clause, or no question.
    expect(start('my mum is crying all the time, what should I do?').asks).toBe('my');
    expect(start('I read about the hormone, which crosses into the brain?').asks).toBe('I');
    expect(start('I read about the hormone, what it does to the brain and more').asks).toBe('I');
  });

  it('takes a yes/no question about "it" after a comma that ends what the text says', () => {
    expect(start('it says the brain changes with age, does it mean dementia?').asks).toBe('does');
    expect(start('the article mentions cortisol, does it cause bone loss?').asks).toBe('does');
    // Not a topic named, which tells nothing.
    expect(start('back to osteocalcin, does it drop with treatment?').asks).toBe('back');
  });

  it('takes a question after a spaced dash as its last sentence, not a hyphen or an answer after a dash', () => {
    expect(start("The headline says 'may link' - how confident are they?").asks).toBe('how');
    expect(start('The review — who wrote it?').asks).toBe('who');
    expect(start('what is osteocalcin - a hormone?').asks).toBe('what');
    expect(start('is the bone-brain axis real?').asks).toBe('is');
  });

  it('ends a sentence at a single letter before a question word ("vitamin D. Does ..."), not at an initial', () => {
    expect(start('I take vitamin D. Does it help?').asks).toBe('Does');
    expect(start('Did Susan B. Anthony vote?').asks).toBe('Did');
  });

  it('takes an aside after the question for one (its start is asideAt), not what carries the question on', () => {
    const aside = (message: string) => {
      const tokens = tokenize(message);
      const { asks, asideAt } = askingSentenceStart(message, tokens, 0);
      return [tokens[asks]?.word, asideAt === undefined ? undefined : tokens[asideAt]?.word];
    };
    expect(aside('what does osteopontin do? the name sounds made up haha')).toEqual(['what', 'the']);
    expect(aside('I have weak bones. Is my age a factor? asking for my mum')).toEqual(['Is', 'asking']);
    expect(aside('how does cortisol damage bone, my doctor mentioned it last week')).toEqual(['how', 'my']);
    // What the asker wants the answer for.
    expect(aside('where was this published, I want to cite it')).toEqual(['where', 'I']);
    expect(aside('who wrote this, so I can share it')).toEqual(['who', 'so']);
    expect(aside('is it cortisol? or inflammation')).toEqual(['is', undefined]);
    expect(aside('does exercise help? especially for older people')).toEqual(['does', undefined]);
    expect(aside('does stress hurt bones, and why')).toEqual(['does', undefined]);
  });

  it('says when the question points back at the story with "these", "those" or "is that", not "these findings"', () => {
    const told = (message: string) => askingSentenceStart(message, tokenize(message), 0).storyAsked;
    expect(told('I take calcium and vitamin D. Does the article say these help my mood?')).toBe(true);
    expect(told('I walk a lot. Do those walks count as exercise?')).toBe(true);
    expect(told('I do yoga every day - does that count as exercise?')).toBe(true);
    expect(told('I read the review. Are these findings new?')).toBeUndefined();
    // "Is that" compared with something stands for the story; a bare "is that connected?", "is that what ..." or
    // "is that true?" does not.
    expect(told('I have weak bones. Is that linked to mood?')).toBe(true);
    expect(told('I have weak bones and low mood. Is that connected?')).toBeUndefined();
    expect(told('I thought bones were inert. Is that what scientists thought?')).toBeUndefined();
    expect(told('She says bones are dead scaffolding. Is that true?')).toBeUndefined();
    // A bare "does it?" after a claim verifies it, as "is that true?" does.
    expect(told('My friend reckons this proves depression causes osteoporosis. Does it?')).toBeUndefined();
    expect(
      askingSentenceStart(
        'My friend reckons this proves X. Does it?',
        tokenize('My friend reckons this proves X. Does it?'),
        0,
      ).verifyAt,
    ).toBe(6);
    expect(told('I read the review. Is this article new?')).toBeUndefined();
    // "They" as the subject of a yes/no question points back too; not "they" later in it.
    expect(told('My mum takes calcium tablets every day. Do they help with depression?')).toBe(true);
    expect(told('My mum is 80. Is it true they get weaker bones?')).toBeUndefined();
    // So does "it" as the subject of what a yes/no question claims; not "is it ...".
    expect(told('My anxiety is bad. Does it hurt my bones?')).toBe(true);
    expect(told('I read the article. Is it true bones make hormones?')).toBeUndefined();
    // "Does this apply to me?": whether the findings hold for what was told; not "does this mean ...".
    expect(told('I have anxiety, not depression. Does this apply to me?')).toBe(true);
    expect(told('I have weak bones. Does this mean I will get depressed?')).toBeUndefined();
    // After a comma too, when the question is "does it" or "do they"; not after a condition.
    expect(told('my anxiety is bad, does it hurt my bones?')).toBe(true);
    expect(told('if someone carries the variant, do they get depressed?')).toBeUndefined();
    // Or "is that ..." of what was told ("I have fibromyalgia, is that part of the axis?"); not "is that true?".
    expect(told('I have fibromyalgia and depression, is that part of the axis?')).toBe(true);
    expect(told('my sister says bones are dead scaffolding, is that true?')).toBeUndefined();
    // Nor after a topic named, which tells nothing: its words are the question's.
    expect(told('back to osteocalcin, does it drop with treatment?')).toBeUndefined();
  });

  it('takes the claim before "Is that true?", and says where the check starts', () => {
    expect(start('My sister says bones are just scaffolding. Is that true?')).toEqual({ asks: 'My', verifies: 'Is' });
    expect(start('I read that. Stress makes bones weaker. Is she right?')).toEqual({ asks: 'Stress', verifies: 'Is' });
    expect(start('My therapist suggested exercise. Does the article back that up?')).toEqual({
      asks: 'My',
      verifies: 'Does',
    });
    expect(start('My friend says bones are scaffolding. Does the article agree?').verifies).toBe('Does');
    expect(start('I exercise. Does the article support exercise?').verifies).toBeUndefined();
  });
});

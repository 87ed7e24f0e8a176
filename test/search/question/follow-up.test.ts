import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import { PROJECT_ROOT } from '../../../src/project.js';
import { KnowledgeBase } from '../../../src/search/knowledge-base.js';
import { answerInConversation } from '../../../src/search/question/answer-in-conversation.js';
import { standaloneQuestion } from '../../../src/search/question/follow-up.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.build(loadContent(join(PROJECT_ROOT, 'content')));
});

const first = (question: string, previous?: string) => answerInConversation(kb, question, previous).passages[0]?.text;

describe('standaloneQuestion', () => {
  it('puts the topic of the question before where a pronoun points back', () => {
    expect(
      standaloneQuestion('and what happens to it when depression is treated?', 'What does osteocalcin do?', kb),
    ).toBe('and what happens to osteocalcin when depression is treated?');
  });

  it('puts a commoner noun of the question before where "it" points back, when its topic words hold no noun', () => {
    // "Brain" says less than "fixed" in general English, but "fixed" is no thing "it" can be.
    expect(standaloneQuestion('what changes it', 'is the brain fixed', kb)).toBe('what changes brain');
    expect(standaloneQuestion('and bones?', 'what changes brain', kb)).toBe('what changes bones');
  });

  it('keeps a year the content gives in the topic, which tells one thing from another of its kind', () => {
    expect(standaloneQuestion('what did it find', "what's the 2025 review", kb)).toBe('what did 2025 review find');
    expect(first('what did it find', "what's the 2025 review")).toContain('exercise can engage the bone-brain axis');
  });

  it('asks a preposition, a question word and a noun ("with what conditions?") of the question before', () => {
    expect(standaloneQuestion('with what conditions', 'can exercise help', kb)).toBe(
      'with what conditions (exercise help)?',
    );
    expect(first('with what conditions', 'can exercise help')).toContain('neurodegenerative diseases');
    // A question word and a noun alone may ask a question of its own.
    expect(standaloneQuestion('which journal', 'what kind of doctors are they', kb)).toBe('which journal');
  });

  it('asks a question naming nothing of its own ("how many are there in total?") of the question before', () => {
    expect(standaloneQuestion('how many are there in total?', 'who is Xudong Zhao?', kb)).toBe(
      'how many are there in total (Xudong Zhao)?',
    );
    expect(first('how many are there in total?', 'who is Xudong Zhao?')).toContain('three neurologists from China');
    // One naming a thing of its own stands alone.
    expect(standaloneQuestion('how many hormones do bones release?', 'who is Xudong Zhao?', kb)).toBe(
      'how many hormones do bones release?',
    );
  });

  it('puts the thing named, not what the question before said of it after naming it, where "they" points', () => {
    expect(standaloneQuestion('what do they release', 'are bones alive', kb)).toBe('what do bones release');
    expect(first('does it reach the brain', 'what do bones release')).toContain('cross the blood-brain barrier');
  });

  it('reads "which paragraph is that in?" as the question before, whose citation says where it stands', () => {
    expect(standaloneQuestion('which paragraph is that in?', 'can you quote them', kb)).toBe('can you quote them');
    expect(standaloneQuestion('where is that in the article', 'what does osteopontin do', kb)).toBe(
      'what does osteopontin do',
    );
    expect(standaloneQuestion('which paragraph talks about genes', 'what does osteopontin do', kb)).toBe(
      'which paragraph talks about genes',
    );
  });

  it('asks for the words of whom the answer named as asked, with no topic to read as what they are about', () => {
    expect(standaloneQuestion('can you quote them', 'who wrote it', kb)).toBe('can you quote them');
    expect(first('can you quote them', 'who wrote it')).toContain('As Li and colleagues emphasize');
  });

  it('keeps what was said of the thing as the context of "what else": else than that', () => {
    expect(standaloneQuestion('what else do they do?', 'Are bones just structural support?', kb)).toBe(
      'what else do bones do (structural)?',
    );
    expect(first('what else do they do?', 'Are bones just structural support?')).toContain(
      'active hormone-producing organs',
    );
  });

  it('reads "who said so?" and "says who?" as who said that', () => {
    expect(standaloneQuestion('who said so', 'what do they still need', kb)).toBe('who said need');
    expect(first('says who?', 'what do they still need')).toContain('As Li and colleagues emphasize');
  });

  it('puts only what the question does not say again where the pronoun was', () => {
    expect(
      standaloneQuestion('and what do they think now?', 'what did scientists think about the brain before', kb),
    ).toBe('and what do scientists think now?');
  });

  it.each([
    // "it" is one thing: a singular noun of the topic, not a plural or an adjective.
    ['what is it exactly', 'is osteoporosis common in old people', 'what is osteoporosis exactly'],
    // Nor "the researchers", a plural WordNet lacks: with no one thing to stand for, the topic is context.
    [
      'can doctors already use it?',
      'what do the researchers want next',
      'can doctors already use it (researchers next)?',
    ],
    // "they" may be several things: the whole topic.
    ['are they related?', 'is osteoporosis common in old people', 'are osteoporosis old people related?'],
    // A word English uses mostly as a verb is still a thing after "the": "it" is the review.
    ['how long is it', 'where was the review published', 'how long is review'],
    // "Why X?" names its own topic: the conversation only breaks ties (answer-in-conversation.ts).
    ['why exercise?', 'what might help people with both conditions', 'why exercise?'],
    // With nothing that can be a thing to point at, "it" means what it meant before.
    ['where was it published?', 'who wrote it', 'where was it published?'],
    // Nor a demonstrative: "that" after "where was this published?" is no "published".
    ['is that a good journal?', 'where was this published', 'is that a good journal?'],
    // "Who wrote it?", "when was it published?": in a conversation about an article, the article.
    ['and who wrote it?', 'is that a good journal?', 'and who wrote it?'],
    ['when was it published?', 'what is osteocalcin', 'when was it published?'],
    ['when was it discovered?', 'what is osteocalcin', 'when was osteocalcin discovered?'],
    // The whole phrase of the topic, not only its specific words.
    ['who came up with it', 'what is the bone brain axis', 'who came up with bone brain axis'],
    // Not the words of the question's frame, a phrase the synonyms declare ("who came up with").
    ['is it proven', 'who came up with bone brain axis', 'is bone brain axis proven'],
    // "and X?": X where the article says it with the rest ("mood" goes with osteocalcin), never in the verb's place,
    // and the first thing by default.
    ['and mood?', 'how does osteocalcin affect the brain', 'how does osteocalcin affect the mood'],
    ['and osteopontin?', 'how does osteocalcin affect the brain', 'how does osteopontin affect the brain'],
    // "They" stands for things in the plural, or joined by "and"; not for one study, nor a phrase for who did it.
    ['how many people did they test', 'is this study reliable', 'how many people did they test'],
    ['what do they do', 'what are osteocalcin and osteopontin', 'what do osteocalcin osteopontin do'],
    ['where do they work', 'who are the researchers', 'where do researchers work'],
    ['where r they from', 'who came up with it', 'where r they from (who came up with)?'],
    // "review" is a noun English mostly uses as a verb, not a plural: "they" are whom "who" asked for.
    ['what do they conclude', 'who wrote the review', 'what do they conclude (wrote review)?'],
    // A correction asks the question before about X; "I mean it" corrects nothing.
    ['no sorry, I meant osteopontin', 'what does osteocalcin do', 'what does osteopontin do'],
    ['oops, make that osteocalcin', 'how does cortisol affect bones', 'how does osteocalcin affect bones'],
    // In the place of what the content lists it with ("depression and osteoporosis"); "then" is no part of X.
    ['what about osteoporosis then', 'can neuromodulation help depression', 'can neuromodulation help osteoporosis'],
    // Nor in the place of what is said of a thing, a participle WordNet does not know.
    ['what about bones?', 'is the brain hardwired', 'is the bones hardwired'],
    // "and in X?": what follows the preposition changes, or the phrase is added.
    ['and in women?', 'is depression common in older people', 'is depression common in women?'],
    ['and about bones?', 'what did they find about the brain', 'what did they find about bones?'],
    ['and in the brain?', 'what does osteocalcin do', 'what does osteocalcin do in the brain?'],
    // "The other one" points back rather than names what is asked about.
    ['and the other one?', 'which one crosses into the brain', 'and the other one (crosses brain)?'],
    // After a "who" question, "he" is the person its answer named: the question before is the context.
    ['where does he work', 'who wrote the review', 'where does he work (wrote review)?'],
    // Asking for examples or proof asks for more of what came before ("they" who suggest are the authors); "any
    // examples of cortisol?" is its own.
    ['examples?', 'what treatments do they suggest', 'examples (treatments authors suggest)?'],
    ['any proof?', 'does exercise help bones', 'any proof (exercise help bones)?'],
    ['any examples of treatments?', 'does exercise help bones', 'any examples of treatments?'],
  ])('reads %j after %j as %j', (asked, previous, expected) => {
    expect(standaloneQuestion(asked, previous, kb)).toBe(expected);
  });

  it('takes every topic word for "it" when none is a singular noun', () => {
    expect(standaloneQuestion('what causes it', 'why do bones weaken', kb)).toContain('bones');
  });

  it('reads "the other way around?", "vice versa?" as the question before with its two ends swapped', () => {
    expect(standaloneQuestion('and the other way around?', 'can bones affect mood?', kb)).toBe(
      'can mood affect bones?',
    );
    expect(standaloneQuestion('vice versa?', 'does depression cause bone loss', kb)).toBe(
      'does bone loss cause depression',
    );
    expect(standaloneQuestion('and the reverse?', 'which hormone is involved (bones affect mood)?', kb)).toBe(
      'which hormone is involved (mood affect bones)?',
    );
    // The verb may be a noun too ("damage"); a participle before its noun is no verb ("depressed people").
    expect(standaloneQuestion('and the reverse?', 'how does depression damage bones', kb)).toBe(
      'how does bones damage depression',
    );
    expect(standaloneQuestion('is the reverse true too', 'do depressed people have weaker bones', kb)).toBe(
      'do weaker bones have depressed people',
    );
    // With one thing only, nothing to swap.
    expect(standaloneQuestion('vice versa?', 'what is osteocalcin', kb)).toBe('vice versa?');
  });

  it('asks the question before again about the new subject of "what about X?"', () => {
    expect(standaloneQuestion('what about osteopontin?', 'What does osteocalcin do?', kb)).toBe(
      'What does osteopontin do?',
    );
  });

  it('leaves a question with its own topic alone, and "it" that points at nothing', () => {
    expect(standaloneQuestion('How does cortisol affect bone?', 'What does osteocalcin do?', kb)).toBe(
      'How does cortisol affect bone?',
    );
    expect(standaloneQuestion('is it true that exercise helps?', 'What does osteocalcin do?', kb)).toBe(
      'is it true that exercise helps?',
    );
  });

  it('adds the topic to a question with nothing of its own', () => {
    expect(standaloneQuestion('why?', 'What does cortisol do to bones?', kb)).toMatch(/^why \(.*cortisol.*\)\?$/);
  });

  it('asks why of what a yes/no question before asked', () => {
    expect(standaloneQuestion('why is that?', 'Are depressed people more likely to have weak bones?', kb)).toBe(
      'why are depressed people more likely to have weak bones?',
    );
    expect(standaloneQuestion('how come', 'is depression common in older people', kb)).toBe(
      'why is depression common in older people?',
    );
    expect(first('why?', 'is depression common in older people with osteoporosis')).toContain('missing link');
  });

  it('asks "is that true for X too?", "does the same go for X?" as "and X?"', () => {
    expect(standaloneQuestion('is that true for depression too', 'is osteoporosis common in older people', kb)).toBe(
      'is depression common in older people',
    );
    expect(standaloneQuestion('does the same go for osteopontin?', 'how does osteocalcin affect mood', kb)).toBe(
      'how does osteopontin affect mood',
    );
  });

  it('reads a pronoun as the thing the message names first ("and depression, who gets that?")', () => {
    expect(standaloneQuestion('and depression, who gets that', 'who gets osteoporosis most', kb)).toBe(
      'who gets depression',
    );
    expect(standaloneQuestion('what about neuromodulation, what is it?', 'can drugs help', kb)).toBe(
      'what is neuromodulation?',
    );
    // Going back to a thing, set off by a spaced hyphen.
    expect(standaloneQuestion('back to osteocalcin - what happens to it?', 'what about inflammation', kb)).toBe(
      'what happens to osteocalcin?',
    );
    // Not a phrase that only places the question: "it" is still what the question before was about.
    expect(standaloneQuestion('in depression, what happens to it', 'what is osteocalcin', kb)).toBe(
      'in depression, what happens to osteocalcin',
    );
  });

  it('reads "is it safe?" with no clause after it as about the topic, and declines it as the question would be', () => {
    expect(first('is it safe', 'what is neuromodulation')).toBeUndefined();
  });

  it('writes a plural possessive with the apostrophe alone, and never quotes across brackets', () => {
    expect(standaloneQuestion("what's their main claim", 'who are the researchers', kb)).toBe(
      "what's researchers' main claim",
    );
    expect(standaloneQuestion('are those proven yet', 'what else could help (exercise)?', kb)).not.toContain('(');
  });

  it('reads "this" before a closing adjective as pointing back ("why is this important?")', () => {
    expect(standaloneQuestion('why is this important', 'what is osteocalcin', kb)).toBe('why is osteocalcin important');
  });

  it('reads "they" after "who wrote it?" as the people the answer named, and answers a choice the article makes', () => {
    const answer = answerInConversation(kb, 'are they neurologists or psychiatrists', 'who wrote it');
    expect(answer.understood).toBe('are they neurologists or psychiatrists (wrote)?');
    expect(answer.passages[0]?.text).toContain('three neurologists from China');
  });

  it('reads "they" after "who tends to get it?" as the group the answer named', () => {
    const answer = answerInConversation(kb, 'and are they more depressed?', 'who tends to get osteoporosis?');
    expect(answer.understood).toBe('and are they more depressed (tends osteoporosis)?');
    expect(answer.passages[0]?.text).toContain('tend to have higher rates of depression');
  });

  it('quotes the phrase "it" stands for though a greeting opened the question before', () => {
    expect(standaloneQuestion('and who proposed it?', 'Good afternoon. What is the bone-brain axis?', kb)).toBe(
      'and who proposed bone-brain axis?',
    );
  });

  it('reads "they" before a verb of saying as the authors, not the things named before', () => {
    const previous = "what's the link between depression and bones";
    expect(standaloneQuestion('what do they suggest doing', previous, kb)).toBe('what do they suggest doing');
    const answer = answerInConversation(kb, 'what do they suggest doing', previous);
    expect(answer.passages[0]?.text).toContain('future interventions could include');
    // Things still stand for "they" before any other verb.
    expect(standaloneQuestion('what do they release', 'are bones alive', kb)).toBe('what do bones release');
  });

  it('reads "are those doctors?" after "who wrote the review?" as asking of the people the answer named', () => {
    const answer = answerInConversation(kb, 'are those doctors', 'who wrote the review');
    expect(answer.understood).toBe('are those doctors (wrote review)?');
    expect(answer.passages[0]?.text).toContain('three neurologists from China');
  });

  it('reads "the first one", "the last one" as that item of the list the answer before quoted', () => {
    expect(standaloneQuestion('tell me more about the first one', 'what treatments do they mention', kb)).toBe(
      'tell me more about customized exercise programs',
    );
    expect(standaloneQuestion('where does the last one work', 'name the three researchers', kb)).toBe(
      'where does Xudong Zhao of Jiangnan University work',
    );
  });

  it('carries a phrase of one content word as typed ("two-way", not "two")', () => {
    expect(standaloneQuestion('explain it simply', "what's the two-way street", kb)).toBe('explain two way simply');
  });

  it('carries the things a question was about before what it said of them', () => {
    expect(standaloneQuestion('by what mechanism', 'is depression linked to bone loss', kb)).toContain('bone loss');
  });

  it('is the question itself at the start of a conversation', () => {
    expect(standaloneQuestion('  what about it?  ', undefined, kb)).toBe('what about it?');
  });
});

describe('standaloneQuestion: demonstratives', () => {
  it('reads "that" before a verb as pointing back, and before a noun as the question\'s own', () => {
    const before = 'What treatments do the researchers suggest?';
    expect(standaloneQuestion('is there proof that works?', before, kb)).not.toBe('is there proof that works?');
    expect(standaloneQuestion('what did that review find about osteocalcin?', before, kb)).toBe(
      'what did that review find about osteocalcin?',
    );
    // After an auxiliary, before a word the content lacks, it is the subject: "why does that matter?".
    const barrier = "what's the blood brain barrier thing about";
    expect(standaloneQuestion('why does that matter', barrier, kb)).not.toBe('why does that matter');
    expect(standaloneQuestion('is that review reliable?', before, kb)).toBe('is that review reliable?');
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import { PROJECT_ROOT } from '../../../src/project.js';
import { KnowledgeBase } from '../../../src/search/knowledge-base.js';
import { answerInConversation } from '../../../src/search/question/answer-in-conversation.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = KnowledgeBase.build(loadContent(join(PROJECT_ROOT, 'content')));
});

const first = (question: string, previous?: string) => answerInConversation(kb, question, previous).passages[0]?.text;

describe('answerInConversation', () => {
  it('answers a follow-up from the passage its conversation is about, and says what it understood', () => {
    const answer = answerInConversation(
      kb,
      'and what happens to it when depression is treated?',
      'What does osteocalcin do?',
    );
    expect(answer.question).toBe('and what happens to it when depression is treated?');
    expect(answer.understood).toBe('and what happens to osteocalcin when depression is treated?');
    expect(answer.passages[0]?.text).toContain('osteocalcin, a hormone released by bones');
  });

  it('answers two questions in one message, each in turn, the best passage of each first', () => {
    const answer = answerInConversation(kb, 'who wrote it and where was it published?', undefined);
    expect(answer.passages.slice(0, 2).map((p) => p.paragraph)).toEqual([2, 9]);
    // The second leans on the first: "what does it do to mood?" is about osteocalcin.
    const two = answerInConversation(kb, 'what is osteocalcin and what does it do to mood?', undefined);
    expect(two.understood).toContain('what does osteocalcin do to mood');
    expect(two.passages[0]?.text).toContain('osteocalcin, a hormone released by bones');
    // A part the article does not answer adds nothing; when no part is answered, neither is the message.
    expect(answerInConversation(kb, 'what is osteocalcin and what does it cure', undefined).passages).toHaveLength(1);
    expect(answerInConversation(kb, 'does coffee help and what about tea?', undefined).passages).toEqual([]);
  });

  it('declines a second question that points back at what the first asked and the content lacks', () => {
    const answer = answerInConversation(kb, 'what is serotonin and how does it relate to bones?', undefined);
    expect(answer.passages).toEqual([]);
    expect(answer.missing).toEqual(['serotonin']);
    // One that asks of something else is still answered.
    expect(
      answerInConversation(kb, 'what is serotonin and who wrote the article?', undefined).passages[0]?.text,
    ).toContain('three neurologists from China');
  });

  it('declines an out-of-scope "and in X?" for what it asks', () => {
    expect(answerInConversation(kb, 'and in women?', 'is depression common in older people').missing).toEqual([
      'women',
    ]);
  });

  it('still declines an out-of-scope follow-up, naming what is missing', () => {
    const answer = answerInConversation(kb, 'does it cure diabetes?', 'What does osteocalcin do?');
    expect(answer.passages).toEqual([]);
    expect(answer.missing).toEqual(['diabetes']);
  });

  it('declines a follow-up that points back with "it" as what it means, not as the question alone', () => {
    // Alone, "can you lower it?" names nothing and meets "low bone mass"; it asks about cortisol.
    const answer = answerInConversation(kb, 'can you lower it?', 'where does cortisol come from');
    expect(answer.understood).toBe('can you lower cortisol?');
    expect(answer.passages).toEqual([]);
  });

  it('answers a question that stands on its own the same with or without a conversation', () => {
    expect(first('How does cortisol affect bone?', 'What does osteocalcin do?')).toBe(
      first('How does cortisol affect bone?'),
    );
  });

  it('lets the conversation break a tie between passages that answer the question alone', () => {
    // Alone, "which hormone is involved?" quotes osteocalcin first and cortisol second; after a question on how
    // depression hurts bones, cortisol (the stress hormone behind bone loss) comes first.
    const alone = answerInConversation(kb, 'which hormone is involved', undefined);
    expect(alone.passages.map((p) => p.paragraph).slice(0, 2)).toEqual([5, 6]);
    const inContext = answerInConversation(kb, 'which hormone is involved', 'how does depression hurt your bones');
    expect(inContext.passages[0]?.text).toContain('stress hormones like cortisol');
    expect(inContext.understood).toBe('which hormone is involved (depression hurt your bones)?');
    // It only reorders: a passage the question alone does not quote is not brought in by the conversation.
    const paragraphs = (previous?: string) =>
      answerInConversation(kb, 'where was the study published', previous)
        .passages.map((p) => p.paragraph)
        .sort();
    expect(paragraphs('how does exercise help bones')).toEqual(paragraphs());
  });

  it('answers a bare "when?" only from a passage that says when', () => {
    // The passage that says where the study was published says nothing of when.
    const answer = answerInConversation(kb, 'when?', 'what journal published it');
    expect(answer.passages).toEqual([]);
    expect(answer.missing).toEqual(['when']);
    // "who?" is still answered from the passage naming the authors.
    expect(answerInConversation(kb, 'who?', 'what is the bone brain axis').passages[0]?.text).toContain('Pengpeng Li');
  });

  it('lets the conversation break a tie for a question put in its own words', () => {
    // Alone, "are bones just support?" quotes "supports incorporating this framework" first.
    expect(answerInConversation(kb, 'are bones just support?', undefined).passages[0]?.paragraph).toBe(8);
    const answer = answerInConversation(kb, 'what about bones, are they just support?', 'is the brain hardwired');
    expect(answer.passages[0]?.text).toContain('not just structural supports');
  });

  it('carries a topic word common in English ("brain") into an elliptical follow-up', () => {
    const answer = answerInConversation(kb, 'and now?', 'what did people think about the brain before');
    expect(answer.understood).toContain('brain');
    expect(answer.passages[0]?.text).toContain('remarkably malleable');
  });
});

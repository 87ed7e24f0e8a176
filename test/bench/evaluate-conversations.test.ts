import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../bench/eval.js';
import {
  evaluateConversations,
  formatConversationEvaluation,
  isConversationFile,
  readConversations,
} from '../../bench/evaluate-conversations.js';
import type { Answer } from '../../src/answer/answer.js';
import type { Conversation } from '../../src/answer/conversations.js';

const dir = mkdtempSync(join(tmpdir(), 'conversations-'));
const file = join(dir, 'followups.jsonl');
writeFileSync(
  file,
  [
    '{"turns": [{"question": "tea?", "expect": ["tea"]}, {"question": "and it?", "expect": ["tea"]}]}',
    '{"turns": [{"question": "bikes?", "expect": ["bikes"]}, {"question": "and it?", "expect": []}]}',
    '',
  ].join('\n'),
);

/** Quotes the question itself, or, for "and it?", the question before it: a follow-up needs its context. */
function ask(question: string, conversation?: Conversation): Answer {
  const meant = question === 'and it?' ? conversation?.previous : question;
  if (meant) conversation?.remember(meant);
  const passages = meant ? [{ text: meant, articleId: 'a', article: 'A', paragraph: 1, score: 1, highlights: [] }] : [];
  return { question, passages, suggestions: [], ...(meant ? { understood: meant } : {}) };
}

describe('evaluateConversations', () => {
  const conversations = readConversations(file);

  it('scores every follow-up in its conversation and on its own', () => {
    const result = evaluateConversations(conversations, ask);
    expect(result).toMatchObject({
      conversations: 2,
      followUps: 2,
      firstTurns: 1,
      withContext: 0.5,
      withoutContext: 0.5,
    });
    expect(result.misses).toEqual([{ question: 'and it?', after: 'bikes?', understood: 'bikes?', got: '¶1: bikes?…' }]);
    expect(formatConversationEvaluation(result)).toContain('in their conversation: 0.500   on their own: 0.500');
  });

  it('tells a conversation file from a question file, and names the line of a malformed one', () => {
    expect(isConversationFile(file)).toBe(true);
    const questions = join(dir, 'questions.jsonl');
    writeFileSync(questions, '{"question": "q", "expect": []}\n');
    expect(isConversationFile(questions)).toBe(false);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"turns": []}\n');
    expect(() => readConversations(bad)).toThrow(`${bad}:1`);
  });
});

describe('npm run eval on conversations', () => {
  it('asks them through the bot, with and without context', () => {
    const content = mkdtempSync(join(tmpdir(), 'conversations-content-'));
    writeFileSync(
      join(content, 'tea.md'),
      '---\nid: tea\ntitle: Tea\n---\n\nGreen tea is brewed at about 80 degrees.\n\nBlack tea is brewed with boiling water.\n',
    );
    const talk = join(dir, 'tea.jsonl');
    writeFileSync(
      talk,
      '{"turns": [{"question": "How is green tea brewed?", "expect": ["80 degrees"]}, {"question": "and black?", "expect": ["boiling"]}]}\n',
    );
    const out: string[] = [];
    const code = main([talk, '--content', content, '--json'], { out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ conversations: 1, followUps: 1, firstTurns: 1, withContext: 1 });
  });
});

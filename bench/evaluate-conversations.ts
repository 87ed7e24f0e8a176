/**
 * Scores follow-up questions: one conversation a line, {"turns": [{"question", "expect"}, ...]}. Every turn
 * after the first is asked twice, in its conversation and on its own, so the figures show what the context adds.
 * A turn is right when its first passage contains one of `expect`, or, for `expect: []`, when it is declined.
 */
import { readFileSync } from 'node:fs';
import type { Answer } from '../src/answer/answer.js';
import { type Conversation, ConversationMemory } from '../src/answer/conversations.js';
import { type EvalQuestion, parseQuestions } from './evaluate.js';

export interface EvalConversation {
  turns: EvalQuestion[];
}

/** Reads a conversation file; throws with the line number on a malformed line. */
export function readConversations(path: string): EvalConversation[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .flatMap((line, index) => {
      if (!line.trim()) return [];
      let turns: unknown;
      try {
        turns = (JSON.parse(line) as { turns?: unknown }).turns;
      } catch {
        throw new Error(`${path}:${index + 1}: not JSON`);
      }
      if (!Array.isArray(turns) || turns.length === 0) {
        throw new Error(`${path}:${index + 1}: expected {"turns": [{"question", "expect"}, ...]}`);
      }
      return [{ turns: parseQuestions(turns.map((t) => JSON.stringify(t)).join('\n'), `${path}:${index + 1}`) }];
    });
}

/** Does the first line of a file hold a conversation rather than a question? */
export function isConversationFile(path: string): boolean {
  const first =
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .find((line) => line.trim()) ?? '';
  return /^\s*\{\s*"turns"\s*:/.test(first);
}

interface FollowUpMiss {
  question: string;
  /** The question before it in its conversation. */
  after: string;
  understood?: string;
  got?: string;
}

export interface ConversationEvaluation {
  conversations: number;
  /** Turns after the first. */
  followUps: number;
  /** Share of follow-ups right when asked in their conversation. */
  withContext: number;
  /** Share of follow-ups right when asked on their own. */
  withoutContext: number;
  /** Share of first turns right (no context either way). */
  firstTurns: number;
  /** Follow-ups wrong in their conversation. */
  misses: FollowUpMiss[];
}

function isRight(turn: EvalQuestion, answer: Answer): boolean {
  const first = answer.passages[0];
  if (turn.expect.length === 0) return first === undefined;
  return first !== undefined && turn.expect.some((phrase) => first.text.includes(phrase));
}

/** Asks every conversation, turn by turn. `ask` answers a question, in a conversation when one is given. */
export function evaluateConversations(
  conversations: readonly EvalConversation[],
  ask: (question: string, conversation?: Conversation) => Answer,
): ConversationEvaluation {
  const memory = new ConversationMemory();
  let followUps = 0;
  let withContext = 0;
  let withoutContext = 0;
  let firstRight = 0;
  const misses: FollowUpMiss[] = [];
  conversations.forEach((conversation, n) => {
    const key = String(n);
    conversation.turns.forEach((turn, i) => {
      const answer = ask(turn.question, memory.open(key));
      if (i === 0) {
        if (isRight(turn, answer)) firstRight++;
        return;
      }
      followUps++;
      if (isRight(turn, ask(turn.question))) withoutContext++;
      if (isRight(turn, answer)) withContext++;
      else {
        const first = answer.passages[0];
        misses.push({
          question: turn.question,
          after: conversation.turns[i - 1]?.question ?? '',
          ...(answer.understood ? { understood: answer.understood } : {}),
          ...(first ? { got: `¶${first.paragraph}: ${first.text.slice(0, 60)}…` } : {}),
        });
      }
    });
  });
  const share = (count: number, of: number) => (of ? count / of : 1);
  return {
    conversations: conversations.length,
    followUps,
    withContext: share(withContext, followUps),
    withoutContext: share(withoutContext, followUps),
    firstTurns: share(firstRight, conversations.length),
    misses,
  };
}

export function formatConversationEvaluation(e: ConversationEvaluation, options: { misses?: boolean } = {}): string {
  const lines = [
    `conversations: ${e.conversations}, follow-ups: ${e.followUps}`,
    `first questions right: ${e.firstTurns.toFixed(3)}`,
    `follow-ups right in their conversation: ${e.withContext.toFixed(3)}   on their own: ${e.withoutContext.toFixed(3)}`,
  ];
  if (options.misses !== false && e.misses.length > 0) {
    lines.push('', `misses in conversation (${e.misses.length}):`);
    for (const m of e.misses) {
      lines.push(`  ${m.question}   (after: ${m.after})`);
      if (m.understood && m.understood !== m.question) lines.push(`      understood: ${m.understood}`);
      lines.push(`      -> ${m.got ?? 'not found'}`);
    }
  }
  return lines.join('\n');
}

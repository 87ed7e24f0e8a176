/** What the store keeps of a question a front end answered: built from the neutral Reply, in one place. */
import type { Reply } from '../../commands/types.js';
import type { QuestionEntry } from './question-log.js';
import type { QuotedRef } from './records.js';

/** The most of a question kept: /ask takes 500 characters, a mention up to Discord's 4000. */
const MAX_KEPT = 1_000;

export interface Asked {
  /** The Discord id of the interaction or message that asked. */
  id: string;
  userId: string;
  guildId?: string;
  channelId?: string;
  frontEnd: QuestionEntry['frontEnd'];
  /** The slash command, or how a message reached the bot (mention, dm, reply, ask-channel). */
  command: string;
  question: string;
}

export function questionEntry(reply: Reply, asked: Asked): QuestionEntry {
  const quoted =
    reply.kind === 'answer'
      ? reply.answer.passages
      : reply.kind === 'overview'
        ? reply.parts.map((p) => p.passage)
        : [];
  const passages: QuotedRef[] = quoted.map((p) => ({
    articleId: p.articleId,
    article: p.article,
    paragraph: p.paragraph,
  }));
  const notFound = reply.kind === 'answer' && reply.answer.passages.length === 0;
  return {
    id: asked.id,
    at: Date.now(),
    ...(asked.guildId ? { guildId: asked.guildId } : {}),
    ...(asked.channelId ? { channelId: asked.channelId } : {}),
    frontEnd: asked.frontEnd,
    command: asked.command,
    question: asked.question.slice(0, MAX_KEPT),
    outcome: notFound ? 'not-found' : 'answered',
    userId: asked.userId,
    passages,
    missing: notFound ? [...(reply.answer.missing ?? [])] : [],
  };
}

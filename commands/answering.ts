/**
 * What /ask and /axis share: checking the question, answering it, and the
 * polite replies for empty or overlong input.
 */
import { MAX_QUESTION_LENGTH } from './limits.js';
import { type CommandContext, type CommandOptions, type Reply, textOption } from './types.js';

/** Removes what a question can carry but never means: control and zero-width characters, Discord mentions, runs of space. */
export function cleanQuestion(text: string): string {
  return (
    text
      // Control, format (zero-width, bidi overrides, BOM) and lone surrogate code points.
      .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
      // Discord markup that carries no words of the question: user, role and channel mentions, @everyone/@here,
      // timestamps; a custom emoji keeps its name.
      .replace(/<(?:@[!&]?|#)\d+>|<t:-?\d+(?::[tTdDfFR])?>|@(?:everyone|here)\b/g, ' ')
      .replace(/<a?:(\w+):\d+>/g, ' $1 ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function answerQuestionCommand(
  command: string,
  options: CommandOptions,
  { kb }: CommandContext,
  articleId?: string,
): Reply {
  const question = cleanQuestion(textOption(options, 'question'));
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return {
      kind: 'notice',
      tone: 'info',
      message: 'Please type a question in words, for example: /ask What is this article about?',
    };
  }
  const clipped = question.length > MAX_QUESTION_LENGTH ? question.slice(0, MAX_QUESTION_LENGTH) : question;
  const answer = kb.answerQuestion(clipped, { articleId, limit: 3 });
  return {
    kind: 'answer',
    answer,
    paging: { command, input: clipped },
    heading:
      clipped.length < question.length
        ? `Your question was long: I answered its first ${MAX_QUESTION_LENGTH} characters.`
        : undefined,
  };
}

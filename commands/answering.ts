/**
 * What /ask and /axis share: checking the question, answering it, and the
 * polite replies for empty or overlong input.
 */
import { MAX_QUESTION_LENGTH } from './limits.js';
import { type CommandContext, type CommandOptions, type Reply, textOption } from './types.js';

/** Removes what a question can carry but never means: control and zero-width characters, runs of space. */
export function cleanQuestion(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function answerQuestionCommand(
  command: string,
  options: CommandOptions,
  { kb }: CommandContext,
  page: number,
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
    page,
    paging: { command, input: clipped },
    heading:
      clipped.length < question.length
        ? `Your question was long: I answered its first ${MAX_QUESTION_LENGTH} characters.`
        : undefined,
  };
}

/**
 * What /ask and /axis share: checking the question, answering it, and the
 * polite replies for empty or overlong input.
 */

import { answerInConversation } from '../src/search/question/answer-in-conversation.js';
import { questionParts } from '../src/search/question/compound.js';
import { asksForAdvice, questionIntent } from './intents.js';
import { MAX_QUESTION_LENGTH } from './limits.js';
import { type CommandContext, type CommandOptions, notice, type Reply, textOption } from './types.js';

/** Removes what a question can carry but never means: control and zero-width characters, Discord mentions, links, runs of space. */
export function cleanQuestion(text: string): string {
  return (
    text
      // A block quote's marker; its line stays, as the story the question is about.
      .replace(/^[ \t]*>{1,3}[ \t]?/gm, '')
      // A line break ends a sentence: "> bones are organs now" then "what is cortisol?" on the next line.
      .replace(/([^\s.?!:;…,])[ \t]*(?:\r?\n)+/g, '$1. ')
      // Control, format (zero-width, bidi overrides, BOM) and lone surrogate code points.
      .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
      // Discord markup that carries no words of the question: user, role and channel mentions, @everyone/@here,
      // timestamps, custom emoji (their names are reactions: "<:pepe:123>", not topics).
      .replace(/<(?:@[!&]?|#)\d+>|<t:-?\d+(?::[tTdDfFR])?>|@(?:everyone|here)\b|<a?:\w+:\d+>/g, ' ')
      // An arrow emoji between two things says one leads to the other ("depression ➡️ bones?"), as "->" does.
      .replace(/[\u27A1\u2B95]\uFE0F?/gu, ' -> ')
      // Emoji (with their skin tones and variation selectors) set a tone; they are no words of the question.
      .replace(/(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)/gu, ' ')
      // A pasted link, bare or in <...> (Discord's way to hide its preview): an address, not words of the question.
      .replace(/<?\b(?:https?:\/\/|www\.)[^\s>]+>?/gi, ' ')
      // Struck-out words are taken back ("what does ~~cortisol~~ osteocalcin do").
      .replace(/~~[^~]*~~/g, ' ')
      // Emphasis, spoiler and code marks around words keep the words: "**what is the bone brain axis**".
      .replace(/\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|\|\||`{1,3}/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** What the bot says to someone who may harm themselves. Helplines: 988 (US), Samaritans (UK and Ireland). */
const CRISIS_MESSAGE =
  'I’m only a bot that quotes an article, but it sounds like you’re going through something really hard, and you don’t have to face it alone. ' +
  'If you might hurt yourself, please reach out to someone now: in the US call or text 988, in the UK or Ireland call Samaritans on 116 123, ' +
  'or find a free, confidential helpline in your country at https://findahelpline.com. If you are in immediate danger, call your local emergency number.';
const NOT_ENGLISH_MESSAGE =
  'Sorry, I can only read questions in English, the language of the articles I quote. Could you ask in English?';

/** Said with an answer to "should I ...?": the quotes are what the article says, not advice for the asker. */
const ADVICE_NOTE =
  'I can only quote what the article says, not advise you personally: for your own health or situation, please talk to a professional such as your doctor.';

/** How a follow-up, or a message of several questions, was read. */
function howUnderstood(asked: string, understood: string): string {
  const parts = questionParts(asked).length;
  return parts > 1
    ? `I read this as ${parts} questions: “${understood}”`
    : `Following on from before, I took this as: “${understood}”`;
}

export function answerQuestionCommand(
  command: string,
  options: CommandOptions,
  { kb, conversation }: CommandContext,
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
  // Whatever the command (/ask, an article's own, "Ask the article" on a message): someone who may be in danger is
  // pointed to people who can help before anything else, and a question the engine cannot read says so.
  const intent = questionIntent(question);
  if (intent === 'crisis') return notice(CRISIS_MESSAGE);
  if (intent === 'not-english') return notice(NOT_ENGLISH_MESSAGE);
  const clipped = question.length > MAX_QUESTION_LENGTH ? question.slice(0, MAX_QUESTION_LENGTH) : question;
  const answer = answerInConversation(kb, clipped, conversation?.previous, { articleId, limit: 3 });
  // A question that found something is worth leaning on; after a "not found", a follow-up still means the question
  // before it, if any: else the one not found is what the conversation is about ("how old are the patients?" then
  // "why them?").
  if (answer.passages.length > 0 || conversation?.previous === undefined) {
    conversation?.remember(answer.understood ?? clipped);
  }
  const understood = answer.understood ?? clipped;
  const notes = [
    clipped.length < question.length
      ? `Your question was long: I answered its first ${MAX_QUESTION_LENGTH} characters.`
      : undefined,
    // Say how a follow-up or a message of several questions was read, so a wrong reading is plain to see (and the
    // next question can be clearer).
    understood !== clipped ? howUnderstood(clipped, understood) : undefined,
    asksForAdvice(clipped) ? ADVICE_NOTE : undefined,
  ].filter((note) => note !== undefined);
  return {
    kind: 'answer',
    answer,
    // Pages re-run the question as understood: a button press has no conversation to lean on.
    paging: { command, input: understood },
    heading: notes.length > 0 ? notes.join('\n') : undefined,
  };
}

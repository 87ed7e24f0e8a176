/** An answer: one page per passage, with paging and "Post to channel"; or "not found", saying what is missing. */
import type { APIButtonComponentWithCustomId, APIEmbed } from 'discord-api-types/v10';
import { type Answer, missingSentence } from '../../answer/answer.js';
import { escapeMarkdown } from '../escape.js';
import { DISCORD_LIMITS, type MessagePayload, truncate } from '../limits.js';
import { COLORS, clipQuestion, message, pagingButtons, postButton, type RenderContext, sourceField } from './parts.js';
import { renderQuote } from './quote.js';

/** One page of an answer: one passage, its source, and the buttons to page through the others. */
export function renderAnswerPage(
  answer: Answer,
  page: number,
  paging: { command: string; input: string },
  context: RenderContext,
  heading?: string,
): MessagePayload {
  const count = answer.passages.length;
  const shown = Math.min(Math.max(0, Math.trunc(page)), count - 1);
  const embed = renderAnswerEmbed(answer, shown, heading, context.inputClipped === true);
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (count > 1) buttons.push(...pagingButtons(shown, count, paging, context));
  if (context.private) buttons.push(postButton(shown, paging, context));
  return message([embed], context.private, buttons);
}

/** The embed for one passage of an answer. */
export function renderAnswerEmbed(answer: Answer, index: number, heading?: string, inputClipped = false): APIEmbed {
  const passage = answer.passages[index];
  if (!passage)
    throw new RangeError(`renderAnswerEmbed: no passage ${index} in an answer of ${answer.passages.length}`);
  const title = clipQuestion(answer.question, inputClipped);
  const notes = [heading, inputClipped ? 'Your question was long: these pages answer its start.' : undefined]
    .filter((n): n is string => Boolean(n))
    .map((n) => `*${escapeMarkdown(n)}*`)
    .join('\n');
  const source = sourceField(passage);
  const footer = answer.passages.length > 1 ? { text: `Passage ${index + 1} of ${answer.passages.length}` } : undefined;
  // The quote gets whatever the rest leaves of the description and of the 6000 per message.
  const fixed = title.length + source.name.length + source.value.length + (footer?.text.length ?? 0);
  const prefix = notes ? `${notes}\n\n` : '';
  const room = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - fixed) - prefix.length - 2;
  return {
    title,
    description: `${prefix}> ${renderQuote(passage, room)}`,
    color: COLORS.answer,
    fields: [source],
    ...(footer ? { footer } : {}),
  };
}

/** "Not found": a polite embed with "did you mean" suggestions and a hint to /tags. */
export function renderNotFoundEmbed(answer: Answer, heading?: string): APIEmbed {
  const lines: string[] = [];
  if (heading) lines.push(`*${escapeMarkdown(heading)}*`, '');
  lines.push("I couldn't find a passage in the article that answers that.");
  const missing = missingSentence(answer);
  if (missing) lines.push(escapeMarkdown(truncate(missing, 500)));
  if (answer.suggestions.length > 0) {
    lines.push('', '**Did you mean:**');
    for (const suggestion of answer.suggestions.slice(0, 5))
      lines.push(`• ${escapeMarkdown(truncate(suggestion, 200))}`);
  }
  lines.push('', 'Try `/tags` to see the topics it covers, or ask in other words.');
  return {
    title: answer.question ? clipQuestion(answer.question, false) : 'Not found',
    description: lines.join('\n'),
    color: COLORS.notFound,
  };
}

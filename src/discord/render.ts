/**
 * The one place where a neutral Reply becomes Discord message data (raw API JSON), for every Discord front end:
 * gateway interactions, the HTTP endpoint and replies to mentions. One small builder per reply kind (render/);
 * every payload leaves through fitMessage(), so each Discord limit and the no-ping rule are enforced in one place.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { Reply } from '../../commands/types.js';
import { escapeMarkdown } from './escape.js';
import { DISCORD_LIMITS, fitMessage, type MessagePayload, truncate } from './limits.js';
import { renderAnswerPage, renderNotFoundEmbed } from './render/answer.js';
import { renderCitationEmbed } from './render/citation.js';
import { withFeedback } from './render/feedback.js';
import { renderHelpEmbed } from './render/help.js';
import { renderInsightsEmbed } from './render/insights.js';
import { renderLibraryEmbed } from './render/library.js';
import { renderOverviewEmbed } from './render/overview.js';
import { COLORS, message, postButtonFor, type RenderContext } from './render/parts.js';
import { renderSettingsEmbed } from './render/settings.js';
import { renderTagsPage } from './render/tags.js';

export type { MessagePayload } from './limits.js';
export { renderAnswerEmbed } from './render/answer.js';
export type { RenderContext } from './render/parts.js';
export { renderQuote } from './render/quote.js';
export { TAGS_PER_PAGE } from './render/tags.js';

/** Renders any command reply as message data. */
export function renderReply(reply: Reply, context: RenderContext): MessagePayload {
  switch (reply.kind) {
    case 'answer': {
      const page =
        reply.answer.passages.length === 0
          ? message([renderNotFoundEmbed(reply.answer, reply.heading)], context.private)
          : renderAnswerPage(reply.answer, context.page ?? 0, reply.paging, context, reply.heading);
      return context.feedback ? withFeedback(page, context.feedback) : page;
    }
    case 'insights':
      return message([renderInsightsEmbed(reply.insights)], true);
    case 'settings':
      return message([renderSettingsEmbed(reply.headline, reply.notes, reply.settings)], true);
    case 'overview':
      return message([renderOverviewEmbed(reply.article, reply.parts)], context.private, postButtonFor(context));
    case 'tags':
      return renderTagsPage(reply.tags, context.page ?? 0, context);
    case 'citation':
      return message([renderCitationEmbed(reply.article, reply.passages)], context.private, postButtonFor(context));
    case 'library':
      return message([renderLibraryEmbed(reply.articles, reply.missing)], context.private, postButtonFor(context));
    case 'help':
      return message([renderHelpEmbed(reply.commands)], context.private, postButtonFor(context));
    case 'notice':
      return renderNotice(reply.message, reply.tone, true);
  }
}

/** A short polite message, for errors, refusals and hints. Ephemeral unless `ephemeral` is false. */
export function renderNotice(text: string, tone: 'info' | 'error' = 'info', ephemeral = true): MessagePayload {
  const embed: APIEmbed = {
    description: truncate(escapeMarkdown(text), DISCORD_LIMITS.embedDescription),
    color: tone === 'error' ? COLORS.error : COLORS.info,
  };
  return message([embed], ephemeral);
}

/** A channel reply to a user's message: answers it without pinging its author. */
export function renderMessageReply(
  reply: Reply,
  ownerId: string,
  replyTo: ReplyTarget,
  feedback?: string,
): MessagePayload {
  const data =
    reply.kind === 'notice'
      ? renderNotice(reply.message, reply.tone, false)
      : renderReply(reply, { ownerId, private: false, ...(feedback ? { feedback } : {}) });
  return withReference(data, replyTo);
}

/** A short text reply to a user's message (cooldown notices), without pinging its author. */
export function renderMessageNotice(text: string, replyTo: ReplyTarget): MessagePayload {
  return withReference(renderNotice(text, 'info', false), replyTo);
}

export interface ReplyTarget {
  messageId: string;
  channelId: string;
  guildId?: string;
}

function withReference(data: MessagePayload, target: ReplyTarget): MessagePayload {
  const { flags: _ephemeralMeansNothingHere, ...rest } = data;
  return fitMessage({
    ...rest,
    message_reference: {
      message_id: target.messageId,
      channel_id: target.channelId,
      ...(target.guildId ? { guild_id: target.guildId } : {}),
      // If the question was deleted meanwhile, still answer rather than fail.
      fail_if_not_exists: false,
    },
  });
}

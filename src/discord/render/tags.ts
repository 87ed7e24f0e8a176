/** /tags: the topics, a page at a time. */
import type { APIEmbed } from 'discord-api-types/v10';
import type { TagInfo } from '../../search/knowledge-base.js';
import { escapeMarkdown } from '../escape.js';
import { type MessagePayload, truncate } from '../limits.js';
import { COLORS, message, pagingButtons, postButton, type RenderContext } from './parts.js';

/** How many tags one page of /tags lists. */
export const TAGS_PER_PAGE = 20;

/** One page of the tag list. */
export function renderTagsPage(tags: readonly TagInfo[], page: number, context: RenderContext): MessagePayload {
  if (tags.length === 0) return message([{ description: 'No tags yet.', color: COLORS.info }], context.private);
  const pages = Math.ceil(tags.length / TAGS_PER_PAGE);
  const shown = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const manyArticles = new Set(tags.map((t) => t.articleId)).size > 1;
  const lines = tags.slice(shown * TAGS_PER_PAGE, (shown + 1) * TAGS_PER_PAGE).map((t) => {
    const line = `• ${escapeMarkdown(truncate(t.tag, 100))}`;
    return manyArticles ? `${line} — *${escapeMarkdown(truncate(t.article, 80))}*` : line;
  });
  const embed: APIEmbed = {
    title: 'Topics',
    description: lines.join('\n'),
    color: COLORS.info,
    footer: {
      text: `${pages > 1 ? `Page ${shown + 1} of ${pages} · ` : ''}${tags.length} tags · /tags tag:<name> shows its passages`,
    },
  };
  const paging = { command: 'tags', input: '' };
  const buttons = pages > 1 ? pagingButtons(shown, pages, paging, context, 'More tags') : [];
  if (context.private) buttons.push(postButton(shown, paging, context));
  return message([embed], context.private, buttons);
}

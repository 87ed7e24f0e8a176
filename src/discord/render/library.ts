/** /source with several articles and none chosen: one field per article, with its publisher, link and size. */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Article } from '../../content/types.js';
import { escapeMarkdown, escapeUserText } from '../escape.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { COLORS, httpUrl } from './parts.js';

export function renderLibraryEmbed(articles: readonly Article[], missing?: string): APIEmbed {
  const shown = articles.slice(0, DISCORD_LIMITS.embedFields);
  const fields: APIEmbedField[] = shown.map((article) => {
    const url = httpUrl(article.url);
    const facts = [
      article.publisher && escapeMarkdown(article.publisher),
      article.published && escapeMarkdown(article.published),
      `${article.passages.length} paragraphs`,
    ].filter(Boolean);
    return {
      name: truncate(article.title, DISCORD_LIMITS.embedFieldName),
      value: truncate([facts.join(' · '), url].filter(Boolean).join('\n'), DISCORD_LIMITS.embedFieldValue),
    };
  });
  const more = articles.length - shown.length;
  const intro = missing
    ? `No article matches “${escapeUserText(truncate(missing, 100))}”. These are the articles I quote:`
    : `I quote ${articles.length} articles. Pick one with \`/source article:\` for its full citation.`;
  return {
    title: 'Sources',
    description: more > 0 ? `${intro}\n…and ${more} more.` : intro,
    color: COLORS.info,
    fields,
  };
}

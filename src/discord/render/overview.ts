/** The topic command's overview: one field per section, each quoting its paragraph. */
import type { APIEmbed } from 'discord-api-types/v10';
import type { OverviewPart } from '../../../commands/types.js';
import type { Article } from '../../content/types.js';
import { escapeMarkdown } from '../escape.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { COLORS, sourceLine } from './parts.js';
import { renderQuote } from './quote.js';

/** The topic command's overview: one field per section, each quoting its paragraph. */
export function renderOverviewEmbed(article: Article, parts: readonly OverviewPart[]): APIEmbed {
  const shownParts = parts.slice(0, DISCORD_LIMITS.embedFields);
  const title = truncate(escapeMarkdown(article.title), DISCORD_LIMITS.embedTitle);
  const description = 'An overview, quoted from the article. Add a question to ask about something specific.';
  const footer = { text: truncate(sourceLine(article.publisher, article.title), 300) };
  const names = shownParts.map((part) => truncate(escapeMarkdown(part.heading), DISCORD_LIMITS.embedFieldName));
  const fixed = title.length + description.length + footer.text.length + names.reduce((n, s) => n + s.length, 0);
  const each = Math.min(
    DISCORD_LIMITS.embedFieldValue,
    Math.floor((DISCORD_LIMITS.embedTotal - fixed) / Math.max(1, shownParts.length)),
  );
  const fields = shownParts.map((part, i) => {
    const reference = ` — paragraph ${part.passage.paragraph}`;
    return { name: names[i] as string, value: `${renderQuote(part.passage, each - reference.length)}${reference}` };
  });
  return { title, description, color: COLORS.answer, fields, footer };
}

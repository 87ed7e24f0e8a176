/** /help: what the bot does and how to ask it. */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { escapeMarkdown } from '../escape.js';
import { DISCORD_LIMITS } from '../limits.js';
import { COLORS } from './parts.js';

/** /help: what the bot does and how to ask it. */
export function renderHelpEmbed(
  commands: ReadonlyArray<{ name: string; description: string; usage: string }>,
): APIEmbed {
  const fields: APIEmbedField[] = commands.slice(0, DISCORD_LIMITS.embedFields - 1).map((c) => ({
    name: `/${c.name}`,
    value: `${escapeMarkdown(c.description)}\n\`${c.usage.replace(/`/g, "'")}\``,
  }));
  fields.push({
    name: 'In a channel',
    value:
      'Mention me with your question, or send it to me in a direct message. I reply with the passages that answer it.',
  });
  return {
    title: 'How to ask me',
    description:
      'I answer questions about the article by quoting the paragraphs that answer them, with their source. ' +
      'Add `private:true` to a command to see the answer alone; you can still post it to the channel.',
    color: COLORS.info,
    fields,
  };
}

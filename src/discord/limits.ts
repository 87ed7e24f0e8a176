/**
 * Discord's size limits, and the one helper that cuts text to fit them.
 *
 * Lengths are counted in UTF-16 code units (`string.length`). Discord counts Unicode code points, and a string
 * never has more code points than code units, so a text that fits here always fits there.
 */
import type {
  APIActionRowComponent,
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIButtonComponent,
  APIEmbed,
  APIEmbedField,
} from 'discord-api-types/v10';
import { splitsSurrogatePair, withoutLoneSurrogates } from './text-units.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  embedFields: 25,
  /** Sum of title, description, field names and values, footer and author over every embed of a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  /** Autocomplete choice names and string values: 1 to 100 characters. */
  choiceText: 100,
} as const;

export const ELLIPSIS = '…';

/** Where a cut may land: after a sentence's end (with any closing quote) followed by a space. */
const SENTENCE_END = /[.!?…][”’"')\]]*\s/g;

/**
 * Cuts `text` to at most `max` code units, preferring the end of a sentence, then the end of a word, and marks the
 * cut with an ellipsis. Text that fits is returned unchanged. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 0)
    throw new RangeError(`truncate: max must be a non-negative integer, got ${max}`);
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length + 1) return ELLIPSIS.slice(0, max);
  const budget = max - ELLIPSIS.length;
  const head = text.slice(0, safeCut(text, budget));
  // A boundary is only worth it if it keeps at least half of what fits; past that a hard cut loses less.
  const worthIt = Math.ceil(budget / 2);

  let sentenceEnd = -1;
  for (const match of head.matchAll(SENTENCE_END)) sentenceEnd = match.index + match[0].length - 1;
  // A sentence ending exactly at the cut (no space after it inside `head`) also counts.
  if (/[.!?…][”’"')\]]*$/.test(head) && /^\s/.test(text.slice(head.length))) sentenceEnd = head.length;
  if (sentenceEnd >= worthIt) {
    const sentences = head.slice(0, sentenceEnd).trimEnd();
    return sentences.length + 1 + ELLIPSIS.length <= max ? `${sentences} ${ELLIPSIS}` : `${sentences}${ELLIPSIS}`;
  }

  const space = head.search(/\s\S*$/);
  const cutsWordAtEnd = !/^\s/.test(text.slice(head.length));
  if (cutsWordAtEnd && space >= worthIt) return `${trimDangling(head.slice(0, space))}${ELLIPSIS}`;
  return `${trimDangling(head)}${ELLIPSIS}`;
}

/** The largest index <= `at` that does not fall between the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  return splitsSurrogatePair(text, at) ? at - 1 : at;
}

/** Trailing spaces and separators that would look odd before an ellipsis. */
function trimDangling(text: string): string {
  const trimmed = text.replace(/[\s,;:—–-]+$/u, '');
  return trimmed.length > 0 ? trimmed : text;
}

/** Message data as sent to Discord (interaction responses, webhooks and channel messages share this shape). */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: number;
  allowed_mentions: APIAllowedMentions;
  message_reference?: { message_id: string; channel_id?: string; guild_id?: string; fail_if_not_exists?: boolean };
}

/** The characters of an embed that count towards the 6000 per message. */
function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/**
 * The last line of defence: a copy of `message` within every Discord limit, and never able to ping. Renderers
 * already aim inside the limits (cutting at sentence ends, keeping markdown whole); this guarantees it.
 */
export function fitMessage(message: MessagePayload): MessagePayload {
  const L = DISCORD_LIMITS;
  const out: MessagePayload = {
    ...message,
    embeds: message.embeds.slice(0, L.embedsPerMessage).map(fitEmbed),
    components: fitComponents(message.components),
    // Nothing a message says may ping: no @everyone, no roles, no users, not even the replied-to author.
    allowed_mentions: { parse: [], ...(message.message_reference ? { replied_user: false } : {}) },
  };
  if (out.content !== undefined) {
    out.content = truncate(out.content, L.content);
    if (out.content.length === 0) delete out.content;
  }
  shrinkEmbedsToTotal(out.embeds);
  return out;
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const L = DISCORD_LIMITS;
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, L.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, L.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, L.embedFooter) || ELLIPSIS };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, L.embedAuthor) || ELLIPSIS };
  if (out.fields) {
    out.fields = out.fields.slice(0, L.embedFields).map((field) => ({
      ...field,
      // Discord refuses empty field names and values.
      name: truncate(field.name, L.embedFieldName) || '\u200b',
      value: truncate(field.value, L.embedFieldValue) || '\u200b',
    }));
  }
  return out;
}

/** Cuts the longest texts (descriptions, then field values, from the last embed) until the total fits. */
function shrinkEmbedsToTotal(embeds: APIEmbed[]): void {
  let excess = embeds.reduce((sum, e) => sum + embedLength(e), 0) - DISCORD_LIMITS.embedTotal;
  for (let i = embeds.length - 1; i >= 0 && excess > 0; i--) {
    const embed = embeds[i] as APIEmbed;
    if (embed.description) {
      const before = embed.description.length;
      embed.description = truncate(embed.description, Math.max(1, before - excess));
      excess -= before - embed.description.length;
    }
    const fields = embed.fields ?? [];
    for (let f = fields.length - 1; f >= 0 && excess > 0; f--) {
      const field = fields[f] as APIEmbedField;
      const before = field.value.length;
      field.value = truncate(field.value, Math.max(1, before - excess));
      excess -= before - field.value.length;
    }
    while (excess > 0 && fields.length > 0) {
      const dropped = fields.pop() as APIEmbedField;
      excess -= dropped.name.length + dropped.value.length;
    }
    if (excess > 0 && embed.footer) {
      excess -= embed.footer.text.length;
      delete embed.footer;
    }
  }
  // Whatever is still over can only be titles and authors: drop whole embeds from the end.
  while (excess > 0 && embeds.length > 1) excess -= embedLength(embeds.pop() as APIEmbed);
}

function fitComponents(rows: MessagePayload['components']): MessagePayload['components'] {
  const L = DISCORD_LIMITS;
  return rows
    .slice(0, L.actionRows)
    .map((row) => ({
      ...row,
      components: row.components
        .filter((button) => !('custom_id' in button) || button.custom_id.length <= L.customId)
        .slice(0, L.buttonsPerRow)
        .map((button) =>
          'label' in button && button.label !== undefined
            ? { ...button, label: truncate(button.label, L.buttonLabel) }
            : button,
        ),
    }))
    .filter((row) => row.components.length > 0);
}

/** Autocomplete choices within Discord's rules: at most 25, names and values of 1 to 100 characters, no repeats. */
export function fitChoices(
  choices: ReadonlyArray<{ name: string; value: string }>,
): APIApplicationCommandOptionChoice<string>[] {
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  for (const choice of choices) {
    // A lone surrogate (typed text echoed back) is not valid text for Discord: show U+FFFD instead.
    const name = truncate(withoutLoneSurrogates(choice.name).replace(/\s+/g, ' ').trim(), DISCORD_LIMITS.choiceText);
    const value = truncate(withoutLoneSurrogates(choice.value).trim(), DISCORD_LIMITS.choiceText);
    if (name.length === 0 || value.length === 0 || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === DISCORD_LIMITS.autocompleteChoices) break;
  }
  return out;
}

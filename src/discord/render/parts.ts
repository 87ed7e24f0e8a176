/** What every reply kind is built from: colours, the source line, buttons, and the message envelope. */
import type { APIButtonComponentWithCustomId, APIEmbedField } from 'discord-api-types/v10';
import { type APIEmbed, ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import type { QuotedPassage } from '../../answer/answer.js';
import { encodeButtonId } from '../custom-id.js';
import { escapeMarkdown, escapeUserText } from '../escape.js';
import { DISCORD_LIMITS, ELLIPSIS, fitMessage, truncate } from '../limits.js';

/** Who the reply is for, and how it is shown. */
export interface RenderContext {
  /** The user who asked: the only one who may page the answer. */
  ownerId: string;
  /** An ephemeral reply: only the owner sees it, and it offers "Post to channel". */
  private: boolean;
  /** The question shown was clipped to fit a button, so later pages answer its start only. */
  inputClipped?: boolean;
  /** Which page of a paged reply to show (a paging button's target; 0 for a new reply). */
  page?: number;
  /** The command that replied: a private reply without paging re-runs it to post itself to the channel. */
  command?: string;
  /** The answer's id in the store: an answer then carries "Helpful" / "Not helpful". */
  feedback?: string;
}

export const COLORS = { answer: 0x2f6f9f, notFound: 0xb7791f, info: 0x4a5568, error: 0xc53030 } as const;

/** How long a question may be when shown back (title). */
const QUESTION_SHOWN = 200;

export function clipQuestion(question: string, clipped: boolean): string {
  const shown = clipped ? `${question}${ELLIPSIS}` : question;
  return fitRendered(`“${shown}”`, Math.min(QUESTION_SHOWN, DISCORD_LIMITS.embedTitle), escapeUserText);
}

/** Cuts `plain` so that `render(cut)` fits in `max`, for renderings that make text longer (escaping). */
function fitRendered(plain: string, max: number, render: (text: string) => string): string {
  let limit = max;
  for (;;) {
    const out = render(truncate(plain, limit));
    if (out.length <= max || limit <= 1) return out.length <= max ? out : '';
    limit = Math.max(1, limit - (out.length - max));
  }
}

export function sourceField(passage: QuotedPassage): APIEmbedField {
  const url = httpUrl(passage.url);
  const title = `*${escapeMarkdown(passage.article)}*`;
  const parts = [
    passage.publisher ? escapeMarkdown(passage.publisher) : undefined,
    // A masked link: embed fields render them, and the title stays what people read.
    url && !/[()[\]\s]/.test(url) ? `[${title}](${url})` : title,
    `paragraph ${passage.paragraph}`,
  ].filter(Boolean);
  return { name: 'Source', value: truncate(parts.join(', '), 600) };
}

export function sourceLine(publisher: string | undefined, title: string): string {
  return publisher ? `Quoted from ${publisher}, “${title}”` : `Quoted from “${title}”`;
}

/** Only http(s) URLs are valid in an embed; anything else would make Discord refuse the whole message. */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && url.length <= 2048
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}

export function pagingButtons(
  page: number,
  pages: number,
  paging: { command: string; input: string },
  context: RenderContext,
  nextLabel = 'More passages',
): APIButtonComponentWithCustomId[] {
  const id = (target: number) =>
    encodeButtonId({
      action: 'page',
      ownerId: context.ownerId,
      command: paging.command,
      page: target,
      private: context.private,
      clipped: context.inputClipped,
      input: paging.input,
    });
  return [
    button('Previous', id(Math.max(0, page - 1)), ButtonStyle.Secondary, page === 0),
    // Different targets keep the two ids distinct, as Discord requires, even when both are disabled.
    button(nextLabel, id(page + 1 < pages ? page + 1 : page + 2), ButtonStyle.Primary, page + 1 >= pages),
  ];
}

export function postButton(page: number, paging: { command: string; input: string }, context: RenderContext) {
  const id = encodeButtonId({
    action: 'post',
    ownerId: context.ownerId,
    command: paging.command,
    page,
    private: false,
    clipped: context.inputClipped,
    input: paging.input,
  });
  return button('Post to channel', id, ButtonStyle.Success, false);
}

/** "Post to channel" for a private reply that needs no input to be shown again (overview, citation, help). */
export function postButtonFor(context: RenderContext): APIButtonComponentWithCustomId[] {
  return context.private && context.command ? [postButton(0, { command: context.command, input: '' }, context)] : [];
}

function button(label: string, customId: string, style: APIButtonComponentWithCustomId['style'], disabled: boolean) {
  return {
    type: ComponentType.Button,
    style,
    label,
    custom_id: customId,
    ...(disabled ? { disabled: true } : {}),
  } satisfies APIButtonComponentWithCustomId;
}

export function message(embeds: APIEmbed[], ephemeral: boolean, buttons: APIButtonComponentWithCustomId[] = []) {
  return fitMessage({
    embeds,
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowed_mentions: { parse: [] },
  });
}

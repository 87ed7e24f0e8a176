/**
 * The one place where a neutral Reply becomes Discord message data (raw API JSON), for every Discord front end:
 * gateway interactions, the HTTP endpoint and replies to mentions. Every payload leaves through fitMessage(), so
 * each Discord limit and the no-ping rule are enforced here and nowhere else.
 */

import type { APIButtonComponentWithCustomId, APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import type { OverviewPart, Reply } from '../../commands/types.js';
import { type Answer, missingSentence, type QuotedPassage, type Span } from '../answer/answer.js';
import type { Article } from '../content/types.js';
import type { TagInfo } from '../search/knowledge-base.js';
import { encodeButtonId } from './custom-id.js';
import { escapeMarkdown, escapeUserText } from './escape.js';
import { DISCORD_LIMITS, ELLIPSIS, embedLength, fitMessage, type MessagePayload, truncate } from './limits.js';
import { renderLibraryEmbed } from './render-library.js';

export type { MessagePayload } from './limits.js';

/** Who the reply is for, and how it is shown. */
export interface RenderContext {
  /** The user who asked: the only one who may page the answer. */
  ownerId: string;
  /** An ephemeral reply: only the owner sees it, and it offers "Post to channel". */
  private: boolean;
  /** The question shown was clipped to fit a button, so later pages answer its start only. */
  inputClipped?: boolean;
  /** The command that replied: a private reply without paging re-runs it to post itself to the channel. */
  command?: string;
}

export const COLORS = { answer: 0x2f6f9f, notFound: 0xb7791f, info: 0x4a5568, error: 0xc53030 } as const;

/** How many tags one page of /tags lists. */
export const TAGS_PER_PAGE = 20;
/** How long a question may be when shown back (title). */
const QUESTION_SHOWN = 200;

/** Renders any command reply as message data. */
export function renderReply(reply: Reply, context: RenderContext): MessagePayload {
  switch (reply.kind) {
    case 'answer':
      return reply.answer.passages.length === 0
        ? message([renderNotFoundEmbed(reply.answer, reply.heading)], context.private)
        : renderAnswerPage(reply.answer, reply.page, reply.paging, context, reply.heading);
    case 'overview':
      return message([renderOverviewEmbed(reply.article, reply.parts)], context.private, postButtonFor(context));
    case 'tags':
      return renderTagsPage(reply.tags, reply.page, context);
    case 'citation':
      return message([renderCitationEmbed(reply.article)], context.private, postButtonFor(context));
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

/** The full citation: article, publisher, the study, its journal, and its authors with their affiliations. */
export function renderCitationEmbed(article: Article): APIEmbed {
  const fields: APIEmbedField[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value?.trim()) fields.push({ name, value: truncate(value, DISCORD_LIMITS.embedFieldValue) });
  };
  add('Publisher', article.publisher && escapeMarkdown(article.publisher));
  add('Written by', article.authors.map((name) => escapeMarkdown(name)).join(', '));
  add('Published', article.published && escapeMarkdown(article.published));
  const link = httpUrl(article.url);
  add('Link', link);
  const study = article.study;
  if (study) {
    add(
      'Study',
      [study.kind, study.title]
        .filter(Boolean)
        .map((s) => escapeMarkdown(String(s)))
        .join(': '),
    );
    add('Journal', study.journal && `*${escapeMarkdown(study.journal)}*`);
    add('Authors', authorLines(study.authors));
  }
  const url = httpUrl(article.url);
  return {
    title: truncate(escapeMarkdown(article.title), DISCORD_LIMITS.embedTitle),
    ...(url ? { url } : {}),
    ...(article.headline ? { description: truncate(escapeMarkdown(article.headline), 1000) } : {}),
    color: COLORS.info,
    fields,
    footer: { text: 'Every answer quotes this article verbatim and names its paragraph.' },
  };
}

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

/** A channel reply to a user's message: answers it without pinging its author. */
export function renderMessageReply(reply: Reply, ownerId: string, replyTo: ReplyTarget): MessagePayload {
  const data =
    reply.kind === 'notice'
      ? renderNotice(reply.message, reply.tone, false)
      : renderReply(reply, { ownerId, private: false });
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

/** The passage text, escaped, with its highlighted sentences in bold, within `max` characters. */
export function renderQuote(passage: Pick<QuotedPassage, 'text' | 'highlights'>, max: number): string {
  if (max <= 0) return '';
  const text = passage.text.trim() === passage.text ? passage.text : passage.text.trim();
  const offset = passage.text.indexOf(text);
  const spans = mergeSpans(
    passage.highlights.map(([s, e]) => [s - offset, e - offset] as const),
    text,
  );
  // Escaping and bold markers add characters: cut the plain text shorter until the rendered form fits.
  let limit = max;
  for (;;) {
    const cut = truncate(text, limit);
    const rendered = boldSpans(cut, spans, commonPrefixLength(cut, text));
    if (rendered.length <= max || limit <= 1) return rendered.length <= max ? rendered : truncate(rendered, max);
    limit = Math.max(1, limit - (rendered.length - max));
  }
}

function boldSpans(text: string, spans: readonly Span[], kept: number): string {
  let out = '';
  let at = 0;
  for (const [start, rawEnd] of spans) {
    const end = Math.min(rawEnd, kept);
    if (start >= end) continue;
    const inner = text.slice(start, end);
    // Markdown bold must hug its text: keep surrounding spaces outside the markers.
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    const core = inner.trim();
    out += escapeMarkdown(text.slice(at, start + lead));
    if (core) out += `**${escapeMarkdown(core)}**`;
    at = end - trail;
  }
  return out + escapeMarkdown(text.slice(at));
}

/** Sorted, non-overlapping spans inside `text`; spans apart only by spaces become one (one bold run, not two). */
function mergeSpans(spans: ReadonlyArray<readonly [number, number]>, text: string): Span[] {
  const sorted = spans
    .map(
      ([s, e]) =>
        [wholeCharAt(text, Math.max(0, s), -1), wholeCharAt(text, Math.min(text.length, e), 1)] as [number, number],
    )
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && (span[0] <= last[1] || /^\s*$/.test(text.slice(last[1], span[0]))))
      last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** `at`, moved by `direction` if it falls between the halves of a surrogate pair. */
function wholeCharAt(text: string, at: number, direction: -1 | 1): number {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return splitsPair ? at + direction : at;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function clipQuestion(question: string, clipped: boolean): string {
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

function sourceField(passage: QuotedPassage): APIEmbedField {
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

function sourceLine(publisher: string | undefined, title: string): string {
  return publisher ? `Quoted from ${publisher}, “${title}”` : `Quoted from “${title}”`;
}

function authorLines(authors: ReadonlyArray<{ name: string; affiliation?: string }>): string {
  const lines: string[] = [];
  let length = 0;
  for (const [i, a] of authors.entries()) {
    const line = `${escapeMarkdown(a.name)}${a.affiliation ? ` — ${escapeMarkdown(a.affiliation)}` : ''}`;
    const more = `…and ${authors.length - i} more`;
    if (length + line.length + 1 > DISCORD_LIMITS.embedFieldValue - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
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

function pagingButtons(
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

function postButton(page: number, paging: { command: string; input: string }, context: RenderContext) {
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
function postButtonFor(context: RenderContext): APIButtonComponentWithCustomId[] {
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

function message(embeds: APIEmbed[], ephemeral: boolean, buttons: APIButtonComponentWithCustomId[] = []) {
  return fitMessage({
    embeds,
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowed_mentions: { parse: [] },
  });
}

/** For tests and checks: the characters of a message's embeds that count towards Discord's 6000. */
export function messageEmbedLength(data: MessagePayload): number {
  return data.embeds.reduce((sum, e) => sum + embedLength(e), 0);
}

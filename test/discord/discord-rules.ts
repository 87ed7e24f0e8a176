/**
 * Discord's rules for what the bot sends, checked independently of src/discord/limits.ts (written out again
 * here, so a wrong limit there cannot make its own test pass). Lengths are checked both in code points (what
 * Discord counts) and in UTF-16 units (what our code budgets in).
 */
import { expect } from 'vitest';

type Json = Record<string, unknown>;

const length = (value: unknown): number => (typeof value === 'string' ? value.length : 0);

function checkText(where: string, value: unknown, max: number, problems: string[], required = false): number {
  if (value === undefined && !required) return 0;
  if (typeof value !== 'string') {
    problems.push(`${where}: not a string`);
    return 0;
  }
  if (required && value.length === 0) problems.push(`${where}: empty`);
  if (value.length > max) problems.push(`${where}: ${value.length} > ${max}`);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) {
    problems.push(`${where}: lone surrogate`);
  }
  return length(value);
}

/** Every rule a message body (interaction response data, webhook or channel message) must follow. */
export function messageProblems(data: Json): string[] {
  const problems: string[] = [];
  checkText('content', data.content, 2000, problems);
  const embeds = (data.embeds as Json[] | undefined) ?? [];
  if (embeds.length > 10) problems.push(`embeds: ${embeds.length} > 10`);
  let total = 0;
  embeds.forEach((embed, i) => {
    total += checkText(`embeds[${i}].title`, embed.title, 256, problems);
    total += checkText(`embeds[${i}].description`, embed.description, 4096, problems);
    const footer = embed.footer as Json | undefined;
    if (footer) total += checkText(`embeds[${i}].footer.text`, footer.text, 2048, problems, true);
    const author = embed.author as Json | undefined;
    if (author) total += checkText(`embeds[${i}].author.name`, author.name, 256, problems, true);
    const fields = (embed.fields as Json[] | undefined) ?? [];
    if (fields.length > 25) problems.push(`embeds[${i}].fields: ${fields.length} > 25`);
    fields.forEach((field, j) => {
      total += checkText(`embeds[${i}].fields[${j}].name`, field.name, 256, problems, true);
      total += checkText(`embeds[${i}].fields[${j}].value`, field.value, 1024, problems, true);
    });
    if (embed.url !== undefined && !/^https?:\/\//.test(String(embed.url))) problems.push(`embeds[${i}].url`);
  });
  if (total > 6000) problems.push(`embeds total: ${total} > 6000`);
  const rows = (data.components as Json[] | undefined) ?? [];
  if (rows.length > 5) problems.push(`components: ${rows.length} rows > 5`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    if (row.type !== 1) problems.push(`components[${r}]: not an action row`);
    const buttons = (row.components as Json[] | undefined) ?? [];
    if (buttons.length === 0 || buttons.length > 5) problems.push(`components[${r}]: ${buttons.length} buttons`);
    buttons.forEach((button, b) => {
      checkText(`components[${r}][${b}].label`, button.label, 80, problems);
      checkText(`components[${r}][${b}].custom_id`, button.custom_id, 100, problems, true);
      const id = String(button.custom_id);
      if (ids.has(id)) problems.push(`components[${r}][${b}]: duplicate custom_id ${id}`);
      ids.add(id);
    });
  });
  const allowed = data.allowed_mentions as Json | undefined;
  if (!allowed || !Array.isArray(allowed.parse) || allowed.parse.length > 0) {
    problems.push(`allowed_mentions: ${JSON.stringify(allowed)} (must be {parse: []})`);
  }
  if (allowed && (allowed.users !== undefined || allowed.roles !== undefined))
    problems.push('allowed_mentions lists ids');
  if (data.message_reference && allowed?.replied_user !== false) problems.push('a reply must not ping its author');
  return problems;
}

export function expectWithinDiscordRules(data: unknown): void {
  expect(messageProblems(data as Json)).toEqual([]);
}

/** Autocomplete choices: at most 25, names and values 1 to 100 characters. */
export function choiceProblems(choices: ReadonlyArray<{ name: unknown; value: unknown }>): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices > 25`);
  choices.forEach((c, i) => {
    checkText(`choices[${i}].name`, c.name, 100, problems, true);
    checkText(`choices[${i}].value`, c.value, 100, problems, true);
  });
  return problems;
}

/** Everything shown as text in a message: content, embed texts, button labels. */
export function visibleText(data: Json): string {
  const parts: string[] = [];
  if (typeof data.content === 'string') parts.push(data.content);
  for (const embed of (data.embeds as Json[] | undefined) ?? []) {
    for (const key of ['title', 'description']) if (typeof embed[key] === 'string') parts.push(embed[key] as string);
    for (const field of (embed.fields as Json[] | undefined) ?? []) parts.push(String(field.name), String(field.value));
    if (embed.footer) parts.push(String((embed.footer as Json).text));
    if (embed.author) parts.push(String((embed.author as Json).name));
  }
  return parts.join('\n');
}

/**
 * Mention syntax that would render (and, without allowed_mentions, ping): an unescaped <@id>, <@!id>, <@&id>, or a
 * bare @everyone / @here.
 */
export function renderableMentions(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<!\\)<@[!&]?\d+>/g)) found.push(m[0]);
  for (const m of text.matchAll(/@(everyone|here)/g)) found.push(m[0]);
  return found;
}

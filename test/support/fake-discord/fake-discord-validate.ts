/**
 * The subset of Discord's request validation a bot is most likely to trip over, answered with Discord's own
 * error shapes (so discord.js raises a DiscordAPIError with the usual message and code):
 * message length/emptiness/embed limits and application command names/descriptions.
 */
import { ApplicationCommandType } from 'discord.js';
import { type JsonObject, snowflake } from './fake-discord-model.js';

/** An error answered as `{ message, code, errors? }` with HTTP `status`. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: number,
    readonly errors?: JsonObject,
  ) {
    super(message);
  }

  get body(): JsonObject {
    return { message: this.message, code: this.code, ...(this.errors ? { errors: this.errors } : {}) };
  }
}

export const unknown = (what: string, code: number) => new RestError(404, `Unknown ${what}`, code);

/** Collects field errors the way Discord nests them: `{ data: { content: { _errors: [...] } } }`. */
class FormErrors {
  readonly errors: JsonObject = {};
  add(path: string[], code: string, message: string): void {
    let node = this.errors;
    for (const key of path) {
      node[key] ??= {};
      node = node[key] as JsonObject;
    }
    const list = (node._errors as JsonObject[] | undefined) ?? [];
    list.push({ code, message });
    node._errors = list;
  }
  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw new RestError(400, 'Invalid Form Body', 50035, this.errors);
  }
}

function checkLength(errors: FormErrors, path: string[], value: unknown, max: number): number {
  const length = typeof value === 'string' ? [...value].length : 0;
  if (length > max) errors.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  return length;
}

/**
 * Validates a message body (create or edit). `prefix` is the path of the message in the request, e.g. `['data']`
 * for interaction callbacks. `isEdit` allows bodies that change nothing but flags/attachments.
 */
export function validateMessageBody(body: JsonObject, fileCount: number, prefix: string[] = [], isEdit = false): void {
  const errors = new FormErrors();
  checkLength(errors, [...prefix, 'content'], body.content, 2000);
  const embeds = Array.isArray(body.embeds) ? (body.embeds as JsonObject[]) : [];
  if (embeds.length > 10) errors.add([...prefix, 'embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = [...prefix, 'embeds', String(i)];
    total += checkLength(errors, [...at, 'title'], embed.title, 256);
    total += checkLength(errors, [...at, 'description'], embed.description, 4096);
    total += checkLength(errors, [...at, 'footer', 'text'], (embed.footer as JsonObject | undefined)?.text, 2048);
    total += checkLength(errors, [...at, 'author', 'name'], (embed.author as JsonObject | undefined)?.name, 256);
    const fields = Array.isArray(embed.fields) ? (embed.fields as JsonObject[]) : [];
    if (fields.length > 25) errors.add([...at, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    fields.forEach((field, j) => {
      total += checkLength(errors, [...at, 'fields', String(j), 'name'], field.name, 256);
      total += checkLength(errors, [...at, 'fields', String(j), 'value'], field.value, 1024);
    });
  });
  if (total > 6000)
    errors.add([...prefix, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  errors.throwIfAny();
  const hasSomething =
    (typeof body.content === 'string' && body.content.length > 0) ||
    embeds.length > 0 ||
    (Array.isArray(body.components) && body.components.length > 0) ||
    (Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) ||
    body.poll !== undefined ||
    fileCount > 0;
  if (!hasSomething && !isEdit) throw new RestError(400, 'Cannot send an empty message', 50006);
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(errors: FormErrors, path: string[], name: unknown, chatInput: boolean): void {
  const ok =
    typeof name === 'string' &&
    (chatInput ? COMMAND_NAME.test(name) && name === name.toLowerCase() : name.length >= 1 && name.length <= 32);
  if (!ok) errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
}

function checkDescription(errors: FormErrors, path: string[], description: unknown): void {
  const length = typeof description === 'string' ? [...description].length : 0;
  if (length < 1 || length > 100) {
    errors.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
}

/**
 * Validates a bulk-overwrite body and turns it into stored commands: ids are kept for commands that already
 * existed with the same name and type (as Discord does), everything else gets Discord's defaults.
 */
export function normalizeCommands(
  body: unknown,
  existing: Iterable<JsonObject>,
  applicationId: string,
  guildId: string | null,
): JsonObject[] {
  if (!Array.isArray(body))
    throw new RestError(400, 'Invalid Form Body', 50035, {
      _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }],
    });
  const errors = new FormErrors();
  const seen = new Set<string>();
  const previous = [...existing];
  const commands = (body as JsonObject[]).map((cmd, i) => {
    const type = (cmd.type as number | undefined) ?? ApplicationCommandType.ChatInput;
    const chatInput = type === ApplicationCommandType.ChatInput;
    checkName(errors, [String(i)], cmd.name, chatInput);
    if (chatInput) checkDescription(errors, [String(i)], cmd.description);
    const options = Array.isArray(cmd.options) ? (cmd.options as JsonObject[]) : [];
    if (options.length > 25)
      errors.add([String(i), 'options'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    options.forEach((option, j) => {
      checkName(errors, [String(i), 'options', String(j)], option.name, true);
      checkDescription(errors, [String(i), 'options', String(j)], option.description);
    });
    const key = `${type}:${String(cmd.name)}`;
    if (seen.has(key))
      errors.add(
        [String(i), 'name'],
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        'Application command names must be unique',
      );
    seen.add(key);
    const old = previous.find((c) => c.name === cmd.name && c.type === type);
    return {
      id: old?.id ?? snowflake(),
      application_id: applicationId,
      version: snowflake(),
      default_member_permissions: null,
      type,
      name: cmd.name,
      name_localizations: null,
      description: chatInput ? cmd.description : '',
      description_localizations: null,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...(guildId ? { guild_id: guildId } : {}),
      ...cmd,
      ...(options.length > 0 ? { options } : {}),
    } as JsonObject;
  });
  if (commands.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  errors.throwIfAny();
  return commands;
}

/**
 * Validates a modal (interaction callback type 9) as Discord does: custom id 1-100, title 1-45, 1-5 action rows of
 * one text input each (custom id 1-100, label 1-45, style 1 or 2, lengths within 0-4000, placeholder up to 100).
 */
export function validateModal(data: JsonObject): void {
  const errors = new FormErrors();
  const path = ['data'];
  const required = (key: string, max: number) => {
    const length = checkLength(errors, [...path, key], data[key], max);
    if (length === 0) errors.add([...path, key], 'BASE_TYPE_REQUIRED', 'This field is required');
  };
  required('custom_id', 100);
  required('title', 45);
  const rows = Array.isArray(data.components) ? (data.components as JsonObject[]) : [];
  if (rows.length < 1 || rows.length > 5) {
    errors.add([...path, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  }
  rows.forEach((row, r) => {
    const at = [...path, 'components', String(r)];
    const inputs = Array.isArray(row.components) ? (row.components as JsonObject[]) : [];
    if (row.type !== 1 || inputs.length !== 1) {
      errors.add(at, 'UNION_TYPE_CHOICES', 'A modal row holds exactly one text input.');
      return;
    }
    const input = inputs[0] as JsonObject;
    const where = [...at, 'components', '0'];
    if (input.type !== 4) errors.add([...where, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be 4.');
    if (input.style !== 1 && input.style !== 2) errors.add([...where, 'style'], 'BASE_TYPE_CHOICES', 'Bad style.');
    for (const [key, max] of [
      ['custom_id', 100],
      ['label', 45],
    ] as const) {
      const length = checkLength(errors, [...where, key], input[key], max);
      if (length === 0) errors.add([...where, key], 'BASE_TYPE_REQUIRED', 'This field is required');
    }
    checkLength(errors, [...where, 'placeholder'], input.placeholder, 100);
    for (const key of ['min_length', 'max_length'] as const) {
      const value = input[key];
      if (
        value !== undefined &&
        (typeof value !== 'number' || value < (key === 'max_length' ? 1 : 0) || value > 4000)
      ) {
        errors.add([...where, key], 'NUMBER_TYPE_MAX', 'Must be between 0 and 4000.');
      }
    }
  });
  errors.throwIfAny();
}

/**
 * Every Discord interaction, answered: a pure function from the raw interaction payload to the raw response.
 * The gateway bot POSTs its result to the interaction callback; the HTTP endpoint sends it as the response body.
 * Both front ends therefore answer identically, and neither knows what a command does.
 */
import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { findCommand } from '../../commands/index.js';
import { type Command, type CommandOptions, freeTextOption } from '../../commands/types.js';
import { type Conversation, type ConversationMemory, channelConversationKey } from '../answer/conversations.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { decodeButtonId } from './custom-id.js';
import { fitChoices } from './limits.js';
import { type MessagePayload, renderNotice, renderReply } from './render.js';

/** Where a handler's failures are reported; pino's logger fits. */
export interface InteractionLogger {
  error(details: object, message: string): void;
}

export const MESSAGES = {
  failed: 'Sorry, something went wrong while answering. Please try again in a moment.',
  unknownCommand: (name: string) => `I don't know the command /${name}: it may have just been removed. Try /help.`,
  notYours: 'Only the person who asked can use these buttons. Ask your own question with /ask!',
  expired: 'This button has expired. Please ask again, for example with /ask.',
  unsupported: "Sorry, I can't handle that kind of interaction.",
} as const;

/**
 * The response to one interaction. Never throws: a failing command gets a short ephemeral error (and is reported
 * to `logger`), a failing autocomplete gets no choices.
 */
export function handleInteraction(
  interaction: APIInteraction,
  kb: KnowledgeBase,
  logger?: InteractionLogger,
  conversations?: ConversationMemory,
): APIInteractionResponse {
  try {
    switch (interaction.type) {
      // PING is the HTTP endpoint's own business (src/http/server.ts answers it before any handler); the
      // gateway never sends one.
      case InteractionType.ApplicationCommand:
        return handleCommand(interaction.data, userIdOf(interaction), kb, conversationOf(interaction, conversations));
      case InteractionType.ApplicationCommandAutocomplete:
        return handleAutocomplete(interaction.data, kb);
      case InteractionType.MessageComponent:
        return handleButton(String(interaction.data?.custom_id ?? ''), userIdOf(interaction), kb);
      default:
        return channelMessage(renderNotice(MESSAGES.unsupported));
    }
  } catch (error) {
    logger?.error({ err: error, ...describeInteraction(interaction) }, 'interaction handler failed');
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
    }
    return channelMessage(renderNotice(MESSAGES.failed, 'error'));
  }
}

/** What to log about an interaction: ids and names, never its token or what the user typed. */
export function describeInteraction(interaction: APIInteraction): {
  interactionId: string;
  interactionType: number;
  command?: string;
  action?: string;
} {
  const described = { interactionId: String(interaction.id), interactionType: Number(interaction.type) };
  const data = (interaction as { data?: { name?: unknown; custom_id?: unknown } }).data;
  if (typeof data?.name === 'string') return { ...described, command: data.name.slice(0, 32) };
  if (typeof data?.custom_id === 'string') {
    const key = decodeButtonId(data.custom_id);
    return key
      ? { ...described, command: key.command, action: key.action }
      : { ...described, action: 'unknown-button' };
  }
  return described;
}

/** A user's slash commands in one channel are one conversation (for 10 minutes: ConversationMemory's TTL). */
function conversationOf(interaction: APIInteraction, memory: ConversationMemory | undefined): Conversation | undefined {
  const userId = userIdOf(interaction);
  const raw = interaction as { channel_id?: unknown; channel?: { id?: unknown } };
  const channelId = raw.channel_id ?? raw.channel?.id;
  if (!memory || !userId || typeof channelId !== 'string') return undefined;
  return memory.open(channelConversationKey(channelId, userId));
}

function handleCommand(
  data: { name?: unknown; type?: unknown; options?: unknown } | undefined,
  userId: string | undefined,
  kb: KnowledgeBase,
  conversation?: Conversation,
): APIInteractionResponse {
  const name = typeof data?.name === 'string' ? data.name : '';
  const command = findCommand(name, kb);
  if (!command || data?.type !== ApplicationCommandType.ChatInput || !userId) {
    return channelMessage(renderNotice(MESSAGES.unknownCommand(name.slice(0, 32))));
  }
  const options = parseOptions(optionsOf(data), command.schema);
  const isPrivate = options.private === true;
  const reply = command.run(options, { kb, conversation });
  return channelMessage(renderReply(reply, { ownerId: userId, private: isPrivate, command: command.schema.name }));
}

function handleAutocomplete(data: { name?: unknown; options?: unknown } | undefined, kb: KnowledgeBase) {
  const command = findCommand(typeof data?.name === 'string' ? data.name : '', kb);
  const focused = command && findFocused(optionsOf(data), command.schema);
  const choices = command?.autocomplete && focused ? command.autocomplete(focused.name, focused.value, { kb }) : [];
  return {
    type: InteractionResponseType.ApplicationCommandAutocompleteResult,
    data: { choices: fitChoices(choices) },
  } satisfies APIInteractionResponse;
}

function handleButton(customId: string, userId: string | undefined, kb: KnowledgeBase): APIInteractionResponse {
  const key = decodeButtonId(customId);
  const command = key && findCommand(key.command, kb);
  if (!key || !command) return channelMessage(renderNotice(MESSAGES.expired));
  if (key.ownerId !== userId) return channelMessage(renderNotice(MESSAGES.notYours));
  const reply = command.run(inputOptions(command, key.input), { kb });
  if (key.action === 'post') {
    return channelMessage(
      renderReply(reply, { ownerId: key.ownerId, private: false, inputClipped: key.clipped, page: key.page }),
    );
  }
  const page = renderReply(reply, {
    ownerId: key.ownerId,
    private: key.private,
    inputClipped: key.clipped,
    page: key.page,
  });
  if (reply.kind === 'notice') return channelMessage(page);
  // An update keeps the message's own visibility: its flags cannot change.
  const { flags: _kept, ...data } = page;
  return { type: InteractionResponseType.UpdateMessage, data: callbackData(data) };
}

/** The options to re-run a command with its paged input: it goes to the command's free-text option. */
function inputOptions(command: Command, input: string): CommandOptions {
  const name = freeTextOption(command);
  return input && name ? { [name]: input } : {};
}

function channelMessage(data: MessagePayload): APIInteractionResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: callbackData(data) };
}

function callbackData(data: Omit<MessagePayload, 'message_reference'>): APIInteractionResponseCallbackData {
  const { message_reference: _none, ...rest } = data as MessagePayload;
  return rest;
}

function userIdOf(interaction: APIInteraction): string | undefined {
  const raw = interaction as { member?: { user?: { id?: unknown } }; user?: { id?: unknown } };
  const id = raw.member?.user?.id ?? raw.user?.id;
  return typeof id === 'string' ? id : undefined;
}

function optionsOf(data: { options?: unknown } | undefined): APIApplicationCommandInteractionDataOption[] {
  return Array.isArray(data?.options) ? (data.options as APIApplicationCommandInteractionDataOption[]) : [];
}

/**
 * Top-level option values as the command's schema declares them, whatever the transport delivered: only declared
 * names, only their types (strings, booleans; numbers as text), text cut to the option's max_length. Discord
 * enforces the same limits, but a hostile or buggy client of the HTTP endpoint need not.
 */
function parseOptions(
  options: readonly APIApplicationCommandInteractionDataOption[],
  schema: Command['schema'],
): CommandOptions {
  const parsed: Record<string, string | boolean> = {};
  for (const option of options.slice(0, MAX_OPTIONS)) {
    const declared = declaredOption(schema, option);
    if (!declared) continue;
    const value: unknown = (option as { value?: unknown }).value;
    if (declared.type === ApplicationCommandOptionType.Boolean) {
      if (typeof value === 'boolean') parsed[declared.name] = value;
    } else if (typeof value === 'string') {
      parsed[declared.name] = value.slice(0, maxLengthOf(declared));
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      parsed[declared.name] = String(value);
    }
  }
  return parsed;
}

/** The focused option of an autocomplete, if the schema declares it, with its text cut to the option's limit. */
function findFocused(
  options: readonly APIApplicationCommandInteractionDataOption[],
  schema: Command['schema'],
): { name: string; value: string } | undefined {
  for (const option of options.slice(0, MAX_OPTIONS)) {
    if (!option || !('focused' in option) || option.focused !== true) continue;
    const declared = declaredOption(schema, option);
    if (!declared) return undefined;
    const value: unknown = option.value;
    const text = typeof value === 'string' ? value : String(value ?? '');
    return { name: declared.name, value: text.slice(0, Math.min(maxLengthOf(declared), MAX_AUTOCOMPLETE_VALUE)) };
  }
  return undefined;
}

/** Discord allows 25 options per command: more in a payload are not from Discord. */
const MAX_OPTIONS = 25;
/** What a user can type into an autocompleted option is capped at 100 characters by Discord. */
const MAX_AUTOCOMPLETE_VALUE = 100;
/** Discord's own cap on a string option's value. */
const MAX_STRING_OPTION = 6_000;

type DeclaredOption = NonNullable<Command['schema']['options']>[number];

function declaredOption(schema: Command['schema'], option: unknown): DeclaredOption | undefined {
  const raw = option as { name?: unknown; value?: unknown } | null;
  if (!raw || typeof raw.name !== 'string' || !('value' in raw)) return undefined;
  return schema.options?.find((declared) => declared.name === raw.name);
}

function maxLengthOf(option: DeclaredOption): number {
  const max = (option as { max_length?: unknown }).max_length;
  return typeof max === 'number' ? max : MAX_STRING_OPTION;
}

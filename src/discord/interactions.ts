/**
 * Every Discord interaction, answered: a pure function from the raw interaction payload to the raw response.
 * The gateway bot POSTs its result to the interaction callback; the HTTP endpoint sends it as the response body.
 * Both front ends therefore answer identically, and neither knows what a command does.
 */
import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { findCommand } from '../../commands/index.js';
import { MAX_INPUT_LENGTH } from '../../commands/limits.js';
import {
  type Caller,
  type Command,
  type CommandOptions,
  freeTextOption,
  type SettingsAccess,
} from '../../commands/types.js';
import { type Conversation, type ConversationMemory, channelConversationKey } from '../answer/conversations.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { questionEntry } from '../store/question-entry.js';
import type { QuestionEntry, QuestionLog } from '../store/question-log.js';
import { decodeButtonId } from './custom-id.js';
import { handleFeedback } from './feedback/handle.js';
import { decodeFeedbackId, feedbackAnswerIdOf } from './feedback/ids.js';
import { callerOf, channelKindsOf, targetMessageText, userIdOf } from './interaction-payload.js';
import { fitChoices } from './limits.js';
import { findFocused, optionsOf, parseOptions } from './options.js';
import { type MessagePayload, renderNotice, renderReply } from './render.js';

/** Where a handler's failures are reported; pino's logger fits. */
interface InteractionLogger {
  error(details: object, message: string): void;
}

/** What a front end lends the handler; all optional (a bare call answers statelessly, as the tests do). */
export interface InteractionServices {
  logger?: InteractionLogger;
  /** Follow-ups: each user's slash commands per channel, for 10 minutes. */
  conversations?: ConversationMemory;
  /** The store: questions are recorded, answers carry feedback buttons, /insights and /forget-me read it. */
  log?: QuestionLog;
  /** Per-server settings (/settings, private by default). */
  settings?: SettingsAccess;
  frontEnd?: QuestionEntry['frontEnd'];
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
 * to the logger), a failing autocomplete gets no choices. Answering is synchronous; only the store's commands and
 * the feedback buttons wait, for at most the store's deadline (2 s), inside Discord's 3.
 */
export async function handleInteraction(
  interaction: APIInteraction,
  kb: KnowledgeBase,
  services: InteractionServices = {},
): Promise<APIInteractionResponse> {
  try {
    switch (interaction.type) {
      // PING is the HTTP endpoint's own business (src/http/server.ts answers it before any handler); the
      // gateway never sends one.
      case InteractionType.ApplicationCommand:
        return await handleCommand(interaction, kb, services);
      case InteractionType.ApplicationCommandAutocomplete:
        return handleAutocomplete(interaction.data, kb);
      case InteractionType.MessageComponent:
      case InteractionType.ModalSubmit: {
        const customId = String((interaction.data as { custom_id?: unknown } | undefined)?.custom_id ?? '');
        const feedback = decodeFeedbackId(customId);
        const userId = userIdOf(interaction);
        if (feedback && userId)
          return await handleFeedback(feedback, userId, services.log, interaction, channelMessage);
        if (interaction.type === InteractionType.ModalSubmit) return channelMessage(renderNotice(MESSAGES.expired));
        return handleButton(interaction, customId, kb);
      }
      default:
        return channelMessage(renderNotice(MESSAGES.unsupported));
    }
  } catch (error) {
    services.logger?.error({ err: error, ...describeInteraction(interaction) }, 'interaction handler failed');
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
function conversationOf(caller: Caller | undefined, memory: ConversationMemory | undefined): Conversation | undefined {
  if (!memory || !caller?.channelId) return undefined;
  return memory.open(channelConversationKey(caller.channelId, caller.userId));
}

async function handleCommand(
  interaction: APIInteraction & { type: InteractionType.ApplicationCommand },
  kb: KnowledgeBase,
  services: InteractionServices,
): Promise<APIInteractionResponse> {
  const data = interaction.data as { name?: unknown; type?: unknown; options?: unknown } | undefined;
  const name = typeof data?.name === 'string' ? data.name : '';
  const command = findCommand(name, kb);
  const caller = callerOf(interaction);
  const declaredType = command && 'type' in command.schema ? command.schema.type : ApplicationCommandType.ChatInput;
  if (!command || data?.type !== declaredType || !caller) {
    return channelMessage(renderNotice(MESSAGES.unknownCommand(name.slice(0, 32))));
  }
  // A message command asks about the message it was used on; it answers privately unless posted.
  const onMessage = declaredType === ApplicationCommandType.Message;
  const options = onMessage
    ? { question: targetMessageText(interaction).slice(0, MAX_INPUT_LENGTH) }
    : parseOptions(optionsOf(data), command.schema);
  const serverPrivate = caller.guildId ? services.settings?.server(caller.guildId).privateByDefault : undefined;
  const isPrivate = typeof options.private === 'boolean' ? options.private : onMessage || serverPrivate === true;
  const conversation = conversationOf(caller, services.conversations);
  const store = services.log;
  const reply = await command.run(options, {
    kb,
    conversation,
    caller,
    channelKinds: channelKindsOf(interaction),
    ...(store ? { store } : {}),
    ...(services.settings ? { settings: services.settings } : {}),
  });
  const question = asked(command, options);
  if (store && question) {
    store.record(
      questionEntry(reply, {
        id: String(interaction.id),
        userId: caller.userId,
        ...(caller.guildId ? { guildId: caller.guildId } : {}),
        ...(caller.channelId ? { channelId: caller.channelId } : {}),
        frontEnd: services.frontEnd ?? 'gateway',
        command: command.schema.name,
        question,
      }),
    );
  }
  return channelMessage(
    renderReply(reply, {
      ownerId: caller.userId,
      private: isPrivate,
      command: onMessage ? 'ask' : command.schema.name,
      ...(store && question ? { feedback: String(interaction.id) } : {}),
    }),
  );
}

/** The question (or tag) a command was asked: what the store keeps. Commands without one record nothing. */
function asked(command: Command, options: CommandOptions): string | undefined {
  const name = freeTextOption(command);
  const value = name === 'question' || name === 'tag' ? options[name] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
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

async function handleButton(
  interaction: APIInteraction,
  customId: string,
  kb: KnowledgeBase,
): Promise<APIInteractionResponse> {
  const key = decodeButtonId(customId);
  const command = key && findCommand(key.command, kb);
  if (!key || !command) return channelMessage(renderNotice(MESSAGES.expired));
  if (key.ownerId !== userIdOf(interaction)) return channelMessage(renderNotice(MESSAGES.notYours));
  const reply = await command.run(inputOptions(command, key.input), { kb });
  // The feedback buttons stay with the answer, on every page and when it is posted.
  const answerId = feedbackAnswerIdOf((interaction as { message?: { components?: unknown } }).message?.components);
  const shown = {
    ownerId: key.ownerId,
    inputClipped: key.clipped,
    page: key.page,
    ...(answerId ? { feedback: answerId } : {}),
  };
  if (key.action === 'post') return channelMessage(renderReply(reply, { ...shown, private: false }));
  const page = renderReply(reply, { ...shown, private: key.private });
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

/**
 * Questions asked in channels rather than with a slash command: a message that mentions the bot, a DM, or (opt-in)
 * a message ending in "?" in one of ASK_CHANNEL_IDS. Pure logic over raw MESSAGE_CREATE payloads: which messages
 * are questions, what the question is, and what to reply. Floods are held back by a per-user cooldown and a
 * per-channel de-duplication (flood-guard.ts).
 */
import { type GatewayMessageCreateDispatchData, MessageType } from 'discord-api-types/v10';
import { askQuestion } from '../../commands/index.js';
import { questionIntent } from '../../commands/intents.js';
import {
  answerConversationKey,
  type Conversation,
  type ConversationMemory,
  channelConversationKey,
} from '../answer/conversations.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { questionEntry } from '../store/question-entry.js';
import type { QuestionLog } from '../store/question-log.js';
import { COOLDOWN_NOTICE, type FloodGuard, messageLink } from './flood-guard.js';
import { type MessagePayload, type ReplyTarget, renderMessageNotice, renderMessageReply } from './render.js';

export interface MessagePolicy {
  /** The bot's own user id: its mention makes a question, its own messages are ignored. */
  botUserId: string;
  /** Channels where a message ending in "?" is a question without a mention (ASK_CHANNEL_IDS, /settings). */
  isAskChannel(channelId: string): boolean;
  /** A forum post's author writing again in a thread the bot answers: a follow-up (forum-threads.ts). */
  isForumFollowUp?(message: GatewayMessageCreateDispatchData): boolean;
  /** The server's cooldown between one user's questions (/settings cooldown). */
  cooldownMs?(guildId: string | undefined): number;
}

/** Message types a person writes: DEFAULT and REPLY. Joins, pins, boosts... are not questions. */
const USER_MESSAGE_TYPES: ReadonlySet<number> = new Set([MessageType.Default, MessageType.Reply]);

/**
 * The question a message asks the bot, or undefined when it is not addressed to the bot. The mention of the bot
 * is removed; '' means "addressed to the bot, but no question" (a bare mention).
 */
export function questionOf(message: GatewayMessageCreateDispatchData, policy: MessagePolicy): string | undefined {
  if (message.author?.bot || message.author?.id === policy.botUserId || message.webhook_id) return undefined;
  if (!USER_MESSAGE_TYPES.has(message.type)) return undefined;
  const content = typeof message.content === 'string' ? message.content : '';
  const mentioned = mentionsBot(content, policy.botUserId);
  const stripped = content.replace(botMention(policy.botUserId, 'g'), ' ').replace(/\s+/g, ' ').trim();
  if (mentioned) return stripped;
  if (!message.guild_id) return stripped; // A DM to the bot is always for the bot.
  // A reply to one of its answers is for the bot; an empty one (a sticker, or content the bot may not read) is not.
  if (repliesToBot(message, policy.botUserId)) return stripped || undefined;
  const answeredHere =
    (policy.isAskChannel(message.channel_id) && /[?？]\s*$/.test(stripped)) ||
    (stripped !== '' && policy.isForumFollowUp?.(message) === true);
  // Not addressed to the bot: a hello, thanks or a nod in a forum post's thread is said to the people there. (Read
  // only where the bot would answer, not for every message of every channel it sees.)
  return answeredHere && !isChatter(stripped) ? stripped : undefined;
}

/** A message that says hello, thanks or "ok" rather than asks anything. */
function isChatter(text: string): boolean {
  const intent = questionIntent(text);
  return intent === 'greeting' || intent === 'thanks' || intent === 'acknowledgement';
}

/** Only a real user mention of the bot counts: not @everyone/@here, not a role (even the bot's own role). */
function botMention(botUserId: string, flags = ''): RegExp {
  return new RegExp(`<@!?${botUserId}>`, flags);
}

export function mentionsBot(content: string | undefined, botUserId: string): boolean {
  return botMention(botUserId).test(content ?? '');
}

function repliesToBot(message: GatewayMessageCreateDispatchData, botUserId: string): boolean {
  return message.type === MessageType.Reply && message.referenced_message?.author?.id === botUserId;
}

/**
 * The conversation a message belongs to: the author's questions in that channel (a DM, a thread, a server
 * channel), or, when it replies to one of the bot's answers, the question that answer was for.
 */
export function messageConversation(
  message: GatewayMessageCreateDispatchData,
  memory: ConversationMemory,
): ReturnType<ConversationMemory['open']> {
  const replyingTo = message.message_reference?.message_id;
  return memory.open(
    channelConversationKey(message.channel_id, message.author.id),
    replyingTo ? answerConversationKey(replyingTo) : undefined,
  );
}

/** How a message reached the bot, as the store records it. */
function howAsked(message: GatewayMessageCreateDispatchData, policy: MessagePolicy): string {
  if (!message.guild_id) return 'dm';
  if (mentionsBot(message.content, policy.botUserId)) return 'mention';
  if (repliesToBot(message, policy.botUserId)) return 'reply';
  return policy.isAskChannel(message.channel_id) ? 'ask-channel' : 'forum';
}

export const REPEAT_NOTICE = (link: string) => `Someone asked this here a moment ago: ${link}`;

/**
 * What to send in reply to a message, or undefined for none: the answer (through the `ask` command, as /ask would
 * give it) or a cooldown notice, always as a reply that pings nobody. With a store, the question is recorded and
 * the answer carries the feedback buttons.
 */
export function replyToMessage(
  message: GatewayMessageCreateDispatchData,
  policy: MessagePolicy,
  guard: FloodGuard,
  kb: KnowledgeBase,
  conversation?: Conversation,
  log?: QuestionLog,
): MessagePayload | undefined {
  const question = questionOf(message, policy);
  if (question === undefined) return undefined;
  const target: ReplyTarget = {
    messageId: message.id,
    channelId: message.channel_id,
    ...(message.guild_id ? { guildId: message.guild_id } : {}),
  };
  const cooldownMs = policy.cooldownMs?.(message.guild_id);
  const verdict = guard.check(message.author.id, message.channel_id, question, message.id, cooldownMs);
  if (verdict.kind === 'ignore') return undefined;
  if (verdict.kind === 'cooldown-notice') return renderMessageNotice(COOLDOWN_NOTICE, target);
  if (verdict.kind === 'repeat') {
    return renderMessageNotice(
      REPEAT_NOTICE(messageLink(message.guild_id, message.channel_id, verdict.messageId)),
      target,
    );
  }
  const reply = askQuestion(question, { kb, conversation });
  const recorded = log !== undefined && question.trim() !== '';
  if (recorded) {
    log.record(
      questionEntry(reply, {
        id: message.id,
        userId: message.author.id,
        ...(message.guild_id ? { guildId: message.guild_id } : {}),
        channelId: message.channel_id,
        frontEnd: 'gateway',
        command: howAsked(message, policy),
        question,
      }),
    );
  }
  return renderMessageReply(reply, message.author.id, target, recorded ? message.id : undefined);
}

/**
 * Questions asked in channels rather than with a slash command: a message that mentions the bot, a DM, or (opt-in)
 * a message ending in "?" in one of ASK_CHANNEL_IDS. Pure logic over raw MESSAGE_CREATE payloads: which messages
 * are questions, what the question is, and what to reply. Floods are held back by a per-user cooldown and a
 * per-channel de-duplication (FloodGuard).
 */
import { type GatewayMessageCreateDispatchData, MessageType } from 'discord-api-types/v10';
import { askQuestion } from '../../commands/index.js';
import {
  answerConversationKey,
  type Conversation,
  type ConversationMemory,
  channelConversationKey,
} from '../answer/conversations.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { questionEntry } from '../store/question-entry.js';
import type { QuestionLog } from '../store/question-log.js';
import { type MessagePayload, type ReplyTarget, renderMessageNotice, renderMessageReply } from './render.js';

export interface MessagePolicy {
  /** The bot's own user id: its mention makes a question, its own messages are ignored. */
  botUserId: string;
  /** Channels where a message ending in "?" is a question without a mention. */
  askChannelIds: ReadonlySet<string>;
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
  // Only a real user mention of the bot counts: not @everyone/@here, not a role (even the bot's own role).
  const mention = new RegExp(`<@!?${policy.botUserId}>`, 'g');
  const mentioned = mention.test(content);
  const stripped = content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  if (mentioned) return stripped;
  if (!message.guild_id) return stripped; // A DM to the bot is always for the bot.
  // A reply to one of its answers is for the bot; an empty one (a sticker, or content the bot may not read) is not.
  if (repliesToBot(message, policy.botUserId)) return stripped || undefined;
  if (policy.askChannelIds.has(message.channel_id) && /[?？]\s*$/.test(stripped)) return stripped;
  return undefined;
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

export const COOLDOWN_MS = 5_000;
export const DEDUPLICATE_MS = 30_000;
export const COOLDOWN_NOTICE = 'You are asking quickly: please wait a few seconds before your next question.';

export type FloodVerdict = 'answer' | 'cooldown-notice' | 'ignore';

/**
 * Per-user cooldown (a few seconds between answers; the user is told at most once per cooldown) and per-channel
 * de-duplication (the same question in the same channel within a while is answered once). In memory, per process:
 * good enough to stop floods, and it forgets old entries as it goes.
 */
export class FloodGuard {
  private readonly lastAnswer = new Map<string, { at: number; notified: boolean }>();
  private readonly recentQuestions = new Map<string, number>();

  constructor(private readonly options: { cooldownMs?: number; deduplicateMs?: number; now?: () => number } = {}) {}

  check(userId: string, channelId: string, question: string): FloodVerdict {
    const now = (this.options.now ?? Date.now)();
    const cooldown = this.options.cooldownMs ?? COOLDOWN_MS;
    const window = this.options.deduplicateMs ?? DEDUPLICATE_MS;
    this.forget(now, cooldown, window);

    const key = `${channelId}\u0000${normalizeQuestion(question)}`;
    const asked = this.recentQuestions.get(key);
    if (asked !== undefined && now - asked < window) return 'ignore';

    const last = this.lastAnswer.get(userId);
    if (last && now - last.at < cooldown) {
      if (last.notified) return 'ignore';
      last.notified = true;
      return 'cooldown-notice';
    }
    // Re-inserting keeps both maps in time order, so forgetting only looks at their oldest entries.
    this.lastAnswer.delete(userId);
    this.lastAnswer.set(userId, { at: now, notified: false });
    this.recentQuestions.delete(key);
    this.recentQuestions.set(key, now);
    return 'answer';
  }

  private forget(now: number, cooldown: number, window: number): void {
    for (const [user, entry] of this.lastAnswer) {
      if (now - entry.at < cooldown) break;
      this.lastAnswer.delete(user);
    }
    for (const [key, at] of this.recentQuestions) {
      if (now - at < window) break;
      this.recentQuestions.delete(key);
    }
  }
}

/** The same question, however it was typed: case, spacing and final punctuation do not matter. */
export function normalizeQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/[\s\p{P}]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How a message reached the bot, as the store records it. */
function howAsked(message: GatewayMessageCreateDispatchData, policy: MessagePolicy): string {
  if (!message.guild_id) return 'dm';
  if (new RegExp(`<@!?${policy.botUserId}>`).test(message.content ?? '')) return 'mention';
  return repliesToBot(message, policy.botUserId) ? 'reply' : 'ask-channel';
}

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
  const verdict = guard.check(message.author.id, message.channel_id, question);
  if (verdict === 'ignore') return undefined;
  if (verdict === 'cooldown-notice') return renderMessageNotice(COOLDOWN_NOTICE, target);
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

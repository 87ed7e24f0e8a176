/**
 * Questions asked in channels, held back when they flood: a per-user cooldown (the user is told once per
 * cooldown), and the same question in the same channel answered once per window. A different user repeating it
 * within the window gets a link to the earlier answer instead of silence; the same user's repeats stay quiet.
 * In memory, per process, forgetting old entries as it goes.
 */
import { questionKey } from '../answer/question-key.js';
import { DEFAULT_COOLDOWN_SECONDS } from '../store/server-settings.js';

export const COOLDOWN_MS = DEFAULT_COOLDOWN_SECONDS * 1000;
export const DEDUPLICATE_MS = 30_000;
/** The longest cooldown a server may set (/settings cooldown): how long a user's last answer is remembered. */
export const MAX_COOLDOWN_MS = 600_000;
export const COOLDOWN_NOTICE = 'You are asking quickly: please wait a few seconds before your next question.';

export type FloodVerdict =
  | { kind: 'answer' }
  | { kind: 'cooldown-notice' }
  | { kind: 'ignore' }
  /** Someone else asked this here moments ago: point at that answer (or, while it is being sent, that question). */
  | { kind: 'repeat'; messageId: string };

interface Asked {
  at: number;
  userId: string;
  /** The earlier question's message, then the answer's once it is sent. */
  messageId: string;
}

export class FloodGuard {
  private readonly lastAnswer = new Map<string, { at: number; notified: boolean }>();
  private readonly recentQuestions = new Map<string, Asked>();

  constructor(private readonly options: { deduplicateMs?: number; now?: () => number } = {}) {}

  /** `cooldownMs`: the server's own (its /settings), else the default. */
  check(
    userId: string,
    channelId: string,
    question: string,
    messageId: string,
    cooldownMs: number = COOLDOWN_MS,
  ): FloodVerdict {
    const now = (this.options.now ?? Date.now)();
    const window = this.options.deduplicateMs ?? DEDUPLICATE_MS;
    this.forget(now, MAX_COOLDOWN_MS, window);

    const key = keyOf(channelId, question);
    const asked = this.recentQuestions.get(key);
    if (asked !== undefined && now - asked.at < window) {
      return asked.userId === userId ? { kind: 'ignore' } : { kind: 'repeat', messageId: asked.messageId };
    }

    const last = this.lastAnswer.get(userId);
    if (last && now - last.at < cooldownMs) {
      if (last.notified) return { kind: 'ignore' };
      last.notified = true;
      return { kind: 'cooldown-notice' };
    }
    // Re-inserting keeps both maps in time order, so forgetting only looks at their oldest entries.
    this.lastAnswer.delete(userId);
    this.lastAnswer.set(userId, { at: now, notified: false });
    this.recentQuestions.delete(key);
    this.recentQuestions.set(key, { at: now, userId, messageId });
    return { kind: 'answer' };
  }

  /** The answer to a question is sent: a repeat now links to it. */
  answered(channelId: string, question: string, answerMessageId: string): void {
    const asked = this.recentQuestions.get(keyOf(channelId, question));
    if (asked) asked.messageId = answerMessageId;
  }

  private forget(now: number, cooldown: number, window: number): void {
    for (const [user, entry] of this.lastAnswer) {
      if (now - entry.at < cooldown) break;
      this.lastAnswer.delete(user);
    }
    for (const [key, asked] of this.recentQuestions) {
      if (now - asked.at < window) break;
      this.recentQuestions.delete(key);
    }
  }
}

function keyOf(channelId: string, question: string): string {
  return `${channelId}\u0000${questionKey(question)}`;
}

/** A link to a message, as Discord's client makes it ("@me" for DMs). */
export function messageLink(guildId: string | undefined, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}

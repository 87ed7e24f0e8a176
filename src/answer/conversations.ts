/**
 * What each conversation asked last, so a follow-up can lean on it: in memory only, at most `limit`
 * conversations (the oldest forgotten first), each forgotten `ttlMs` after its last question. Front ends choose the
 * key (a DM, a thread, a user in a channel, a reply to one of the bot's answers); the core knows none of them.
 */

/** What a command sees of its conversation: the question understood before, and a way to record the next one. */
export interface Conversation {
  readonly previous: string | undefined;
  remember(understood: string): void;
}

export const CONVERSATION_TTL_MS = 10 * 60_000;

/** One user's questions in one channel (a DM, a thread, a server channel): the usual conversation key. */
export function channelConversationKey(channelId: string, userId: string): string {
  return `channel:${channelId}:user:${userId}`;
}

/** The key an answer the bot sent is remembered under, so a reply to it (by anyone) follows on from it. */
export function answerConversationKey(messageId: string): string {
  return `answer:${messageId}`;
}
const DEFAULT_LIMIT = 10_000;

export class ConversationMemory {
  /** In order of last use, oldest first: Map keeps insertion order, and a refresh re-inserts. */
  private readonly entries = new Map<string, { understood: string; at: number }>();
  private readonly ttlMs: number;
  private readonly limit: number;
  private readonly now: () => number;

  constructor(options: { ttlMs?: number; limit?: number; now?: () => number } = {}) {
    this.ttlMs = options.ttlMs ?? CONVERSATION_TTL_MS;
    this.limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The question last understood under `key`, if it is recent enough. */
  recall(key: string): string | undefined {
    this.expire();
    return this.entries.get(key)?.understood;
  }

  remember(key: string, understood: string): void {
    this.entries.delete(key);
    this.entries.set(key, { understood, at: this.now() });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  /**
   * The conversation under `key` for one question. `previous` is what `key` asked last, or, when the question
   * replies to an earlier answer, what that answer was for (`replyingTo`, the key it was remembered under); what
   * is understood now is kept under `key`, and readable afterwards (to remember it under the answer sent).
   */
  open(key: string, replyingTo?: string): Conversation & { readonly understood: string | undefined } {
    const previous = (replyingTo !== undefined ? this.recall(replyingTo) : undefined) ?? this.recall(key);
    let understood: string | undefined;
    return {
      previous,
      get understood() {
        return understood;
      },
      remember: (question: string) => {
        understood = question;
        this.remember(key, question);
      },
    };
  }

  private expire(): void {
    const cutoff = this.now() - this.ttlMs;
    for (const [key, entry] of this.entries) {
      if (entry.at > cutoff) break;
      this.entries.delete(key);
    }
  }
}

/**
 * Forum posts answered on their own: a new post in a forum the bot answers is answered once, in its thread, from
 * its title and starter message (edits and a second message in the first moments included), then the poster's
 * later messages as follow-ups, until someone else replies, the post is archived, locked or tagged solved, or the
 * bot has answered 3 times. Pure logic over raw gateway payloads; bot.ts sends. docs/discord.md, "Forum channels".
 */

export interface ForumPolicy {
  /** A forum channel whose new posts are answered (FORUM_CHANNEL_IDS, /settings). */
  isForum(channelId: string): boolean;
  /** The names of the tags applied to a post, from its forum's tags. */
  tagNames(forumId: string, tagIds: readonly string[]): string[];
  /** Tag names that mark a post done (SOLVED_TAG_NAMES). */
  solvedTags: readonly string[];
}

/** A post ready to be answered. */
export interface ForumQuestion {
  threadId: string;
  guildId: string;
  posterId: string;
  question: string;
}

export interface ForumOptions {
  /** How long after the post its edits and extra messages still count as the question. */
  settleMs?: number;
  maxAnswers?: number;
  maxThreads?: number;
}

interface RawThread {
  id?: unknown;
  guild_id?: unknown;
  parent_id?: unknown;
  owner_id?: unknown;
  name?: unknown;
  newly_created?: unknown;
  applied_tags?: unknown;
  thread_metadata?: { archived?: unknown; locked?: unknown };
}

interface RawMessage {
  id: string;
  channel_id: string;
  content?: string;
  author?: { id?: string; bot?: boolean };
}

interface Tracked {
  guildId: string;
  forumId: string;
  posterId: string;
  title: string;
  starter: string;
  extra: string[];
  answers: number;
  answered: boolean;
  stopped?: string;
}

/** Starters kept while their thread is awaited (any thread's first message looks like one, so only a few). */
const EARLY_STARTERS = 100;

const FORUM_DEFAULTS = { settleMs: 1_500, maxAnswers: 3, maxThreads: 5_000 } as const;

export class ForumThreads {
  private readonly threads = new Map<string, Tracked>();
  /** Starter messages seen before their THREAD_CREATE (Discord does not promise the order), briefly. */
  private readonly early = new Map<string, string>();
  private readonly options: Required<ForumOptions>;

  constructor(
    private readonly policy: ForumPolicy,
    private readonly due: (question: ForumQuestion) => void,
    options: ForumOptions = {},
  ) {
    this.options = { ...FORUM_DEFAULTS, ...options };
  }

  /** THREAD_CREATE: a new post in an answered forum is tracked, and answered once it settles. */
  threadCreated(raw: RawThread): void {
    const id = text(raw.id);
    const forumId = text(raw.parent_id);
    const guildId = text(raw.guild_id);
    const posterId = text(raw.owner_id);
    if (!id || !forumId || !guildId || !posterId || raw.newly_created !== true || this.threads.has(id)) return;
    if (!this.policy.isForum(forumId)) return;
    const tracked: Tracked = {
      guildId,
      forumId,
      posterId,
      title: text(raw.name) ?? '',
      starter: this.early.get(id) ?? '',
      extra: [],
      answers: 0,
      answered: false,
    };
    const done = this.doneBecause(raw, forumId);
    if (done) tracked.stopped = done;
    this.threads.set(id, tracked);
    this.trim();
    setTimeout(() => this.settle(id), this.options.settleMs).unref();
  }

  /** THREAD_UPDATE: archived, locked or tagged solved stops the bot in that post. */
  threadUpdated(raw: RawThread): void {
    const id = text(raw.id);
    const tracked = id ? this.threads.get(id) : undefined;
    if (!tracked || tracked.stopped) return;
    const done = this.doneBecause(raw, tracked.forumId);
    if (done) tracked.stopped = done;
  }

  /** MESSAGE_CREATE in a tracked post: the starter, more of the question, a follow-up, or someone stepping in. */
  message(message: RawMessage): void {
    const tracked = this.threads.get(message.channel_id);
    if (!tracked && message.id === message.channel_id && message.content) this.remember(message.id, message.content);
    if (!tracked || !message.author?.id || message.author.bot) return;
    if (message.author.id !== tracked.posterId) {
      tracked.stopped ??= 'someone else replied';
      return;
    }
    if (tracked.answered) return;
    if (message.id === message.channel_id) tracked.starter = message.content ?? '';
    else if (message.content) tracked.extra.push(message.content);
  }

  /** MESSAGE_UPDATE: an edit of the post before it is answered changes the question. */
  messageUpdated(message: RawMessage): void {
    const tracked = this.threads.get(message.channel_id);
    if (tracked && !tracked.answered && message.id === message.channel_id && typeof message.content === 'string') {
      tracked.starter = message.content;
    }
  }

  /** Whether the poster's message in a post is a follow-up the bot should answer on its own. */
  isFollowUp(message: RawMessage): boolean {
    const tracked = this.threads.get(message.channel_id);
    return (
      tracked?.answered === true &&
      !tracked.stopped &&
      message.author?.id === tracked.posterId &&
      message.id !== message.channel_id &&
      tracked.answers < this.options.maxAnswers
    );
  }

  /** An automatic answer went out in this post (the first, or a follow-up's). */
  counted(threadId: string): void {
    const tracked = this.threads.get(threadId);
    if (tracked) tracked.answers += 1;
  }

  tracks(threadId: string): boolean {
    return this.threads.has(threadId);
  }

  /** Why the bot no longer answers a post on its own, if it does not. */
  stoppedIn(threadId: string): string | undefined {
    return this.threads.get(threadId)?.stopped;
  }

  private settle(id: string): void {
    const tracked = this.threads.get(id);
    if (!tracked || tracked.answered) return;
    tracked.answered = true;
    if (tracked.stopped) return;
    const question = [tracked.title, tracked.starter, ...tracked.extra].map((part) => part.trim()).filter(Boolean);
    this.due({ threadId: id, guildId: tracked.guildId, posterId: tracked.posterId, question: question.join('\n') });
  }

  private doneBecause(raw: RawThread, forumId: string): string | undefined {
    if (raw.thread_metadata?.archived === true) return 'archived';
    if (raw.thread_metadata?.locked === true) return 'locked';
    const tagIds = Array.isArray(raw.applied_tags)
      ? raw.applied_tags.filter((t): t is string => typeof t === 'string')
      : [];
    const solved = new Set(this.policy.solvedTags.map((t) => t.toLowerCase()));
    const names = this.policy.tagNames(forumId, tagIds);
    return names.some((name) => solved.has(name.toLowerCase())) ? 'tagged solved' : undefined;
  }

  /** A message whose id is its channel's: the starter of a thread not created yet, as far as the bot knows. */
  private remember(id: string, content: string): void {
    this.early.set(id, content);
    for (const key of this.early.keys()) {
      if (this.early.size <= EARLY_STARTERS) break;
      this.early.delete(key);
    }
  }

  /** The oldest posts are forgotten beyond `maxThreads`. */
  private trim(): void {
    for (const id of this.threads.keys()) {
      if (this.threads.size <= this.options.maxThreads) return;
      this.threads.delete(id);
    }
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Questions that arrive as messages rather than interactions, on the gateway: mentions, DMs, replies, ask channels,
 * and forum posts with their follow-ups (forum-threads.ts). Decides with the pure functions of messages.ts and
 * forum-threads.ts, sends with discord.js's REST client, and checks it may post in a thread before it does.
 */
import {
  type Client,
  type GatewayMessageCreateDispatchData,
  type GatewayMessageUpdateDispatchData,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import { askQuestion } from '../../commands/index.js';
import { answerConversationKey, type ConversationMemory, channelConversationKey } from '../answer/conversations.js';
import type { Logger } from '../logger.js';
import { type ContentSource, currentKnowledgeBase } from '../search/index/live-content.js';
import { questionEntry } from '../store/question-entry.js';
import type { QuestionLog } from '../store/question-log.js';
import type { ServerSettings } from '../store/server-settings.js';
import { FloodGuard } from './flood-guard.js';
import { type ForumOptions, type ForumQuestion, ForumThreads } from './forum-threads.js';
import { MESSAGES } from './interactions.js';
import { type MessagePolicy, mentionsBot, messageConversation, questionOf, replyToMessage } from './messages.js';
import { type MessagePayload, renderMessageNotice, renderMessageReply } from './render.js';

export interface ChannelQuestionsDeps {
  client: Client;
  content: ContentSource;
  logger: Logger;
  conversations: ConversationMemory;
  settings: ServerSettings;
  solvedTags: readonly string[];
  log?: QuestionLog;
  /** Keeps a send in flight until it settles, so stopping waits for it. */
  track(task: Promise<unknown>): void;
  forum?: ForumOptions;
}

export class ChannelQuestions {
  readonly forum: ForumThreads;
  private readonly guard = new FloodGuard();
  /** Channels where the bot may not post, warned about once each. */
  private readonly refused = new Set<string>();

  constructor(private readonly deps: ChannelQuestionsDeps) {
    this.forum = new ForumThreads(
      {
        isForum: (id) => deps.settings.isChannel('forum', id),
        tagNames: (forumId, ids) => this.tagNames(forumId, ids),
        solvedTags: deps.solvedTags,
      },
      (post) => this.answerPost(post),
      deps.forum,
    );
  }

  /** MESSAGE_CREATE: a forum post's starter or follow-up, or a question addressed to the bot. */
  onMessage(message: GatewayMessageCreateDispatchData, shardId: number): void {
    const botUserId = this.deps.client.user?.id;
    if (!botUserId || !message?.author) return;
    const followUp = this.forum.isFollowUp(message);
    this.forum.message(message);
    // A post's starter message is its question: answered once the post settles, never as a message too.
    if (message.id === message.channel_id && this.forum.tracks(message.channel_id)) return;
    const policy: MessagePolicy = {
      botUserId,
      isAskChannel: (id) => this.deps.settings.isChannel('ask', id),
      isForumFollowUp: () => followUp,
      cooldownMs: (guildId) => this.deps.settings.server(guildId).cooldownSeconds * 1000,
    };
    const target = { messageId: message.id, channelId: message.channel_id, guildId: message.guild_id };
    const conversation = messageConversation(message, this.deps.conversations);
    let body: MessagePayload | undefined;
    try {
      const kb = currentKnowledgeBase(this.deps.content);
      body = replyToMessage(message, policy, this.guard, kb, conversation, this.deps.log);
    } catch (error) {
      this.deps.logger.error({ err: error, messageId: message.id, shardId }, 'answering a message failed');
      body = renderMessageNotice(MESSAGES.failed, target);
    }
    if (!body) return;
    const question = questionOf(message, policy);
    // In a forum post, a follow-up counts toward the post's automatic answers (a mention is answered anyway).
    const counts = followUp && !mentionsBot(message.content, botUserId);
    this.send(message.channel_id, body, { messageId: message.id, shardId }, (sentId) => {
      if (question) this.guard.answered(message.channel_id, question, sentId);
      if (conversation.understood) {
        this.deps.conversations.remember(answerConversationKey(sentId), conversation.understood);
      }
      if (counts) this.forum.counted(message.channel_id);
    });
  }

  onMessageUpdate(message: GatewayMessageUpdateDispatchData): void {
    this.forum.messageUpdated(message as { id: string; channel_id: string; content?: string });
  }

  /** A forum post settled: answered in its thread, once, as the poster's conversation there. */
  private answerPost(post: ForumQuestion): void {
    if (!this.mayPost(post.threadId)) return;
    const conversation = this.deps.conversations.open(channelConversationKey(post.threadId, post.posterId));
    let reply: ReturnType<typeof askQuestion>;
    try {
      reply = askQuestion(post.question, { kb: currentKnowledgeBase(this.deps.content), conversation });
    } catch (error) {
      this.deps.logger.error({ err: error, threadId: post.threadId }, 'answering a forum post failed');
      return;
    }
    const log = this.deps.log;
    if (log) {
      log.record(
        questionEntry(reply, {
          id: post.threadId,
          userId: post.posterId,
          guildId: post.guildId,
          channelId: post.threadId,
          frontEnd: 'gateway',
          command: 'forum',
          question: post.question,
        }),
      );
    }
    // The starter message has the thread's id: the answer replies to it.
    const target = { messageId: post.threadId, channelId: post.threadId, guildId: post.guildId };
    const body = renderMessageReply(reply, post.posterId, target, log ? post.threadId : undefined);
    this.send(post.threadId, body, { messageId: post.threadId }, () => this.forum.counted(post.threadId));
  }

  private send(channelId: string, body: MessagePayload, about: object, sent: (id: string) => void): void {
    const started = performance.now();
    const task = this.deps.client.rest.post(Routes.channelMessages(channelId), { body }).then(
      (message) => {
        const id = (message as { id?: unknown } | undefined)?.id;
        if (typeof id === 'string') sent(id);
        const totalMs = Math.round((performance.now() - started) * 100) / 100;
        this.deps.logger.info({ ...about, channelId, totalMs }, 'message answered');
      },
      // Typically a channel where the bot may read but not send (403): nothing to do but say so.
      (error: unknown) => this.deps.logger.warn({ err: error, ...about, channelId }, 'could not reply to a message'),
    );
    this.deps.track(task);
  }

  /** Whether the bot may post in a thread (View Channel, Send Messages in Threads); warns once per forum if not. */
  private mayPost(threadId: string): boolean {
    const channel = this.deps.client.channels.cache.get(threadId);
    const me = this.deps.client.user;
    if (!channel || !me || !('permissionsFor' in channel)) return true; // not cached: try, and let Discord say
    const permissions = channel.permissionsFor(me);
    const needed = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessagesInThreads];
    if (!permissions || permissions.has(needed)) return true;
    const forumId = 'parentId' in channel && channel.parentId ? channel.parentId : threadId;
    if (!this.refused.has(forumId)) {
      this.refused.add(forumId);
      this.deps.logger.warn(
        { channelId: forumId, needs: ['View Channel', 'Send Messages in Threads'] },
        'cannot answer forum posts here: the bot lacks permissions in this forum',
      );
    }
    return false;
  }

  private tagNames(forumId: string, ids: readonly string[]): string[] {
    const forum = this.deps.client.channels.cache.get(forumId) as
      | { availableTags?: Array<{ id: string; name: string }> }
      | undefined;
    return (forum?.availableTags ?? []).filter((tag) => ids.includes(tag.id)).map((tag) => tag.name);
  }
}

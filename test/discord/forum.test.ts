/**
 * Where communities ask, end to end against the fake Discord: forum posts answered in their thread, follow-ups
 * from the poster, the bot stepping back (someone else replies, Solved, archived, 3 answers), "Ask the article",
 * /settings (Manage Server only, channel types checked, changes at once) and repeated questions linked.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir, loadConfig } from '../../src/config.js';
import { type GatewayBot, runGatewayBot } from '../../src/discord/bot.js';
import { REPEAT_NOTICE } from '../../src/discord/messages.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import { openQuestionLog } from '../../src/store/open-log.js';
import type { QuestionLog } from '../../src/store/question-log.js';
import { ServerSettings } from '../../src/store/server-settings.js';
import {
  type CallbackBody,
  type FakeDiscord,
  type FakeMessage,
  type JsonObject,
  startFakeDiscord,
} from '../support/fake-discord/fake-discord.js';
import { parsedLogger } from '../support/logged-process.js';
import { expectWithinDiscordRules } from './discord-rules.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const MESSAGE_CONTENT = 1 << 15;
const MANAGE_GUILD = String(1 << 5);
const FORUM = '910000000000000001';
const SECOND_FORUM = '910000000000000002';
const QUIET_FORUM = '910000000000000003';
const TEXT = '910000000000000004';
const OTHER_TEXT = '910000000000000005';
const SOLVED = '920000000000000001';
const POSTER = { id: '930000000000000001', username: 'poster' };
const HELPER = { id: '930000000000000002', username: 'helper' };
const ADMIN = { id: '930000000000000003', username: 'admin' };

const forum = (id: string, name: string) => ({
  id,
  name,
  type: 15,
  available_tags: [
    { id: SOLVED, name: 'Solved' },
    { id: '920000000000000002', name: 'Question' },
  ],
});

const botMessagesIn = (fake: FakeDiscord, channelId: string) =>
  fake.messages(channelId).filter((m) => (m.author as { id?: string }).id === fake.botUser.id);
const descriptionOf = (message: FakeMessage) => String((message.embeds as JsonObject[])[0]?.description ?? '');

interface Running {
  fake: FakeDiscord;
  bot: GatewayBot;
  log?: QuestionLog;
  settings: ServerSettings;
  logs: ReturnType<typeof parsedLogger>['lines'];
}

async function start(options: { contentIntent: boolean; store?: string; botPermissions?: bigint }): Promise<Running> {
  const fake = await startFakeDiscord({
    heartbeatIntervalMs: 500,
    ...(options.contentIntent ? { allowedPrivilegedIntents: MESSAGE_CONTENT } : {}),
    guilds: [
      {
        channels: [
          { id: TEXT, name: 'general' },
          { id: OTHER_TEXT, name: 'questions' },
          forum(FORUM, 'help'),
          forum(SECOND_FORUM, 'more-help'),
          forum(QUIET_FORUM, 'chat'),
        ],
        ...(options.botPermissions !== undefined
          ? { botPermissions: options.botPermissions, everyonePermissions: options.botPermissions }
          : {}),
      },
    ],
  });
  const config = loadConfig(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.apiBase,
      FORUM_CHANNEL_IDS: FORUM,
      DATABASE_URL: options.store ?? 'off',
    },
    'gateway',
  );
  const { logger, lines } = parsedLogger();
  const log = await openQuestionLog(config.store, logger);
  const settings = await new ServerSettings(
    { forumChannelIds: config.forumChannelIds, askChannelIds: [], cooldownSeconds: 0 },
    log,
  ).start(100);
  const bot = await runGatewayBot(config, loadKnowledgeBase(contentDir()), logger, {
    settings,
    ...(log ? { log } : {}),
    forum: { settleMs: 150 },
  });
  return { fake, bot, settings, logs: lines, ...(log ? { log } : {}) };
}

async function stop(running: Running | undefined) {
  await running?.bot.stop();
  running?.settings.close();
  await running?.log?.close();
  await running?.fake.close();
}

describe('forum posts and threads, with the Message Content intent', () => {
  let running: Running;
  let fake: FakeDiscord;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'article-bot-forum-'));
    running = await start({ contentIntent: true, store: `sqlite:${join(dir, 'bot.sqlite')}` });
    fake = running.fake;
  }, 30_000);

  afterAll(async () => {
    await stop(running);
    await rm(dir, { recursive: true, force: true });
  });

  /** The bot's messages in a thread, once there are `count`. */
  const answers = (threadId: string, count: number) =>
    fake.waitFor(
      () => {
        const found = botMessagesIn(fake, threadId);
        return found.length >= count ? found : undefined;
      },
      5_000,
      `${count} answer(s) in the thread`,
    );

  /** Everything sent before this point has been handled: a mention in another channel is answered after it. */
  let barriers = 0;
  async function barrier() {
    barriers += 1;
    const asked = fake.sendMessage({
      channel_id: OTHER_TEXT,
      content: `<@${fake.botUser.id}> what is osteopontin (${barriers})?`,
      author: ADMIN,
    });
    await fake.waitFor(
      () =>
        botMessagesIn(fake, OTHER_TEXT).find(
          (m) => (m.message_reference as JsonObject | undefined)?.message_id === asked.id,
        ),
      5_000,
      'the barrier mention to be answered',
    );
  }

  it('answers a new post once, in its thread, from its title and starter (quick edits and a second message included)', async () => {
    const { thread, starter } = fake.createForumPost(FORUM, {
      title: 'Bones and the brain',
      content: 'hello',
      author: POSTER,
    });
    fake.editMessage(starter.id, 'What does osteocalcin do in the brain?');
    fake.sendMessage({ channel_id: thread.id, content: 'Also, I am asking for my mum.', author: POSTER });
    const [answer] = await answers(thread.id, 1);
    if (!answer) throw new Error('no answer');
    const sent = fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${thread.id}/messages`);
    if (!sent) throw new Error('no request');
    expectWithinDiscordRules(sent.body);
    expect((sent.body as JsonObject).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(descriptionOf(answer)).toContain('osteocalcin');
    expect((answer.message_reference as JsonObject).message_id).toBe(starter.id);
    expect(JSON.stringify(answer.components)).toContain(`vote:y:${thread.id}`);
    await barrier();
    expect(botMessagesIn(fake, thread.id).map(descriptionOf)).toEqual([descriptionOf(answer)]);
  });

  it("answers the poster's follow-ups as follow-ups, up to 3 automatic answers in all", async () => {
    const { thread } = fake.createForumPost(FORUM, { title: 'What does osteocalcin do?', author: POSTER });
    await answers(thread.id, 1);
    fake.sendMessage({
      channel_id: thread.id,
      content: 'and what happens to it when depression is treated?',
      author: POSTER,
    });
    const [, followUp] = await answers(thread.id, 2);
    expect(JSON.stringify(followUp?.embeds)).toContain('I took this as');
    fake.sendMessage({ channel_id: thread.id, content: 'what is osteopontin then?', author: POSTER });
    await answers(thread.id, 3);
    fake.sendMessage({ channel_id: thread.id, content: 'and cortisol?', author: POSTER });
    await barrier();
    expect(botMessagesIn(fake, thread.id)).toHaveLength(3);
    // A mention is answered anyway.
    fake.sendMessage({ channel_id: thread.id, content: `<@${fake.botUser.id}> what is cortisol?`, author: POSTER });
    await answers(thread.id, 4);
  });

  it('steps back once someone else replies, or the post is tagged Solved or archived', async () => {
    const human = fake.createForumPost(FORUM, { title: 'What does osteocalcin do?', author: POSTER }).thread;
    const solved = fake.createForumPost(FORUM, { title: 'What does osteopontin do?', author: POSTER }).thread;
    const archived = fake.createForumPost(FORUM, { title: 'What is cortisol?', author: POSTER }).thread;
    const taggedAtStart = fake.createForumPost(FORUM, {
      title: 'What is cortisol?',
      author: POSTER,
      appliedTags: [SOLVED],
    }).thread;
    await Promise.all([answers(human.id, 1), answers(solved.id, 1), answers(archived.id, 1)]);
    fake.sendMessage({
      channel_id: human.id,
      content: 'Osteocalcin is a bone hormone, see the article.',
      author: HELPER,
    });
    fake.updateThread(solved.id, { appliedTags: [SOLVED] });
    fake.updateThread(archived.id, { archived: true });
    for (const thread of [human, solved, archived]) {
      fake.sendMessage({ channel_id: thread.id, content: 'and what about cortisol?', author: POSTER });
    }
    await barrier();
    for (const thread of [human, solved, archived]) expect(botMessagesIn(fake, thread.id)).toHaveLength(1);
    expect(botMessagesIn(fake, taggedAtStart.id)).toHaveLength(0);
  });

  it('leaves forums it is not set to answer alone', async () => {
    const { thread } = fake.createForumPost(QUIET_FORUM, { title: 'What does osteocalcin do?', author: POSTER });
    fake.createForumPost(FORUM, { title: 'What is osteopontin?', author: POSTER });
    await barrier();
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the settle time of both posts
    expect(botMessagesIn(fake, thread.id)).toHaveLength(0);
  });

  it('"Ask the article" answers the selected message privately, with "Post to channel"', async () => {
    const target = fake.sendMessage({
      channel_id: TEXT,
      content: 'Which hormone do bones release that reaches the brain?',
      author: HELPER,
    });
    const sent = fake.sendInteraction({
      type: 2,
      data: { type: 3, name: 'Ask the article', target_id: target.id, resolved: { messages: { [target.id]: target } } },
      user: ADMIN,
    });
    const callback = await fake.waitForCallback(sent.id);
    const data = callback.data as JsonObject & {
      flags?: number;
      embeds: JsonObject[];
      components: Array<{ components: JsonObject[] }>;
    };
    expectWithinDiscordRules(data);
    expect(data.flags).toBe(64);
    expect(JSON.stringify(data.embeds)).toContain('osteocalcin');
    const post = data.components.flatMap((r) => r.components).find((b) => b.label === 'Post to channel');
    expect(post?.custom_id).toMatch(/^post:\d+:ask:/);
  });

  it('/settings: Manage Server only; channel types checked; a forum added answers its next post at once', async () => {
    const settings = (sub: string, options: JsonObject[] = [], member = MANAGE_GUILD, resolved?: JsonObject) =>
      fake.sendCommand('settings', [{ name: sub, type: 1, options }], {
        user: ADMIN,
        member: { permissions: member },
        ...(resolved ? { data: { resolved: { channels: resolved } } } : {}),
      });
    const noticeOf = async (sent: { id: string }) => {
      const callback: CallbackBody = await fake.waitForCallback(sent.id);
      const data = callback.data as {
        flags?: number;
        embeds: Array<{ title?: string; description?: string; fields?: JsonObject[] }>;
      };
      expectWithinDiscordRules(data);
      expect(data.flags).toBe(64);
      return data.embeds[0] ?? {};
    };
    expect((await noticeOf(settings('view', [], '0'))).description).toMatch(/Manage Server/);
    const view = await noticeOf(settings('view'));
    expect(JSON.stringify(view.fields)).toContain(`<#${FORUM}>`);

    const channelOption = (id: string) => [
      { name: 'channel', type: 7, value: id },
      { name: 'enabled', type: 5, value: true },
    ];
    const wrong = await noticeOf(
      settings('forum-channel', channelOption(TEXT), MANAGE_GUILD, { [TEXT]: { id: TEXT, type: 0 } }),
    );
    expect(wrong.description).toMatch(/not a forum channel/);
    const added = await noticeOf(
      settings('forum-channel', channelOption(SECOND_FORUM), MANAGE_GUILD, {
        [SECOND_FORUM]: { id: SECOND_FORUM, type: 15 },
      }),
    );
    expect(added.title).toMatch(/are now answered on their own/);
    expect(JSON.stringify(added.fields)).toContain(`<#${SECOND_FORUM}>`);
    const { thread } = fake.createForumPost(SECOND_FORUM, { title: 'What does osteocalcin do?', author: POSTER });
    await answers(thread.id, 1);

    // An ask channel answers questions ending in "?" without a mention.
    await noticeOf(
      settings('ask-channel', channelOption(OTHER_TEXT), MANAGE_GUILD, { [OTHER_TEXT]: { id: OTHER_TEXT, type: 0 } }),
    );
    const asked = fake.sendMessage({
      channel_id: OTHER_TEXT,
      content: 'what does cortisol do to bones?',
      author: HELPER,
    });
    await fake.waitFor(
      () =>
        botMessagesIn(fake, OTHER_TEXT).find(
          (m) => (m.message_reference as JsonObject | undefined)?.message_id === asked.id,
        ),
      5_000,
      'the ask-channel answer',
    );

    // Private by default: /ask answers privately unless private:false.
    await noticeOf(settings('private-by-default', [{ name: 'enabled', type: 5, value: true }]));
    const ask = fake.sendCommand('ask', [{ name: 'question', type: 3, value: 'What is osteopontin?' }], {
      user: HELPER,
    });
    expect((await fake.waitForCallback(ask.id)).data).toMatchObject({ flags: 64 });
    const publicAsk = fake.sendCommand(
      'ask',
      [
        { name: 'question', type: 3, value: 'What is osteopontin?' },
        { name: 'private', type: 5, value: false },
      ],
      { user: HELPER },
    );
    expect(((await fake.waitForCallback(publicAsk.id)).data as { flags?: number }).flags ?? 0).toBe(0);
    await noticeOf(settings('private-by-default', [{ name: 'enabled', type: 5, value: false }]));

    const cooldown = await noticeOf(settings('cooldown', [{ name: 'seconds', type: 4, value: 120 }]));
    expect(cooldown.title).toBe('Cooldown set to 120 s.');
    expect(JSON.stringify(cooldown.fields)).toContain('120 s');
    await noticeOf(settings('cooldown', [{ name: 'seconds', type: 4, value: 0 }]));
  });

  it('a second person asking the same question within 30 s gets a link to the earlier answer, not silence', async () => {
    const first = fake.sendMessage({
      channel_id: TEXT,
      content: `<@${fake.botUser.id}> where do bones send osteocalcin?`,
      author: HELPER,
    });
    const answer = await fake.waitFor(
      () =>
        botMessagesIn(fake, TEXT).find((m) => (m.message_reference as JsonObject | undefined)?.message_id === first.id),
      5_000,
      'the first answer',
    );
    // Once the bot knows its answer's id (it logs it), a repeat links to the answer itself.
    await fake.waitFor(
      () => running.logs.find((l) => l.msg === 'message answered' && l.messageId === first.id),
      5_000,
      'the bot to note its answer',
    );
    const again = fake.sendMessage({
      channel_id: TEXT,
      content: `<@${fake.botUser.id}> Where do bones send osteocalcin`,
      author: POSTER,
    });
    const pointer = await fake.waitFor(
      () =>
        botMessagesIn(fake, TEXT).find((m) => (m.message_reference as JsonObject | undefined)?.message_id === again.id),
      5_000,
      'the link to the first answer',
    );
    const link = `https://discord.com/channels/${String(first.guild_id)}/${TEXT}/${answer.id}`;
    expect(descriptionOf(pointer).replace(/\\/g, '')).toBe(REPEAT_NOTICE(link));
  });
});

describe('forum posts without the Message Content intent, or without permission', () => {
  let running: Running | undefined;
  afterAll(async () => stop(running));

  it('answers from the title alone when the bot cannot read messages', async () => {
    running = await start({ contentIntent: false });
    const { fake } = running;
    expect(running.logs.some((l) => String(l.msg).includes('Message Content intent is not enabled'))).toBe(true);
    const { thread } = fake.createForumPost(FORUM, {
      title: 'What does osteocalcin do?',
      content: 'ignored without the intent',
      author: POSTER,
    });
    const answer = await fake.waitFor(() => botMessagesIn(fake, thread.id)[0], 5_000, 'an answer from the title');
    expect(descriptionOf(answer)).toContain('osteocalcin');
    await stop(running);
    running = undefined;
  }, 20_000);

  it('does not post where it may not, and warns once per forum', async () => {
    const P = { view: 1n << 10n, send: 1n << 11n, embed: 1n << 14n, history: 1n << 16n };
    running = await start({ contentIntent: true, botPermissions: P.view | P.send | P.embed | P.history });
    const { fake, logs } = running;
    const posts = [1, 2].map(
      () => fake.createForumPost(FORUM, { title: 'What does osteocalcin do?', author: POSTER }).thread,
    );
    await fake.waitFor(
      () => logs.find((l) => String(l.msg).startsWith('cannot answer forum posts here')),
      5_000,
      'the warning',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logs.filter((l) => String(l.msg).startsWith('cannot answer forum posts here'))).toHaveLength(1);
    for (const thread of posts) expect(botMessagesIn(fake, thread.id)).toHaveLength(0);
  }, 20_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { type BotConfig, contentDir, loadConfig } from '../../src/config.js';
import { type GatewayBot, LoginError, runGatewayBot } from '../../src/discord/bot.js';
import { decodeButtonId } from '../../src/discord/custom-id.js';
import { COOLDOWN_NOTICE } from '../../src/discord/flood-guard.js';
import { MESSAGES } from '../../src/discord/interactions.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../../src/search/knowledge-base.js';
import {
  type CallbackBody,
  type FakeDiscord,
  type FakeInteraction,
  type JsonObject,
  type RecordedRequest,
  startFakeDiscord,
} from '../support/fake-discord/fake-discord.js';
import { memoryLogger } from '../support/logged-process.js';
import { choiceProblems, expectWithinDiscordRules, renderableMentions, visibleText } from './discord-rules.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const GUILDS = 1 << 0;
const GUILD_MESSAGES = 1 << 9;
const DIRECT_MESSAGES = 1 << 12;
const MESSAGE_CONTENT = 1 << 15;
const PRIVILEGED = (1 << 1) | (1 << 8) | MESSAGE_CONTENT;
const CALLBACK = 'POST /interactions/:id/:token/callback';

/** The real knowledge base, plus two test hooks: a question with "page me" gets three passages, "explode" throws. */
function testKnowledgeBase(): KnowledgeBase {
  const kb = loadKnowledgeBase(contentDir());
  return Object.assign(Object.create(kb) as KnowledgeBase, {
    answerQuestion(question: string, options?: Parameters<KnowledgeBase['answerQuestion']>[1]): Answer {
      if (question.includes('explode')) throw new Error('the index exploded');
      if (!question.includes('page me')) return kb.answerQuestion(question, options);
      return {
        question,
        suggestions: [],
        passages: [1, 2, 3].map((paragraph) => ({
          text: `Quoted paragraph ${paragraph}. More of it.`,
          articleId: 'bone-brain-axis',
          article: 'The article',
          publisher: 'Publisher',
          paragraph,
          score: 1,
          highlights: [[0, 20]],
        })),
      };
    },
  });
}

function botConfig(fake: FakeDiscord, env: Record<string, string> = {}): BotConfig {
  return loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, ...env }, 'gateway');
}

const text = (name: string, value: string) => ({ name, type: 3, value });
const privately = { name: 'private', type: 5, value: true };

/** Message data of a callback, checked against every Discord rule. */
function dataOf(callback: CallbackBody) {
  expectWithinDiscordRules(callback.data);
  return callback.data as JsonObject & {
    embeds: Array<{ title?: string; description?: string; footer?: { text: string } }>;
    components: Array<{ components: Array<{ label: string; custom_id: string }> }>;
    flags?: number;
  };
}
const buttonsOf = (data: ReturnType<typeof dataOf>) => data.components.flatMap((row) => row.components);
const mentionsIn = (data: unknown) => renderableMentions(visibleText(data as JsonObject).replace(/\\./g, ''));

describe('the gateway bot against a fake Discord', () => {
  let fake: FakeDiscord;
  let bot: GatewayBot;
  let logs: string[];
  let channelId: string;
  let unhandledBefore: number;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    const { logger, lines } = memoryLogger();
    logs = lines;
    unhandledBefore = process.listenerCount('unhandledRejection');
    bot = await runGatewayBot(botConfig(fake), testKnowledgeBase(), logger);
    channelId = String(fake.guilds[0]?.channels[0]?.id);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  /** Sends a command and returns its callback. */
  async function command(name: string, options: JsonObject[] = [], init: JsonObject = {}) {
    const sent = fake.sendCommand(name, options, init);
    return { sent, callback: await fake.waitForCallback(sent.id) };
  }

  async function click(customId: string, user?: JsonObject): Promise<CallbackBody> {
    const sent = fake.sendInteraction({
      type: 3,
      data: { custom_id: customId, component_type: 2 },
      ...(user ? { user } : {}),
    });
    return fake.waitForCallback(sent.id);
  }

  /** The bot's reply to a user message: the POST whose message_reference points at it. */
  function replyTo(messageId: string, channel = channelId): Promise<RecordedRequest> {
    return fake.waitFor(
      () =>
        fake.requests.find(
          (r) =>
            r.method === 'POST' &&
            r.path === `/channels/${channel}/messages` &&
            r.status === 200 &&
            (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === messageId,
        ),
      5000,
      `a reply to message ${messageId}`,
    );
  }

  it('identifies with Guilds, GuildMessages and DirectMessages only: nothing privileged', async () => {
    const identify = await fake.waitForIdentify(0);
    expect(identify.intents).toBe(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES);
    expect(identify.intents & PRIVILEGED).toBe(0);
    expect(identify.token).toBe(TOKEN);
    expect((await fake.waitForRequest('GET /gateway/bot')).url).toMatch(/^\/api\/v10\//);
  });

  it('answers /ask publicly with a quoted passage', async () => {
    const { callback } = await command('ask', [text('question', 'How does depression affect bones?')]);
    expect(callback.type).toBe(4);
    const data = dataOf(callback);
    expect(data.flags).toBeUndefined();
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds[0]?.title).toBe('“How does depression affect bones?”');
  });

  it('answers every command, privately when asked', async () => {
    for (const [name, options] of [
      ['ask', [text('question', 'What is osteocalcin?')]],
      ['axis', []],
      ['axis', [text('question', 'What role does cortisol play?')]],
      ['tags', []],
      ['tags', [text('tag', 'Bone-brain axis')]],
      ['source', []],
      ['help', []],
    ] as const) {
      const open = dataOf((await command(name, [...options])).callback);
      expect(open.flags, name).toBeUndefined();
      expect(open.embeds.length, name).toBe(1);
      const hidden = await command(name, [...options, privately]);
      expect(hidden.callback.type).toBe(4);
      expect(dataOf(hidden.callback).flags, name).toBe(64);
    }
  });

  it('answers autocomplete with at most 25 valid choices', async () => {
    for (const [name, option, typed] of [
      ['axis', 'question', 'osteo'],
      ['axis', 'question', ''],
      ['tags', 'tag', 'bone'],
    ] as const) {
      const sent = fake.sendInteraction({
        type: 4,
        data: { name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] },
      });
      const callback = await fake.waitForCallback(sent.id);
      expect(callback.type).toBe(8);
      const choices = (callback.data as { choices: Array<{ name: string; value: string }> }).choices;
      expect(choices.length).toBeGreaterThan(0);
      expect(choiceProblems(choices)).toEqual([]);
    }
  });

  it('pages an answer for its owner only, and posts a private answer to the channel', async () => {
    const { callback } = await command('ask', [text('question', 'page me please'), privately]);
    const first = dataOf(callback);
    expect(first.flags).toBe(64);
    const [, more, post] = buttonsOf(first);
    expect([more?.label, post?.label]).toEqual(['More passages', 'Post to channel']);

    const paged = await click(more?.custom_id ?? '');
    expect(paged.type).toBe(7);
    expect(dataOf(paged).embeds[0]?.footer?.text).toBe('Passage 2 of 3');

    const stranger = await click(more?.custom_id ?? '', { id: '999999999999999999', username: 'stranger' });
    expect(stranger.type).toBe(4);
    expect(dataOf(stranger).flags).toBe(64);
    expect(dataOf(stranger).embeds[0]?.description).toBe(MESSAGES.notYours);

    const posted = await click(post?.custom_id ?? '');
    expect(posted.type).toBe(4);
    expect(dataOf(posted).flags).toBeUndefined();
    expect(buttonsOf(dataOf(posted)).map((b) => decodeButtonId(b.custom_id)?.ownerId)).toEqual([
      fake.testUser.id,
      fake.testUser.id,
    ]);
  });

  it('answers stale buttons and unknown commands politely and privately', async () => {
    const stale = await click('next-page-7');
    expect(dataOf(stale).flags).toBe(64);
    expect(dataOf(stale).embeds[0]?.description).toBe(MESSAGES.expired);
    const unknown = dataOf((await command('weather')).callback);
    expect(unknown.flags).toBe(64);
    expect(unknown.embeds[0]?.description).toBe(MESSAGES.unknownCommand('weather'));
  });

  it('answers hostile slash-command input safely', async () => {
    for (const question of [
      '@everyone what is osteocalcin?',
      '<@&123456789012345678> is this a role ping?',
      `why ${'bones and brains '.repeat(350)}`.slice(0, 6000),
      'what\u200b is\u200b\u200d the bone\u2060-brain axis\ufeff?',
      '\u202eما هو المحور؟ \u05de\u05d4 \u05d6\u05d4?\u202c',
    ]) {
      const { callback } = await command('ask', [text('question', question)]);
      expect(callback.type).toBe(4);
      expect(mentionsIn(dataOf(callback)), question.slice(0, 40)).toEqual([]);
    }
  });

  it('replies to a mention in a channel, without pinging anyone', async () => {
    const asked = fake.sendMessage({ content: `<@${fake.botUser.id}> what is the bone-brain axis?` });
    const reply = await replyTo(asked.id);
    const body = reply.body as JsonObject;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference).toMatchObject({ message_id: asked.id, channel_id: channelId });
    expectWithinDiscordRules(body);
    const stored = fake.messages(channelId).find((m) => (m.message_reference as JsonObject)?.message_id === asked.id);
    expect(stored?.mentions).toEqual([]);
    expect(stored?.mention_everyone).toBe(false);
  });

  it('answers a reply to its answer as a follow-up of the question that answer was for, whoever replies, and ignores an empty reply', async () => {
    const asked = fake.sendMessage({
      content: `<@${fake.botUser.id}> what does osteocalcin do?`,
      author: { id: '650000000000000000', username: 'first' },
    });
    await replyTo(asked.id);
    // The bot keeps the answer's id once Discord has confirmed it (a person cannot reply sooner).
    await fake.waitFor(() => logs.find((l) => l.includes('message answered') && l.includes(asked.id)), 5000, 'the log');
    const answer = fake.messages(channelId).find((m) => (m.message_reference as JsonObject)?.message_id === asked.id);
    // Without the Message Content intent, a reply that does not ping the bot reaches it empty: not a question.
    const unpinged = fake.sendMessage({
      content: 'thanks!',
      author: { id: '650000000000000002', username: 'quiet' },
      replyTo: String(answer?.id),
      replyPing: false,
    });
    const followUp = fake.sendMessage({
      content: 'and what happens to it when depression is treated?',
      author: { id: '650000000000000001', username: 'another' },
      replyTo: String(answer?.id),
    });
    const reply = await replyTo(followUp.id);
    const referenced = fake.requests.map((r) => JSON.stringify(r.body ?? null));
    expect(referenced.some((body) => body.includes(unpinged.id))).toBe(false);
    expectWithinDiscordRules(reply.body);
    const text = JSON.stringify(reply.body);
    expect(text).toContain('and what happens to osteocalcin when depression is treated?');
    expect(text).toContain('osteocalcin, a hormone released by bones');
    expect(mentionsIn(reply.body)).toEqual([]);
  });

  it('answers a DM', async () => {
    const asked = fake.sendMessage({
      content: 'what does osteopontin do?',
      guild_id: null,
      author: { id: '555555555555555555' },
    });
    const reply = await replyTo(asked.id, asked.channel_id);
    expectWithinDiscordRules(reply.body);
  });

  it('ignores @everyone and role mentions, and replies safely to hostile mentions', async () => {
    const author = (id: string) => ({ author: { id, username: `user${id.slice(-2)}` } });
    const everyone = fake.sendMessage({ content: '@everyone what is osteocalcin?', ...author('600000000000000001') });
    const role = fake.sendMessage({
      content: `<@&${fake.guilds[0]?.botRoleId}> why?`,
      ...author('600000000000000002'),
    });
    const hostile = [
      `@everyone @here <@&123456789012345678> what is cortisol?`,
      `${'bone '.repeat(1200)}?`,
      '\u200b\u200d\u2060?',
      '\u202eما هو المحور؟\u202c',
    ].map((content, i) =>
      fake.sendMessage({ content: `<@${fake.botUser.id}> ${content}`, ...author(`60000000000000001${i}`) }),
    );
    for (const message of hostile) {
      const reply = await replyTo(message.id);
      expectWithinDiscordRules(reply.body);
      expect(mentionsIn(reply.body)).toEqual([]);
    }
    // Messages are handled in order: by now the first two would have been answered, had they been questions.
    const referenced = fake.requests.map(
      (r) => (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id,
    );
    expect(referenced).not.toContain(everyone.id);
    expect(referenced).not.toContain(role.id);
  });

  it('tells a user who asks too fast, once', async () => {
    const user = { author: { id: '700000000000000007', username: 'quick' } };
    const first = fake.sendMessage({ content: `<@${fake.botUser.id}> what is osteocalcin?`, ...user });
    const second = fake.sendMessage({ content: `<@${fake.botUser.id}> and cortisol?`, ...user });
    await replyTo(first.id);
    const notice = await replyTo(second.id);
    expect(JSON.stringify(notice.body)).toContain(COOLDOWN_NOTICE);
  });

  it('survives a 500 and a 429 on the callback (discord.js retries) and answers the next interaction', async () => {
    fake.failNext(CALLBACK, { status: 500 });
    const afterError = await command('help');
    expect(afterError.callback.type).toBe(4);
    fake.failNext(CALLBACK, { status: 429, retryAfter: 0.05 });
    const afterLimit = await command('source');
    expect(afterLimit.callback.type).toBe(4);
    const attempts = (sent: FakeInteraction) =>
      fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${sent.id}/`));
    expect(attempts(afterError.sent).map((r) => r.status)).toEqual([500, 204]);
    expect(attempts(afterLimit.sent).map((r) => r.status)).toEqual([429, 204]);
    expect(dataOf((await command('help')).callback).embeds).toHaveLength(1);
  });

  it('answers a handler that throws with a short private error, and keeps serving', async () => {
    const { sent, callback } = await command('ask', [text('question', 'please explode')]);
    expect(callback.type).toBe(4);
    expect(dataOf(callback).flags).toBe(64);
    expect(dataOf(callback).embeds[0]?.description).toBe(MESSAGES.failed);
    await fake.waitFor(() => logs.some((l) => l.includes('interaction handler failed') && l.includes(sent.id)));
    expect((await command('help')).callback.type).toBe(4);
  });

  it('logs each interaction with its id, command and handling time, and never the tokens', async () => {
    const { sent } = await command('help');
    const line = await fake.waitFor(() =>
      logs
        .map((l) => JSON.parse(l) as JsonObject)
        .find((l) => l.interactionId === sent.id && l.msg === 'interaction answered'),
    );
    expect(line).toMatchObject({ command: 'help', interactionType: 2 });
    expect(typeof line.handleMs).toBe('number');
    const all = logs.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(sent.token);
  });

  it('stops cleanly: closes the gateway and removes its process handlers', async () => {
    expect(process.listenerCount('unhandledRejection')).toBe(unhandledBefore + 1);
    await bot.stop();
    await bot.stop(); // twice is harmless
    expect(process.listenerCount('unhandledRejection')).toBe(unhandledBefore);
    await fake.waitFor(() => fake.sessions().every((s) => !s.connected), 5000, 'the gateway socket to close');
  });
});

describe('ASK_CHANNEL_IDS (opt-in Message Content intent)', () => {
  it('requests Message Content only when set, and answers questions there without a mention', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 500, allowedPrivilegedIntents: MESSAGE_CONTENT });
    const askChannel = String(fake.guilds[0]?.channels[0]?.id);
    const bot = await runGatewayBot(
      botConfig(fake, { ASK_CHANNEL_IDS: askChannel }),
      testKnowledgeBase(),
      memoryLogger().logger,
    );
    try {
      expect((await fake.waitForIdentify(0)).intents).toBe(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT);
      const asked = fake.sendMessage({ content: 'what is osteocalcin?' });
      const reply = await fake.waitForRequest(
        (r) => (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === asked.id,
      );
      expectWithinDiscordRules(reply.body);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });

  it('fails with a clear message when the intent is not enabled in the portal', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    const config = botConfig(fake, { ASK_CHANNEL_IDS: '123456789012345678' });
    try {
      const failure = await runGatewayBot(config, testKnowledgeBase(), memoryLogger().logger).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(LoginError);
      expect((failure as Error).message).toMatch(/Message Content intent/);
    } finally {
      await fake.close();
    }
  });

  it('fails with a clear message when Discord refuses the token', async () => {
    const fake = await startFakeDiscord({ token: 'MTIz.other.token-that-discord-knows-000000' });
    try {
      const failure = await runGatewayBot(botConfig(fake), testKnowledgeBase(), memoryLogger().logger).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(LoginError);
      expect((failure as Error).message).toBe(
        'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal.',
      );
      expect((failure as Error).message).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });
});

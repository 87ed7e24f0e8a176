/**
 * The store end to end, as an operator runs it: `npm start` with a token and DATABASE_URL against the loopback fake
 * Discord, on SQLite (a file in folders that do not exist yet) and on PostgreSQL. Answers carry "Helpful" / "Not
 * helpful"; votes and the modal are thanked privately; /insights is for Manage Server only; /forget-me deletes;
 * then `npm run insights -- --json` reads the same store.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_MESSAGES } from '../../src/discord/feedback/handle.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { BACKENDS, type TestDatabase } from '../support/databases.js';
import {
  type CallbackBody,
  type FakeDiscord,
  type JsonObject,
  startFakeDiscord,
} from '../support/fake-discord/fake-discord.js';
import { type LoggedProcess, spawnLogged } from '../support/logged-process.js';
import { expectWithinDiscordRules } from './discord-rules.js';

const START = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js');
const INSIGHTS = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'insights.js');
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const MANAGE_GUILD = String(1 << 5);

const user = (id: string) => ({ id, username: `user${id.slice(-2)}`, global_name: null });
const [ASKER, VOTER, OTHER, ADMIN] = [
  '700000000000000001',
  '700000000000000002',
  '700000000000000003',
  '700000000000000004',
].map(user) as [ReturnType<typeof user>, ReturnType<typeof user>, ReturnType<typeof user>, ReturnType<typeof user>];

type Data = {
  embeds: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }> }>;
  components: Array<{ components: Array<{ label?: string; custom_id?: string }> }>;
  flags?: number;
};
const dataOf = (callback: CallbackBody): Data => {
  expectWithinDiscordRules(callback.data);
  return callback.data as Data;
};
const labels = (data: Data) => data.components.flatMap((row) => row.components.map((c) => c.label));
const noticeOf = (callback: CallbackBody) => {
  const data = dataOf(callback);
  expect(data.flags).toBe(64);
  return data.embeds[0]?.description ?? '';
};

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`feedback and insights end to end, on ${backend.name}`, () => {
    let fake: FakeDiscord;
    let bot: LoggedProcess;
    let database: TestDatabase;
    let dir: string;
    let url: string;

    beforeAll(async () => {
      fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
      dir = await mkdtemp(join(tmpdir(), 'article-bot-feedback-'));
      database = await backend.create();
      // SQLite in folders that do not exist yet: the bot makes them and the file.
      url = backend.name === 'sqlite' ? `sqlite:${join(dir, 'new', 'folder', 'bot.sqlite')}` : database.url;
      bot = spawnLogged(START, {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_BASE: fake.apiBase,
        DATABASE_URL: url,
        CONTENT_WATCH: 'off',
        INDEX_CACHE: 'off',
      });
      await bot.waitForLog((l) => l.msg === 'store: open', 'the store to open');
      await bot.waitForLog((l) => l.msg === 'connected to Discord', 'the bot to connect');
    }, 60_000);

    afterAll(async () => {
      bot?.child.kill('SIGTERM');
      await bot?.exited;
      await fake?.close();
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    async function command(name: string, options: object[], by: ReturnType<typeof user>, member: JsonObject = {}) {
      const sent = fake.sendCommand(name, options as never, { user: by, member });
      return { sent, callback: await fake.waitForCallback(sent.id, 10_000) };
    }

    async function click(customId: string, by: ReturnType<typeof user>, type = 3, data: object = {}) {
      const sent = fake.sendInteraction({ type, user: by, data: { custom_id: customId, component_type: 2, ...data } });
      return fake.waitForCallback(sent.id, 10_000);
    }

    it('answers, takes votes and notes, shows /insights to Manage Server only, and forgets on request', async () => {
      if (backend.name === 'sqlite') expect(existsSync(join(dir, 'new', 'folder', 'bot.sqlite'))).toBe(true);
      const question = (value: string) => [{ name: 'question', type: 3, value }];

      // An answer carries the two buttons, named by the interaction that asked.
      const asked = await command('ask', question('What does osteocalcin do?'), ASKER);
      const answer = dataOf(asked.callback);
      expect(labels(answer)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));
      const helpful = `vote:y:${asked.sent.id}`;
      const unhelpful = `vote:n:${asked.sent.id}`;

      expect(noticeOf(await click(helpful, VOTER))).toBe(FEEDBACK_MESSAGES.thanks);
      // "Not helpful" changes the vote and asks what was missing, in a modal within Discord's rules.
      const modal = await click(unhelpful, VOTER);
      expect(modal.type).toBe(9);
      expect(modal.data).toMatchObject({ custom_id: `why:${asked.sent.id}`, title: expect.any(String) });
      const input = (modal.data as { components: Array<{ components: Array<{ label: string; max_length: number }> }> })
        .components[0]?.components[0];
      expect(input).toMatchObject({ label: 'What were you looking for?', max_length: 300 });
      const submitted = await click(`why:${asked.sent.id}`, VOTER, 5, {
        components: [{ type: 1, components: [{ type: 4, custom_id: 'looking-for', value: 'how much to take' }] }],
      });
      expect(noticeOf(submitted)).toBe(FEEDBACK_MESSAGES.noted);

      const notFound = await command('ask', question('Does osteocalcin cure diabetes?'), OTHER);
      expect(labels(dataOf(notFound.callback))).toContain('Not helpful');
      expect((await click(`vote:n:${notFound.sent.id}`, VOTER)).type).toBe(9);

      // A question in a mention is recorded too, and its reply carries the buttons.
      const mention = fake.sendMessage({ content: `<@${fake.botUser.id}> what is cortisol?`, author: OTHER });
      const reply = await fake.waitFor(
        () =>
          fake
            .messages(mention.channel_id)
            .find((m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === mention.id),
        10_000,
        'the reply to the mention',
      );
      expect(JSON.stringify(reply.components)).toContain(`vote:y:${mention.id}`);

      // A vote on an answer the store does not have is told so, privately.
      expect(noticeOf(await click('vote:y:123456789', VOTER))).toBe(FEEDBACK_MESSAGES.gone);

      // /insights: a plain member is refused; Manage Server sees the summary, privately.
      const refused = await command('insights', [], OTHER, { permissions: '0' });
      expect(noticeOf(refused.callback)).toMatch(/manage this server/i);
      const shown = dataOf(
        (await command('insights', [{ name: 'days', type: 4, value: 7 }], ADMIN, { permissions: MANAGE_GUILD }))
          .callback,
      );
      expect(shown.flags).toBe(64);
      const text = JSON.stringify(shown.embeds);
      expect(shown.embeds[0]?.description).toMatch(/\*\*3\*\* questions: 2 answered .*, 1 not found/);
      expect(shown.embeds[0]?.description).toMatch(/0 helpful, 👎 2 not helpful/);
      expect(text).toContain('diabetes');
      expect(text).toContain('how much to take');

      // /forget-me: the asker's question goes, with the votes on it.
      const forgot = await command('forget-me', [], ASKER);
      expect(noticeOf(forgot.callback)).toMatch(/^Done: 1 record deleted \(1 question and 0 votes\)/);
      expect(noticeOf((await command('forget-me', [], ASKER)).callback)).toMatch(/nothing stored about you/);

      // Stop the bot (it writes what is queued), then read the store from the command line.
      bot.child.kill('SIGTERM');
      expect((await bot.exited).code).toBe(0);
      const run = spawnSync(process.execPath, [INSIGHTS, '--json', '--days', '7'], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: url },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        days: 7,
        questions: 2,
        answered: 1,
        notFound: 1,
        helpful: 0,
        unhelpful: 1,
        unanswered: [{ question: 'Does osteocalcin cure diabetes?', count: 1 }],
        missing: [{ word: 'diabetes', count: 1 }],
        leastHelpful: [],
      });
      const report = spawnSync(process.execPath, [INSIGHTS, '--csv', join(dir, 'out.csv')], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: url },
        encoding: 'utf8',
      });
      expect(report.stdout).toMatch(/Questions per day\n(.*\n)* {2}\d{4}-\d\d-\d\d {2}█+ 2\n/);
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toMatch(
        /^time,guild,channel,front_end,command,question,outcome,quoted,missing,helpful,not_helpful\r\n.*,ask,Does osteocalcin cure diabetes\?,not-found,,diabetes,0,1\r\n/m,
      );
      expect(report.stderr).toMatch(/2 questions written to /);
    }, 60_000);
  });
}

/**
 * Two `npm run serve` replicas writing to one store at once (PostgreSQL, as at scale; and one SQLite file, as two
 * shards on one machine): no question is lost, and a user's votes on an answer, clicked on both replicas, count once.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_MESSAGES } from '../../src/discord/feedback/handle.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { BACKENDS, type TestDatabase } from '../support/databases.js';
import { type LoggedProcess, spawnLogged } from '../support/logged-process.js';
import { makeKeys, postSigned } from '../support/signed-request.js';

const SERVE = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'serve.js');
const INSIGHTS = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'insights.js');
const GUILD = '222222222222222222';
const QUESTIONS = [
  'What does osteocalcin do?',
  'What is osteopontin?',
  'Does cortisol weaken bones?',
  'Does coffee cure gout?',
];
const ASKS = 120;
const VOTERS = 6;

const keys = makeKeys();
let nextId = 2_000_000_000_000_000_000n;

function interaction(type: number, data: object, userId: string, permissions = '0') {
  nextId += 1n;
  return {
    id: String(nextId),
    application_id: '111111111111111111',
    type,
    token: `dG9rZW4.${nextId.toString(16)}`,
    version: 1,
    guild_id: GUILD,
    channel_id: '333333333333333333',
    member: { user: { id: userId, username: 'someone' }, roles: [], permissions },
    data,
  };
}

const userId = (i: number) => String(800_000_000_000_000_000n + BigInt(i));

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`two replicas on one ${backend.name} store`, () => {
    let database: TestDatabase;
    let replicas: LoggedProcess[] = [];
    let bases: string[] = [];

    beforeAll(async () => {
      database = await backend.create();
      replicas = [0, 1].map(() =>
        spawnLogged(SERVE, {
          DISCORD_PUBLIC_KEY: keys.publicKeyHex,
          INTERACTIONS_HOST: '127.0.0.1',
          INTERACTIONS_PORT: '0',
          DATABASE_URL: database.url,
          CONTENT_WATCH: 'off',
          INDEX_CACHE: 'off',
        }),
      );
      const listening = await Promise.all(
        replicas.map((r) => r.waitForLog((l) => l.msg === 'listening for Discord interactions', 'listening')),
      );
      bases = listening.map((l) => `http://127.0.0.1:${l.port}/interactions`);
    }, 60_000);

    afterAll(async () => {
      for (const replica of replicas) if (replica.child.exitCode === null) replica.child.kill('SIGKILL');
      await Promise.all(replicas.map((r) => r.exited));
      await database?.drop();
    });

    const post = async (replica: number, body: object) => {
      const res = await postSigned(bases[replica] as string, JSON.stringify(body), keys.privateKey);
      expect(res.status).toBe(200);
      return (await res.json()) as { type: number; data?: { embeds?: Array<{ description?: string }> } };
    };

    it("loses no question and counts each user's vote on an answer once", async () => {
      const asks = Array.from({ length: ASKS }, (_, i) =>
        interaction(
          2,
          { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: QUESTIONS[i % 4] }] },
          userId(i % 10),
        ),
      );
      const answered = await Promise.all(asks.map((a, i) => post(i % 2, a)));
      expect(answered.every((r) => r.type === 4)).toBe(true);

      // /insights on each replica writes what it still queues (and an admin sees everything asked so far).
      const admin = (replica: number) =>
        post(replica, interaction(2, { id: '2', name: 'insights', type: 1, options: [] }, userId(99), String(1 << 5)));
      // A store busy with the other replica may say "try again in a minute": an admin would, so the test does.
      const everything = new RegExp(`^\\*\\*${ASKS}\\*\\* questions`);
      let seen = '';
      for (let attempt = 0; attempt < 10 && !everything.test(seen); attempt++) {
        await admin(attempt % 2);
        seen = (await admin((attempt + 1) % 2)).data?.embeds?.[0]?.description ?? '';
      }
      expect(seen).toMatch(everything);

      // Every voter clicks on the first 10 answers, on both replicas at once, changing their mind as they go.
      const clicks: Array<{ replica: number; vote: ReturnType<typeof interaction> }> = [];
      for (const answer of asks.slice(0, 10)) {
        for (let v = 0; v < VOTERS; v++) {
          for (const [replica, helpful] of [
            [0, true],
            [1, false],
            [1, true],
          ] as const) {
            const vote = interaction(
              3,
              { custom_id: `vote:${helpful ? 'y' : 'n'}:${answer.id}`, component_type: 2 },
              userId(50 + v),
            );
            clicks.push({ replica, vote });
          }
        }
      }
      const responses = await Promise.all(clicks.map((click) => post(click.replica, click.vote)));
      expect(responses.every((r) => r.type === 4 || r.type === 9)).toBe(true);
      // A click the store could not take in time was told so; its voter clicks again, once the burst is over.
      for (const [i, response] of responses.entries()) {
        const click = clicks[i];
        if (!click || !response.data?.embeds?.[0]?.description?.startsWith(FEEDBACK_MESSAGES.unavailable.slice(0, 30)))
          continue;
        nextId += 1n;
        await post(click.replica, { ...click.vote, id: String(nextId) });
      }

      for (const replica of replicas) replica.child.kill('SIGTERM');
      const exits = await Promise.all(replicas.map((r) => r.exited));
      expect(exits.map((e) => e.code)).toEqual([0, 0]);
      const run = spawnSync(process.execPath, [INSIGHTS, '--json', '--guild', GUILD], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const insights = JSON.parse(run.stdout) as { questions: number; helpful: number; unhelpful: number };
      expect(insights.questions).toBe(ASKS);
      expect(insights.helpful + insights.unhelpful).toBe(10 * VOTERS);
    }, 60_000);
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';
import { DAY_MS, type QuestionRecord } from '../../src/store/records.js';
import { SqlStore } from '../../src/store/sql-store.js';
import { BACKENDS, type TestDatabase } from '../support/databases.js';

const NOW = Date.UTC(2026, 11, 4, 12);
const GUILD = '400000000000000001';
const OTHER_GUILD = '400000000000000002';

function question(id: string, overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    id,
    at: NOW - 1000,
    guildId: GUILD,
    channelId: '500000000000000001',
    frontEnd: 'gateway',
    command: 'ask',
    question: 'What does osteocalcin do?',
    outcome: 'answered',
    userHash: 'user-a',
    passages: [
      { articleId: 'bone-brain-axis', article: 'The bone-brain axis', paragraph: 5 },
      { articleId: 'bone-brain-axis', article: 'The bone-brain axis', paragraph: 6 },
    ],
    missing: [],
    ...overrides,
  };
}

const notFound = (id: string, text: string, missing: string[], overrides: Partial<QuestionRecord> = {}) =>
  question(id, { question: text, outcome: 'not-found', passages: [], missing, ...overrides });

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`the store on ${backend.name}`, () => {
    let database: TestDatabase;
    let store: SqlStore;

    beforeEach(async () => {
      database = await backend.create();
      store = new SqlStore(await openDatabase(database.location));
    });

    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    it('applies its migrations once, however many processes open it', async () => {
      const again = await Promise.all([openDatabase(database.location), openDatabase(database.location)]);
      for (const opened of again) await opened.db.destroy();
      await store.writeQuestions([question('1')]);
      expect((await store.insights({ days: 7, now: NOW })).questions).toBe(1);
    });

    it('counts questions, outcomes and votes for one server, within the window', async () => {
      await store.writeQuestions([
        question('1'),
        question('2', { userHash: 'user-b' }),
        notFound('3', 'Does osteocalcin cure diabetes?', ['diabetes']),
        notFound('4', 'does osteocalcin cure DIABETES', ['diabetes'], { userHash: 'user-b' }),
        notFound('5', 'Is coffee bad for bones?', ['coffee']),
        question('6', { guildId: OTHER_GUILD }),
        question('7', { at: NOW - 10 * DAY_MS }),
      ]);
      expect(await store.vote({ questionId: '1', userHash: 'user-b', helpful: true, at: NOW })).toBe('recorded');
      expect(await store.vote({ questionId: '2', userHash: 'user-a', helpful: false, at: NOW })).toBe('recorded');
      expect(
        await store.vote({ questionId: '2', userHash: 'user-c', helpful: false, comment: 'the dose', at: NOW }),
      ).toBe('recorded');

      const insights = await store.insights({ days: 7, guildId: GUILD, now: NOW });
      expect(insights).toMatchObject({ days: 7, questions: 5, answered: 2, notFound: 3, helpful: 1, unhelpful: 2 });
      expect(insights.unanswered[0]).toEqual({ question: expect.stringMatching(/diabetes/i), count: 2 });
      expect(insights.unanswered).toHaveLength(2);
      expect(insights.missing).toEqual([
        { word: 'diabetes', count: 2 },
        { word: 'coffee', count: 1 },
      ]);
      expect(insights.leastHelpful).toEqual([
        { article: 'The bone-brain axis', paragraph: 5, helpful: 1, unhelpful: 2 },
      ]);
      expect(insights.comments).toEqual([{ question: 'What does osteocalcin do?', comment: 'the dose' }]);
      expect(insights.perDay).toHaveLength(8);
      expect(insights.perDay.at(-1)).toEqual({ day: '2026-12-04', questions: 5 });

      const everywhere = await store.insights({ days: 30, now: NOW });
      expect(everywhere.questions).toBe(7);
    });

    it('keeps one vote per user per answer: a second click changes it, and an unknown answer is said to be so', async () => {
      await store.writeQuestions([question('1')]);
      const vote = { questionId: '1', userHash: 'user-b', at: NOW };
      expect(await store.vote({ ...vote, helpful: false, comment: 'dosage' })).toBe('recorded');
      expect(await store.vote({ ...vote, helpful: false })).toBe('recorded');
      expect((await store.insights({ days: 1, now: NOW })).comments).toHaveLength(1);
      expect(await store.vote({ ...vote, helpful: true })).toBe('changed');
      const insights = await store.insights({ days: 1, now: NOW });
      expect(insights).toMatchObject({ helpful: 1, unhelpful: 0, comments: [] });
      expect(await store.vote({ ...vote, questionId: 'gone', helpful: true })).toBe('unknown-answer');
    });

    it('writes a retried batch once', async () => {
      const batch = [question('1'), notFound('2', 'coffee?', ['coffee'])];
      await store.writeQuestions(batch);
      await store.writeQuestions(batch);
      expect(await store.insights({ days: 1, now: NOW })).toMatchObject({ questions: 2, missing: [{ count: 1 }] });
    });

    it('forgets a user: their questions with what hangs on them, and their votes', async () => {
      await store.writeQuestions([question('1'), question('2', { userHash: 'user-b' }), notFound('3', 'x?', ['x'])]);
      await store.vote({ questionId: '1', userHash: 'user-b', helpful: true, at: NOW });
      await store.vote({ questionId: '2', userHash: 'user-a', helpful: false, at: NOW });
      expect(await store.forgetUser('user-a')).toEqual({ questions: 2, votes: 1 });
      const left = await store.insights({ days: 1, now: NOW });
      expect(left).toMatchObject({ questions: 1, helpful: 0, unhelpful: 0, missing: [] });
      expect(await store.forgetUser('user-a')).toEqual({ questions: 0, votes: 0 });
    });

    it('purges what is older than the retention', async () => {
      await store.writeQuestions([question('old', { at: NOW - 100 * DAY_MS }), question('new')]);
      await store.vote({ questionId: 'old', userHash: 'user-b', helpful: true, at: NOW - 99 * DAY_MS });
      expect(await store.purgeBefore(NOW - 90 * DAY_MS)).toBe(1);
      expect(await store.insights({ days: 365, now: NOW })).toMatchObject({ questions: 1, helpful: 0 });
    });

    it('makes the user-hash secret once and keeps it', async () => {
      const first = await store.userHashSecret();
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      const other = new SqlStore(await openDatabase(database.location));
      expect(await other.userHashSecret()).toBe(first);
      await other.close();
    });
  });
}

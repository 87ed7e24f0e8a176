import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';
import { type QuestionEntry, QuestionLog } from '../../src/store/question-log.js';
import { DAY_MS } from '../../src/store/records.js';
import { SqlStore } from '../../src/store/sql-store.js';
import { StoreOpenError } from '../../src/store/store-errors.js';
import { BACKENDS, type TestDatabase } from '../support/databases.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const USER = '111111111111111111';
const GUILD = '400000000000000001';
let next = 1;

function entry(overrides: Partial<QuestionEntry> = {}): QuestionEntry {
  return {
    id: String(9_000_000 + next++),
    at: Date.now(),
    guildId: GUILD,
    channelId: '500000000000000001',
    frontEnd: 'gateway',
    command: 'ask',
    question: 'What does osteocalcin do?',
    outcome: 'answered',
    userId: USER,
    passages: [{ articleId: 'a', article: 'A', paragraph: 5 }],
    missing: [],
    ...overrides,
  };
}

class Sink {
  readonly warnings: Array<Record<string, unknown> & { message: string }> = [];
  readonly infos: string[] = [];
  warn(details: object, message: string) {
    this.warnings.push({ ...details, message });
  }
  info(_details: object, message: string) {
    this.infos.push(message);
  }
}

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const FAST = { flushMs: 10, retryMs: 100, warnEveryMs: 60_000 };

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`the question log on ${backend.name}`, () => {
    let database: TestDatabase;
    let log: QuestionLog;
    const sink = new Sink();

    beforeEach(async () => {
      database = await backend.create();
      log = new QuestionLog({ location: database.location, retentionDays: 90 }, sink, FAST);
      await log.firstAttempt;
    });

    afterEach(async () => {
      await log.close();
      await database.drop();
    });

    it('writes queued questions in the background, keyed by a hash of the user, never the raw id', async () => {
      for (let i = 0; i < 5; i++) log.record(entry());
      const insights = await until(async () => {
        const found = await log.insights({ days: 1 });
        return found !== 'unavailable' && found.questions === 5 ? found : undefined;
      });
      expect(insights.answered).toBe(5);
      const store = new SqlStore(await openDatabase(database.location));
      const secret = await store.userHashSecret();
      await store.close();
      const raw = await rawUserHashes(database);
      expect(raw).toEqual([createHmac('sha256', secret).update(USER).digest('hex')]);
      expect(raw.join()).not.toContain(USER);
    });

    it('takes a vote on an answer that is still queued, writing the answer first', async () => {
      const asked = entry();
      log.record(asked);
      expect(await log.vote(asked.id, '222222222222222222', false, 'the dose')).toBe('recorded');
      expect(await log.vote(asked.id, '222222222222222222', true)).toBe('changed');
      expect(await log.vote('404', '222222222222222222', true)).toBe('unknown-answer');
    });

    it('forgets a user, queued and stored alike', async () => {
      const stored = entry();
      log.record(stored);
      await log.vote(stored.id, USER, true);
      log.record(entry());
      log.record(entry({ userId: '333333333333333333' }));
      expect(await log.forgetUser(USER)).toEqual({ questions: 2, votes: 1 });
      const left = await until(async () => {
        const found = await log.insights({ days: 1 });
        return found !== 'unavailable' && found.questions === 1 ? found : undefined;
      });
      expect(left.helpful).toBe(0);
    });

    it('purges records older than the retention when it starts', async () => {
      log.record(entry({ at: Date.now() - 100 * DAY_MS }));
      log.record(entry());
      await log.close();
      log = new QuestionLog({ location: database.location, retentionDays: 90 }, sink, FAST);
      await log.firstAttempt;
      const left = await until(async () => {
        const found = await log.insights({ days: 365 });
        return found !== 'unavailable' && found.questions === 1 ? found : undefined;
      });
      expect(left.questions).toBe(1);
    });
  });
}

async function rawUserHashes(database: TestDatabase): Promise<string[]> {
  const opened = await openDatabase(database.location);
  const rows = await opened.db.selectFrom('questions').select('user_hash').distinct().execute();
  await opened.db.destroy();
  return rows.map((r) => r.user_hash);
}

describe('the question log when the store misbehaves', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'article-bot-log-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a locked SQLite file: record() returns at once, one warning, and everything is written once the lock goes', async () => {
    const path = join(dir, 'store.sqlite');
    const sink = new Sink();
    const log = new QuestionLog({ location: { kind: 'sqlite', path }, retentionDays: 90 }, sink, FAST);
    await log.firstAttempt;
    const holder = new SQLite(path);
    holder.exec('BEGIN EXCLUSIVE');
    for (let i = 0; i < 50; i++) expect(log.record(entry())).toBeUndefined();
    await until(() => sink.warnings.length > 0);
    expect(sink.warnings).toHaveLength(1);
    expect(sink.warnings[0]).toMatchObject({ queued: 50, code: 'SQLITE_BUSY' });
    holder.exec('COMMIT');
    holder.close();
    const written = await until(async () => {
      const found = await log.insights({ days: 1 });
      return found !== 'unavailable' && found.questions === 50 ? found : undefined;
    });
    expect(written.questions).toBe(50);
    await log.close();
  });

  it('a bad DATABASE_URL is refused on the first attempt, naming the variable', async () => {
    const log = new QuestionLog({ location: { kind: 'sqlite', path: dir }, retentionDays: 90 }, new Sink(), FAST);
    await expect(log.firstAttempt).rejects.toThrow(StoreOpenError);
    await expect(log.firstAttempt).rejects.toThrow(/^DATABASE_URL: cannot open the store at /);
    await log.close();
  });
});

const postgres = BACKENDS.find((b) => b.name === 'postgres');
describe.skipIf(!postgres?.available)('PostgreSQL behind a connection that goes away', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await (postgres as NonNullable<typeof postgres>).create();
  });
  afterEach(async () => {
    await database.drop();
  });

  it('starts while the server is down, keeps a bounded queue, warns with what it dropped, and reconnects by itself', async () => {
    const real = new URL(database.url);
    const proxy = await TcpProxy.create({ host: real.hostname, port: Number(real.port) });
    const url = new URL(database.url);
    url.port = String(proxy.port);
    const sink = new Sink();
    const location = { kind: 'postgres' as const, url: url.toString(), display: 'proxied' };
    const log = new QuestionLog({ location, retentionDays: 90 }, sink, { ...FAST, maxQueue: 30, warnEveryMs: 50 });
    await log.firstAttempt;
    expect(sink.warnings[0]).toMatchObject({ code: 'ECONNREFUSED' });
    for (let i = 0; i < 40; i++) log.record(entry());
    expect(await log.vote('1', USER, true)).toBe('unavailable');
    await new Promise((resolve) => setTimeout(resolve, 60));
    log.record(entry());
    // The oldest 11 went, and the next warning says so.
    const dropped = sink.warnings.reduce((sum, w) => sum + Number(w.dropped ?? 0), 0);
    expect(dropped).toBe(11);
    await proxy.up();
    const written = await until(async () => {
      const found = await log.insights({ days: 1 });
      return found !== 'unavailable' && found.questions === 30 ? found : undefined;
    }, 10_000);
    expect(written.questions).toBe(30);
    expect(sink.infos).toContain('store: connected again');

    // Down again after connecting: answers are not held back, and the queue waits for the server.
    await proxy.down();
    const before = sink.warnings.length;
    log.record(entry());
    await until(() => sink.warnings.length > before || undefined, 10_000);
    await proxy.up();
    await until(async () => {
      const found = await log.insights({ days: 1 });
      return found !== 'unavailable' && found.questions === 31 ? found : undefined;
    }, 15_000);
    await log.close();
    await proxy.down();
  });

  it('is not brought down by a connection cut while a client is checked out between queries', async () => {
    const real = new URL(database.url);
    const proxy = await TcpProxy.create({ host: real.hostname, port: Number(real.port) });
    await proxy.up();
    const url = new URL(database.url);
    url.port = String(proxy.port);
    const { db } = await openDatabase({ kind: 'postgres', url: url.toString(), display: 'proxied' });
    // Inside a transaction the client is out of the pool and between queries: the cut reaches it as an 'error'
    // event, which must not be left unhandled (it would end the bot's process); the transaction fails instead.
    const cut = db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      await proxy.down();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    await expect(cut).rejects.toThrow();
    await db.destroy();
  });

  it('a database that does not exist is a bad DATABASE_URL', async () => {
    const url = new URL(database.url);
    url.pathname = '/no_such_database';
    const location = { kind: 'postgres' as const, url: url.toString(), display: 'x' };
    const log = new QuestionLog({ location, retentionDays: 90 }, new Sink(), FAST);
    await expect(log.firstAttempt).rejects.toThrow(/^DATABASE_URL: cannot open the store at x: .*no_such_database/);
    await log.close();
  });
});

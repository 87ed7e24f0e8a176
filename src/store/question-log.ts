/**
 * The log of questions and votes, beside the answering path and never on it: record() only queues; batches are
 * written in the background; a store that is down or locked keeps a bounded queue, warns once a minute with what
 * it dropped, and is reconnected by itself. Reads and votes wait at most `deadlineMs`. docs/store.md says why.
 */
import { createHmac } from 'node:crypto';
import { isConfigurationProblem, type OpenedDatabase, openDatabase } from './open-database.js';
import { OutageReport } from './outage-report.js';
import type {
  Insights,
  InsightsQuery,
  QuestionRecord,
  ServerChannelRow,
  ServerSettingsRow,
  SettingsChanges,
  VoteOutcome,
} from './records.js';
import { DAY_MS } from './records.js';
import { SqlStore } from './sql-store.js';
import type { StoreConfig, StoreLocation } from './store-config.js';
import { StoreOpenError, withDeadline } from './store-errors.js';

/** A question as a front end hands it over: the raw user id stays in memory, only its keyed hash is stored. */
export type QuestionEntry = Omit<QuestionRecord, 'userHash'> & { userId: string };

export type Unavailable = 'unavailable';

interface LogSink {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface QuestionLogOptions {
  batchSize?: number;
  flushMs?: number;
  maxQueue?: number;
  retryMs?: number;
  warnEveryMs?: number;
  deadlineMs?: number;
}

const BUSY_RETRY_MS = 50;

const DEFAULTS: Required<QuestionLogOptions> = {
  batchSize: 200,
  flushMs: 250,
  maxQueue: 10_000,
  retryMs: 5_000,
  warnEveryMs: 60_000,
  deadlineMs: 2_000,
};

export class QuestionLog {
  /** Settles when the first attempt to open the store does; rejects only when DATABASE_URL itself is wrong. */
  readonly firstAttempt: Promise<void>;
  private readonly options: Required<QuestionLogOptions>;
  private queue: QuestionEntry[] = [];
  private store: SqlStore | undefined;
  private secret: string | undefined;
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private purgeTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private purging: Promise<void> | undefined;
  private readonly outage: OutageReport;
  private wake: (() => void) | undefined;

  constructor(
    private readonly config: StoreConfig & { location: Exclude<StoreLocation, { kind: 'off' }> },
    private readonly logger: LogSink,
    options: QuestionLogOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.outage = new OutageReport(logger, this.where, this.options.warnEveryMs);
    let settle: (error?: Error) => void = () => {};
    this.firstAttempt = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    // Nobody need wait for it: then a wrong DATABASE_URL only shows in the log (see firstAttempt).
    this.firstAttempt.catch(() => {});
    void this.connect(settle);
  }

  /** Where the store is, for logs (never with a password). */
  get where(): string {
    const location = this.config.location;
    return location.kind === 'sqlite' ? location.path : location.display;
  }

  /** Queues a question; returns at once. */
  record(entry: QuestionEntry): void {
    if (this.closed) return;
    this.queue.push(entry);
    this.trim();
    if (this.queue.length >= this.options.batchSize) this.schedule(0);
    else this.schedule(this.options.flushMs);
  }

  /** A user's vote on an answer (one per user per answer: a second one changes the first). */
  vote(answerId: string, userId: string, helpful: boolean, comment?: string): Promise<VoteOutcome | Unavailable> {
    return this.withStore(async (store) => {
      // The answer may still be waiting in the queue: write it first.
      if (this.queue.some((entry) => entry.id === answerId)) await this.flushAll();
      const at = Date.now();
      return store.vote({
        questionId: answerId,
        userHash: this.hash(userId),
        helpful,
        at,
        ...(comment ? { comment } : {}),
      });
    });
  }

  /** The summary, including what is still queued (written first). */
  insights(query: InsightsQuery): Promise<Insights | Unavailable> {
    return this.withStore(async (store) => {
      await this.flushAll();
      return store.insights(query);
    });
  }

  settingsChangedSince(since: number): Promise<SettingsChanges | Unavailable> {
    return this.withStore((store) => store.settingsChangedSince(since));
  }

  /** Whether the change was stored. */
  async saveServerSettings(row: ServerSettingsRow): Promise<boolean> {
    return (await this.withStore((store) => store.saveServerSettings(row))) !== 'unavailable';
  }

  async saveServerChannel(row: ServerChannelRow): Promise<boolean> {
    return (await this.withStore((store) => store.saveServerChannel(row))) !== 'unavailable';
  }

  /** Deletes everything kept for a user, queued or stored. */
  async forgetUser(userId: string): Promise<{ questions: number; votes: number } | Unavailable> {
    const queued = this.queue.length;
    this.queue = this.queue.filter((entry) => entry.userId !== userId);
    const unsent = queued - this.queue.length;
    const stored = await this.withStore((store) => store.forgetUser(this.hash(userId)));
    return stored === 'unavailable' ? stored : { questions: stored.questions + unsent, votes: stored.votes };
  }

  /** Writes what is queued (for at most `deadlineMs`), then closes the store. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.purgeTimer);
    this.wake?.();
    if (this.store && this.queue.length > 0) {
      await withDeadline(this.flushAll(), this.options.deadlineMs).catch(() => {});
    }
    if (this.queue.length > 0) {
      this.logger.warn({ dropped: this.queue.length }, 'store: records not written before closing');
    }
    await this.purging;
    await this.store?.close().catch(() => {});
    this.store = undefined;
  }

  private async connect(settle: (error?: Error) => void): Promise<void> {
    let first = true;
    while (!this.closed) {
      let opened: OpenedDatabase | undefined;
      try {
        opened = await openDatabase(this.config.location);
        const store = new SqlStore(opened);
        this.secret = this.config.secret ?? (await store.userHashSecret());
        if (this.closed) return void (await store.close());
        this.store = store;
        this.ready(first);
        return settle();
      } catch (error) {
        await opened?.db.destroy().catch(() => {});
        if (first && isConfigurationProblem(error)) {
          return settle(new StoreOpenError(this.where, error));
        }
        this.unavailable(error);
        if (first) settle();
      }
      first = false;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, this.options.retryMs).unref();
      });
    }
    settle();
  }

  private ready(first: boolean): void {
    const where = { store: this.where, retentionDays: this.config.retentionDays, queued: this.queue.length };
    this.logger.info(where, first ? 'store: open' : 'store: connected again');
    this.outage.recovered();
    this.purging = this.purge();
    this.purgeTimer = setInterval(() => {
      this.purging = this.purge();
    }, DAY_MS).unref();
    this.schedule(0);
  }

  private async purge(): Promise<void> {
    const cutoff = Date.now() - this.config.retentionDays * DAY_MS;
    try {
      const purged = (await this.store?.purgeBefore(cutoff)) ?? 0;
      if (purged > 0)
        this.logger.info({ purged, retentionDays: this.config.retentionDays }, 'store: old records purged');
    } catch (error) {
      this.unavailable(error);
    }
  }

  private schedule(ms: number): void {
    if (this.timer || this.closed || !this.store || this.queue.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
    this.timer.unref();
  }

  /** Writes one batch; on failure puts it back and tries again after `retryMs`. */
  private flush(): Promise<void> {
    this.flushing ??= this.writeBatch().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async writeBatch(): Promise<void> {
    const store = this.store;
    const secret = this.secret;
    if (!store || !secret || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.options.batchSize);
    try {
      await store.writeQuestions(batch.map(({ userId, ...entry }) => ({ ...entry, userHash: this.hash(userId) })));
      if (this.outage.recovered()) {
        this.logger.info({ store: this.where, queued: this.queue.length }, 'store: writing again');
      }
      this.schedule(this.options.flushMs);
    } catch (error) {
      this.queue.unshift(...batch);
      this.trim();
      this.unavailable(error);
      this.schedule(this.options.retryMs);
    }
  }

  private async flushAll(): Promise<void> {
    while (this.queue.length > 0 && this.store) {
      const before = this.queue.length;
      await this.flush();
      if (this.queue.length >= before) return;
    }
  }

  /** The queue keeps its newest `maxQueue` records; the oldest beyond that are dropped and counted. */
  private trim(): void {
    const over = this.queue.length - this.options.maxQueue;
    if (over <= 0) return;
    this.queue.splice(0, over);
    this.outage.dropped(over, this.queue.length);
  }

  private unavailable(error: unknown): void {
    this.outage.failed(error, this.queue.length);
  }

  /**
   * Runs a read or a vote within `deadlineMs`. A SQLite file another process is writing (a shard, a replica) is
   * tried again every 50 ms meanwhile: each try waits 100 ms at most, so the event loop is never held longer.
   */
  private async withStore<T>(work: (store: SqlStore) => Promise<T>): Promise<T | Unavailable> {
    const store = this.store;
    if (!store || !this.secret || this.closed) return 'unavailable';
    const end = performance.now() + this.options.deadlineMs;
    for (;;) {
      try {
        return await withDeadline(work(store), Math.max(1, end - performance.now()));
      } catch (error) {
        const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
        if (busy && performance.now() + BUSY_RETRY_MS < end) {
          await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
          continue;
        }
        this.unavailable(error);
        return 'unavailable';
      }
    }
  }

  private hash(userId: string): string {
    return createHmac('sha256', this.secret ?? '')
      .update(userId)
      .digest('hex');
  }
}

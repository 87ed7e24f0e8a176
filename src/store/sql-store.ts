/** The store's reads and writes, one dialect-neutral Kysely query each: SQLite and PostgreSQL run the same code. */
import { randomBytes } from 'node:crypto';
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import { questionKey } from '../answer/question-key.js';
import { exportQuestions, queryInsights } from './insights.js';
import type { OpenedDatabase } from './open-database.js';
import type {
  Insights,
  InsightsQuery,
  QuestionRecord,
  QuestionRow,
  ServerChannelRow,
  ServerSettingsRow,
  SettingsChanges,
  VoteOutcome,
  VoteRecord,
} from './records.js';
import type { Database } from './schema.js';

const SECRET_KEY = 'user-hash-secret';

export class SqlStore {
  readonly dialect: OpenedDatabase['dialect'];
  private readonly db: Kysely<Database>;

  constructor(opened: OpenedDatabase) {
    this.db = opened.db;
    this.dialect = opened.dialect;
  }

  /** Writes a batch in one transaction; a record already stored (a retried batch) is left as it is. */
  async writeQuestions(records: readonly QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('questions')
        .values(
          records.map((r) => ({
            id: r.id,
            at: r.at,
            guild_id: r.guildId ?? null,
            channel_id: r.channelId ?? null,
            front_end: r.frontEnd,
            command: r.command,
            question: r.question,
            question_key: questionKey(r.question),
            outcome: r.outcome,
            user_hash: r.userHash,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      const quoted = records.flatMap((r) =>
        r.passages.map((p, position) => ({
          question_id: r.id,
          position,
          article_id: p.articleId,
          article: p.article,
          paragraph: p.paragraph,
        })),
      );
      if (quoted.length > 0) {
        await trx
          .insertInto('quoted')
          .values(quoted)
          .onConflict((oc) => oc.columns(['question_id', 'position']).doNothing())
          .execute();
      }
      const missing = records.flatMap((r) => [...new Set(r.missing)].map((word) => ({ question_id: r.id, word })));
      if (missing.length > 0) {
        await trx
          .insertInto('missing')
          .values(missing)
          .onConflict((oc) => oc.columns(['question_id', 'word']).doNothing())
          .execute();
      }
    });
  }

  /** One vote per user per answer: a second vote changes the first. A comment is kept until a helpful vote. */
  async vote(vote: VoteRecord): Promise<VoteOutcome> {
    return this.db.transaction().execute(async (trx) => {
      const asked = await trx.selectFrom('questions').select('id').where('id', '=', vote.questionId).executeTakeFirst();
      if (!asked) return 'unknown-answer';
      const before = await trx
        .selectFrom('votes')
        .select('helpful')
        .where('question_id', '=', vote.questionId)
        .where('user_hash', '=', vote.userHash)
        .executeTakeFirst();
      await trx
        .insertInto('votes')
        .values({
          question_id: vote.questionId,
          user_hash: vote.userHash,
          helpful: vote.helpful ? 1 : 0,
          comment: vote.comment ?? null,
          at: vote.at,
        })
        .onConflict((oc) =>
          oc.columns(['question_id', 'user_hash']).doUpdateSet((eb) => ({
            helpful: eb.ref('excluded.helpful'),
            at: eb.ref('excluded.at'),
            comment: vote.helpful ? null : eb.fn.coalesce('excluded.comment', 'votes.comment'),
          })),
        )
        .execute();
      return before && Number(before.helpful) !== (vote.helpful ? 1 : 0) ? 'changed' : 'recorded';
    });
  }

  insights(query: InsightsQuery): Promise<Insights> {
    return queryInsights(this.db, query);
  }

  /** Every question of the window, oldest first, with what it quoted, lacked and the votes it got. */
  questionRows(query: InsightsQuery): Promise<QuestionRow[]> {
    return exportQuestions(this.db, query);
  }

  /** Deletes a user's questions (with what hangs on them, others' votes included) and votes. */
  async forgetUser(userHash: string): Promise<{ questions: number; votes: number }> {
    return this.db.transaction().execute(async (trx) => {
      const votes = await trx.deleteFrom('votes').where('user_hash', '=', userHash).executeTakeFirst();
      const asked = trx.selectFrom('questions').select('id').where('user_hash', '=', userHash);
      await deleteHangingOn(trx, asked);
      const questions = await trx.deleteFrom('questions').where('user_hash', '=', userHash).executeTakeFirst();
      return { questions: Number(questions.numDeletedRows), votes: Number(votes.numDeletedRows) };
    });
  }

  /** Deletes what is older than `at` (questions, and votes cast before it); returns how many questions went. */
  async purgeBefore(at: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const old = trx.selectFrom('questions').select('id').where('at', '<', at);
      await deleteHangingOn(trx, old);
      await trx.deleteFrom('votes').where('at', '<', at).execute();
      const gone = await trx.deleteFrom('questions').where('at', '<', at).executeTakeFirst();
      return Number(gone.numDeletedRows);
    });
  }

  /** The key of the user hashes: made once, by whichever process gets there first, and kept. */
  async userHashSecret(): Promise<string> {
    await this.db
      .insertInto('meta')
      .values({ key: SECRET_KEY, value: randomBytes(32).toString('hex') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', SECRET_KEY)
      .executeTakeFirstOrThrow();
    return row.value;
  }

  /** Settings and channels changed since `since` (every one for 0): the settings cache polls this. */
  async settingsChangedSince(since: number): Promise<SettingsChanges> {
    const [settings, channels] = await Promise.all([
      this.db.selectFrom('server_settings').selectAll().where('updated_at', '>', since).execute(),
      this.db.selectFrom('server_channels').selectAll().where('updated_at', '>', since).execute(),
    ]);
    return {
      settings: settings.map((r) => ({
        guildId: r.guild_id,
        ...(r.private_by_default === null ? {} : { privateByDefault: Number(r.private_by_default) === 1 }),
        ...(r.cooldown_seconds === null ? {} : { cooldownSeconds: Number(r.cooldown_seconds) }),
        updatedAt: Number(r.updated_at),
      })),
      channels: channels.map((r) => ({
        guildId: r.guild_id,
        channelId: r.channel_id,
        kind: r.kind,
        enabled: Number(r.enabled) === 1,
        updatedAt: Number(r.updated_at),
      })),
    };
  }

  async saveServerSettings(row: ServerSettingsRow): Promise<void> {
    const values = {
      guild_id: row.guildId,
      private_by_default: row.privateByDefault === undefined ? null : row.privateByDefault ? 1 : 0,
      cooldown_seconds: row.cooldownSeconds ?? null,
      updated_at: row.updatedAt,
    };
    await this.db
      .insertInto('server_settings')
      .values(values)
      .onConflict((oc) =>
        oc.column('guild_id').doUpdateSet({
          // Only what this change sets; the other setting keeps its value.
          ...(row.privateByDefault === undefined ? {} : { private_by_default: values.private_by_default }),
          ...(row.cooldownSeconds === undefined ? {} : { cooldown_seconds: values.cooldown_seconds }),
          updated_at: row.updatedAt,
        }),
      )
      .execute();
  }

  async saveServerChannel(row: ServerChannelRow): Promise<void> {
    await this.db
      .insertInto('server_channels')
      .values({
        channel_id: row.channelId,
        kind: row.kind,
        guild_id: row.guildId,
        enabled: row.enabled ? 1 : 0,
        updated_at: row.updatedAt,
      })
      .onConflict((oc) =>
        oc.columns(['channel_id', 'kind']).doUpdateSet({ enabled: row.enabled ? 1 : 0, updated_at: row.updatedAt }),
      )
      .execute();
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

type IdQuery = SelectQueryBuilder<Database, 'questions', { id: string }>;

async function deleteHangingOn(trx: Transaction<Database>, ids: IdQuery): Promise<void> {
  await trx.deleteFrom('quoted').where('question_id', 'in', ids).execute();
  await trx.deleteFrom('missing').where('question_id', 'in', ids).execute();
  await trx.deleteFrom('votes').where('question_id', 'in', ids).execute();
}

/**
 * Versioned migrations, applied at start-up by Kysely's Migrator (which takes a lock, so shards and replicas
 * starting together apply each once). Never edit one that has shipped: add the next.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';

const MIGRATIONS: Record<string, Migration> = {
  '0001-questions-and-votes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('questions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('guild_id', 'text')
        .addColumn('channel_id', 'text')
        .addColumn('front_end', 'text', (c) => c.notNull())
        .addColumn('command', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('question_key', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('user_hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('questions_guild_at').on('questions').columns(['guild_id', 'at']).execute();
      await db.schema.createIndex('questions_at').on('questions').column('at').execute();
      await db.schema.createIndex('questions_user').on('questions').column('user_hash').execute();
      await db.schema
        .createTable('quoted')
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('article', 'text', (c) => c.notNull())
        .addColumn('paragraph', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('quoted_pk', ['question_id', 'position'])
        .execute();
      await db.schema
        .createTable('missing')
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('word', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('missing_pk', ['question_id', 'word'])
        .execute();
      await db.schema
        .createTable('votes')
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('user_hash', 'text', (c) => c.notNull())
        .addColumn('helpful', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('votes_pk', ['question_id', 'user_hash'])
        .execute();
      await db.schema.createIndex('votes_user').on('votes').column('user_hash').execute();
      await db.schema.createIndex('votes_at').on('votes').column('at').execute();
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

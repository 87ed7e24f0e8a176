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
  '0002-server-settings': {
    async up(db: Kysely<unknown>) {
      // One row per server that changed a setting; null: the default (the environment's).
      await db.schema
        .createTable('server_settings')
        .addColumn('guild_id', 'text', (c) => c.primaryKey())
        .addColumn('private_by_default', 'integer')
        .addColumn('cooldown_seconds', 'integer')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('server_settings_updated').on('server_settings').column('updated_at').execute();
      // A forum or ask channel switched on or off in a server (over FORUM_CHANNEL_IDS / ASK_CHANNEL_IDS).
      await db.schema
        .createTable('server_channels')
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('server_channels_pk', ['channel_id', 'kind'])
        .execute();
      await db.schema.createIndex('server_channels_updated').on('server_channels').column('updated_at').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/**
 * Opens the store's database (SQLite through better-sqlite3, or a PostgreSQL pool through pg) under Kysely, and
 * applies the migrations. The drivers are loaded here only, so the console chat and `ask` never pay for them.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import type { StoreLocation } from './store-config.js';

type Dialect = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
}

/** How long a locked SQLite file is waited for before the write is retried later (never long: answers wait). */
const SQLITE_BUSY_MS = 100;
/** PostgreSQL: how long a connection may take, and a statement may run, before it counts as unreachable. */
const PG_CONNECT_MS = 2_000;
const PG_STATEMENT_MS = 5_000;
const PG_BIGINT = 20;

export async function openDatabase(location: Exclude<StoreLocation, { kind: 'off' }>): Promise<OpenedDatabase> {
  const { Kysely, Migrator, PostgresDialect, SqliteDialect } = await import('kysely');
  let db: Kysely<Database>;
  if (location.kind === 'sqlite') {
    const { default: SQLite } = await import('better-sqlite3');
    mkdirSync(dirname(location.path), { recursive: true });
    const file = new SQLite(location.path, { timeout: SQLITE_BUSY_MS });
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  } else {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: location.url,
      max: 5,
      connectionTimeoutMillis: PG_CONNECT_MS,
      statement_timeout: PG_STATEMENT_MS,
      // Times and counts are bigint: within 2^53 they are plain numbers.
      types: {
        getTypeParser: (oid: number, format?: string) =>
          oid === PG_BIGINT ? Number : pg.types.getTypeParser(oid, format as 'text'),
      },
    });
    // An idle connection the server drops (a restart) must not crash the bot: the next query reconnects. Nor one it
    // drops while a client is checked out between queries (in a transaction): the pool stops listening to a client
    // it lends, so the client's own 'error' event would go unhandled; the pending work fails instead, and the pool
    // discards the broken client when it comes back.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrate(new Migrator({ db, provider: migrationProvider }));
  } catch (error) {
    await db.destroy().catch(() => {});
    throw error;
  }
  return { db, dialect: location.kind };
}

/**
 * Applies the migrations. Kysely's lock holds across PostgreSQL connections, but not across processes sharing a
 * SQLite file (two shards starting at once): there the loser's transaction fails and rolls back, and trying again
 * a moment later finds the work done.
 */
async function migrate(migrator: { migrateToLatest(): Promise<{ error?: unknown }> }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    const raced = /already exists|SQLITE_BUSY|database is locked/i.test(
      `${String((error as { code?: unknown }).code)} ${(error as Error).message}`,
    );
    if (!raced || attempt >= MIGRATION_ATTEMPTS) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

const MIGRATION_ATTEMPTS = 10;

/**
 * Whether a failure to open the store is a mistake in DATABASE_URL (a wrong password, a database or file that
 * cannot be), which start-up reports and stops on, rather than the store being down for now.
 */
export function isConfigurationProblem(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  // PostgreSQL: invalid password or authorization, unknown database or role.
  if (['28P01', '28000', '3D000', '42704'].includes(code)) return true;
  return ['SQLITE_CANTOPEN', 'SQLITE_NOTADB', 'SQLITE_READONLY', 'EACCES', 'ENOTDIR', 'EISDIR', 'EROFS'].includes(code);
}

/**
 * Real databases for the store tests: a SQLite file in a temp folder, and a fresh database on the PostgreSQL server
 * named by TEST_DATABASE_URL (.ci/run starts one). Without that variable the PostgreSQL cases are skipped, except
 * in CI, where its absence fails them: CI must test both.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreLocation } from '../../src/store/store-config.js';

export interface TestDatabase {
  location: Exclude<StoreLocation, { kind: 'off' }>;
  /** DATABASE_URL for a child process using the same database. */
  url: string;
  drop(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** False only for PostgreSQL outside CI without TEST_DATABASE_URL. */
  available: boolean;
  create(): Promise<TestDatabase>;
}

const SERVER = process.env.TEST_DATABASE_URL?.trim();

async function sqliteDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'article-bot-store-'));
  const path = join(dir, 'store.sqlite');
  return {
    location: { kind: 'sqlite', path },
    url: `sqlite:${path}`,
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(): Promise<TestDatabase> {
  if (!SERVER) throw new Error('TEST_DATABASE_URL is not set: CI must run the store tests on PostgreSQL too');
  const { default: pg } = await import('pg');
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return {
    location: { kind: 'postgres', url: url.toString(), display: `postgres://${url.host}/${name}` },
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: SERVER });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

export const BACKENDS: readonly Backend[] = [
  { name: 'sqlite', available: true, create: sqliteDatabase },
  { name: 'postgres', available: Boolean(SERVER) || Boolean(process.env.CI), create: postgresDatabase },
];

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, contentDir, loadConfig } from '../src/config.js';
import { DEFAULT_API_BASE } from '../src/config-values.js';
import { DEFAULT_SQLITE_PATH } from '../src/store/store-config.js';

/** Shaped like a real bot token (id.timestamp.hmac), but made up. */
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '123456789012345678';
const GUILD = '234567890123456789';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('needs nothing for the console, and defaults the log level and content folder', () => {
    expect(loadConfig({}, 'console')).toEqual({
      mode: 'console',
      logLevel: 'info',
      contentDir: contentDir({}),
      watchContent: true,
    });
  });

  it('reads the gateway bot configuration with its defaults', () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN }, 'gateway')).toEqual({
      mode: 'gateway',
      logLevel: 'info',
      contentDir: contentDir({}),
      watchContent: true,
      token: TOKEN,
      apiBase: DEFAULT_API_BASE,
      askChannelIds: [],
      forumChannelIds: [],
      solvedTags: ['Solved', 'Answered', 'Resolved'],
      store: { location: { kind: 'sqlite', path: DEFAULT_SQLITE_PATH }, retentionDays: 90 },
    });
    const full = loadConfig(
      {
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_CLIENT_ID: APP,
        DISCORD_API_BASE: 'http://127.0.0.1:9999/api/',
        ASK_CHANNEL_IDS: ` ${GUILD}, ,${APP},${GUILD}`,
        LOG_LEVEL: 'DEBUG',
        SHARD_COUNT: 'auto',
      },
      'gateway',
    );
    expect(full).toMatchObject({
      token: TOKEN,
      clientId: APP,
      apiBase: 'http://127.0.0.1:9999/api',
      askChannelIds: [GUILD, APP],
      logLevel: 'debug',
      shardCount: 'auto',
    });
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, SHARD_COUNT: '4' }, 'gateway').shardCount).toBe(4);
  });

  it('treats empty values (NAME= copied from .env.example) as unset', () => {
    const config = loadConfig(
      { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '', ASK_CHANNEL_IDS: ' ', LOG_LEVEL: '' },
      'gateway',
    );
    expect(config.clientId).toBeUndefined();
    expect(config.askChannelIds).toEqual([]);
    expect(config.logLevel).toBe('info');
  });

  it('lists every problem at once, one clear line each, and never shows the token', () => {
    const badToken = `Bot ${TOKEN}`;
    const error = (() => {
      try {
        loadConfig(
          {
            DISCORD_TOKEN: badToken,
            DISCORD_API_BASE: 'discord.com/api',
            ASK_CHANNEL_IDS: '123,general',
            LOG_LEVEL: 'loud',
            SHARD_COUNT: 'two',
            DISCORD_CLIENT_ID: '42',
          },
          'gateway',
        );
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message, name } = error as ConfigError;
    expect(name).toBe('ConfigError');
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/DISCORD_TOKEN must be the token alone, without the "Bot " prefix/);
    expect(problems.join('\n')).toMatch(/DISCORD_API_BASE must be an http\(s\) URL/);
    expect(problems.join('\n')).toMatch(/ASK_CHANNEL_IDS .*"123", "general"/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    expect(problems.join('\n')).toMatch(/SHARD_COUNT must be "auto" or a whole number/);
    expect(problems.join('\n')).toMatch(/DISCORD_CLIENT_ID must be a Discord id/);
    expect(message).not.toContain(TOKEN.slice(0, 20));
    expect(message).not.toContain(TOKEN.slice(-20));
  });

  it('explains a missing or malformed token without echoing it', () => {
    expect(problemsOf(() => loadConfig({}, 'gateway'))).toEqual([expect.stringMatching(/DISCORD_TOKEN is not set/)]);
    const secret = 'abcdefghijklmnopqrstuvwxyz012345'; // an OAuth2 client secret, pasted by mistake
    const problems = problemsOf(() => loadConfig({ DISCORD_TOKEN: secret }, 'gateway'));
    expect(problems).toEqual([expect.stringMatching(/does not look like a bot token/)]);
    expect(problems.join()).not.toContain(secret);
  });

  it('refuses an API base with a version, a query or another scheme', () => {
    for (const base of ['https://discord.com/api/v10', 'ftp://x/api', 'https://x/api?a=1']) {
      expect(problemsOf(() => loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: base }, 'gateway'))).toHaveLength(1);
    }
  });

  it('needs the application id for deploy, and takes an optional guild', () => {
    expect(problemsOf(() => loadConfig({ DISCORD_TOKEN: TOKEN }, 'deploy'))).toEqual([
      expect.stringMatching(/DISCORD_CLIENT_ID is not set/),
    ]);
    expect(
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP, DISCORD_GUILD_ID: GUILD }, 'deploy'),
    ).toMatchObject({ clientId: APP, guildId: GUILD, apiBase: DEFAULT_API_BASE });
    expect(
      problemsOf(() => loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP, DISCORD_GUILD_ID: 'dev' }, 'deploy')),
    ).toEqual([expect.stringMatching(/DISCORD_GUILD_ID must be a Discord id/)]);
  });

  it('reads the HTTP endpoint configuration, which needs the public key but no token', () => {
    const key = 'AB'.repeat(32);
    expect(loadConfig({ DISCORD_PUBLIC_KEY: key }, 'serve')).toMatchObject({
      publicKey: key.toLowerCase(),
      port: 3000,
      host: '127.0.0.1',
    });
    expect(
      loadConfig({ DISCORD_PUBLIC_KEY: key, INTERACTIONS_PORT: '8080', INTERACTIONS_HOST: '0.0.0.0' }, 'serve'),
    ).toMatchObject({ port: 8080, host: '0.0.0.0' });
    expect(
      problemsOf(() =>
        loadConfig({ DISCORD_PUBLIC_KEY: 'xyz', INTERACTIONS_PORT: '70000', INTERACTIONS_HOST: 'a b' }, 'serve'),
      ),
    ).toHaveLength(3);
  });

  it('validates only what the mode needs', () => {
    // The gateway does not care about the HTTP endpoint's settings, nor the console about the token.
    expect(() => loadConfig({ DISCORD_TOKEN: TOKEN, INTERACTIONS_PORT: 'nope' }, 'gateway')).not.toThrow();
    expect(() => loadConfig({ DISCORD_TOKEN: 'garbage' }, 'console')).not.toThrow();
  });

  it('reports a content folder that does not exist', () => {
    expect(problemsOf(() => loadConfig({ CONTENT_DIR: '/nonexistent/content' }, 'console'))).toEqual([
      expect.stringMatching(/CONTENT_DIR: no folder at \/nonexistent\/content/),
    ]);
  });

  it('reads where the store lives: SQLite by default, a file, PostgreSQL, or off', () => {
    const store = (env: Record<string, string>) => loadConfig({ DISCORD_TOKEN: TOKEN, ...env }, 'gateway').store;
    expect(store({ DATABASE_URL: 'off' }).location).toEqual({ kind: 'off' });
    expect(store({ DATABASE_URL: 'sqlite:data/x.sqlite' }).location).toEqual({
      kind: 'sqlite',
      path: resolve('data/x.sqlite'),
    });
    expect(store({ DATABASE_URL: 'postgres://bot:s3cret@db.local:5433/article_bot' }).location).toEqual({
      kind: 'postgres',
      url: 'postgres://bot:s3cret@db.local:5433/article_bot',
      display: 'postgres://bot@db.local:5433/article_bot',
    });
    expect(store({ STORE_RETENTION_DAYS: '30', STORE_SECRET: 'a-long-enough-secret' })).toMatchObject({
      retentionDays: 30,
      secret: 'a-long-enough-secret',
    });
    expect(loadConfig({ DATABASE_URL: 'off' }, 'insights').store.location).toEqual({ kind: 'off' });
  });

  it('refuses a bad DATABASE_URL in one line naming the variable, and never shows its password', () => {
    for (const [value, shape] of [
      ['mysql://bot:hunter22@db/x', /^DATABASE_URL must be .*\(got a mysql: URL\)\.$/],
      ['postgres://bot:hunter22@db.local', /^DATABASE_URL must name a host and a database/],
      ['postgres://bot:hunter22@[::1/x', /^DATABASE_URL is not a valid URL/],
      ['sqlite:', /^DATABASE_URL: sqlite: needs a file path/],
    ] as const) {
      const problems = problemsOf(() => loadConfig({ DISCORD_TOKEN: TOKEN, DATABASE_URL: value }, 'gateway'));
      expect(problems, value).toEqual([expect.stringMatching(shape)]);
      expect(problems.join(' ')).not.toContain('hunter22');
    }
    expect(problemsOf(() => loadConfig({ STORE_RETENTION_DAYS: '0', STORE_SECRET: 'short' }, 'insights'))).toEqual([
      expect.stringMatching(/^STORE_SECRET must be at least 16 characters/),
      expect.stringMatching(/^STORE_RETENTION_DAYS must be a whole number of days from 1 to 3650/),
    ]);
  });
});

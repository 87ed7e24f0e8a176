/**
 * One configuration check, one message format and one exit code for every entry point (docs/operations.md):
 * a supervisor or a script can tell "fix the settings" (2) from "it failed while running" (1).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project.js';

function run(script: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', `${script}.js`)], {
    cwd: PROJECT_ROOT,
    input: '',
    encoding: 'utf8',
    // No .env of the developer's may fill the gaps: dotenv does not override variables that are set.
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', DISCORD_PUBLIC_KEY: '', ...env },
    timeout: 60_000,
  });
}

const BAD_LEVEL = /LOG_LEVEL must be one of .*\(got "loud"\)/;

describe('a bad configuration, whatever the entry point', () => {
  it.each([
    ['start', 'Cannot start', {}],
    ['start', 'Cannot start', { DISCORD_TOKEN: 'MTIz.abc.def' }],
    ['serve', 'Cannot serve', { DISCORD_PUBLIC_KEY: 'ab'.repeat(32) }],
    ['deploy', 'deploy', { DISCORD_TOKEN: 'MTIz.abc.def', DISCORD_CLIENT_ID: '123456789012345678' }],
  ])('%s (%s, %o): one line naming the variable, exit 2', (script, name, env) => {
    const result = run(script, { LOG_LEVEL: 'loud', ...env });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${name}: the configuration is not valid \\(see \\.env\\.example\\): `));
    expect(lines[0]).toMatch(BAD_LEVEL);
    expect(result.stdout).not.toContain('Offline mode');
  });
});

describe('a DATABASE_URL that cannot be right', () => {
  const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
  const KEY = 'ab'.repeat(32);

  it.each([
    ['start', 'Cannot start', { DISCORD_TOKEN: TOKEN }],
    ['serve', 'Cannot serve', { DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '0' }],
    ['insights', 'insights', {}],
  ])('%s (%s): refused in one line naming it, without its password, exit 2', (script, name, env) => {
    const malformed = run(script, { ...env, DATABASE_URL: 'mysql://bot:hunter22@db/x' });
    expect(malformed.status).toBe(2);
    const lines = malformed.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${name}: the configuration is not valid .*DATABASE_URL must be`));
    expect(lines[0]).not.toContain('hunter22');
  });

  it.each([
    ['start', 'Cannot start', { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'http://127.0.0.1:9/api' }],
    ['serve', 'Cannot serve', { DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '0' }],
  ])(
    '%s: a folder where the SQLite file should be stops start-up before anything connects, exit 2',
    (script, name, env) => {
      const result = run(script, { ...env, DATABASE_URL: `sqlite:${PROJECT_ROOT}`, CONTENT_WATCH: 'off' });
      expect(result.status).toBe(2);
      const lines = result.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('{'));
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^${name}: DATABASE_URL: cannot open the store at `))]);
    },
  );
});

/** `npm start` without a token: the console chat, checked by spawning the real entry point (needs the build). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project.js';

function start(env: Record<string, string>, input: string) {
  return spawnSync('node', [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js')], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', ...env },
    timeout: 60_000,
  });
}

describe('npm start without a token', () => {
  it('answers in the console chat', () => {
    const run = start({}, 'What is osteocalcin?\n/quit\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('osteocalcin, a hormone released by bones');
  });

  it('refuses a bad LOG_LEVEL as the bot does, naming the variable', () => {
    const run = start({ LOG_LEVEL: 'loud' }, '');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/LOG_LEVEL must be one of .*\(got "loud"\)/);
    expect(run.stdout).not.toContain('Offline mode');
  });
});

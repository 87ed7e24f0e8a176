/**
 * Content that reloads without a restart, end to end through the real `npm run serve`: an article dropped into
 * the content folder answers within 5 s, a broken one is refused in one error line while the previous content
 * keeps answering, and a removed one stops answering. /healthz says what is loaded and since when.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { type LoggedProcess, spawnLogged } from '../support/logged-process.js';
import { makeKeys, postSigned } from '../support/signed-request.js';

const keys = makeKeys();
const WALKING = `---
id: walking-bones
title: Walking Daily Strengthens Bones In Older Adults
publisher: Daily Health Wire
url: https://news.example.org/walking-bones
---

Older adults who walked briskly for thirty minutes every day kept more of their hip bone density over a year.

The trial followed 400 volunteers aged 60 to 85, half of whom walked each morning.
`;

let content: string;
let served: LoggedProcess;
let base: string;
const figures: string[] = [];

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'reload-content-'));
  for (const name of ['bone-brain-axis.md', 'bone-brain-axis.synonyms.txt']) {
    copyFileSync(join(contentDir(), name), join(content, name));
  }
  served = spawnLogged(
    join(PROJECT_ROOT, 'dist', 'src', 'cli', 'serve.js'),
    {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      INTERACTIONS_HOST: '127.0.0.1',
      INTERACTIONS_PORT: '0',
      CONTENT_DIR: content,
      INDEX_CACHE_DIR: mkdtempSync(join(tmpdir(), 'reload-cache-')),
    },
    'serve',
  );
  const listening = await served.waitForLog((l) => l.msg === 'listening for Discord interactions', 'listening');
  base = `http://127.0.0.1:${listening.port}`;
});

afterAll(async () => {
  served?.child.kill('SIGKILL');
  await served?.exited;
  for (const line of figures) console.log(`[reload] ${line}`);
});

async function health(): Promise<Record<string, unknown>> {
  return (await (await fetch(`${base}/healthz`)).json()) as Record<string, unknown>;
}

/** A signed /ask, as Discord sends it; the answer's first passage's source field. */
async function ask(question: string): Promise<string> {
  const body = JSON.stringify({
    id: String(1_000_000_000_000_000_000n + BigInt(Date.now())),
    application_id: '111111111111111111',
    type: 2,
    token: 'aW50ZXJhY3Rpb24.token',
    version: 1,
    channel_id: '333333333333333333',
    user: { id: '123456789012345678', username: 'asker' },
    data: { id: '1', type: 1, name: 'ask', options: [{ name: 'question', type: 3, value: question }] },
  });
  const res = await postSigned(`${base}/interactions`, body, keys.privateKey);
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}

/** Waits for the next log line with `msg` after `from` lines, and says how long it took. */
async function nextLog(msg: string, from: number) {
  const started = performance.now();
  const line = await served.waitForLog(
    (l) => l.msg === msg && served.logs.indexOf(l) >= from,
    `"${msg}"`,
    5_000, // the promise: a change answers within 5 s
  );
  return { line, ms: performance.now() - started };
}

describe('npm run serve reloads the content folder', () => {
  it('an added article answers within 5 s, without a restart', async () => {
    const before = await health();
    expect(before).toMatchObject({ status: 'ok', articles: 1 });
    expect(typeof before.contentChangedAt).toBe('string');
    expect(await ask('Does walking every day help the bones of older adults?')).not.toContain('Walking Daily');

    const from = served.logs.length;
    writeFileSync(join(content, 'walking-bones.md'), WALKING);
    const { line, ms } = await nextLog('content reloaded: answering from it now', from);
    expect(line).toMatchObject({ articles: 2 });
    const after = await health();
    expect(after).toMatchObject({ articles: 2 });
    expect(Date.parse(String(after.contentChangedAt))).toBeGreaterThan(Date.parse(String(before.contentChangedAt)));
    expect(await ask('Does walking every day help the bones of older adults?')).toContain('Walking Daily');
    figures.push(`added article: answering from it ${ms.toFixed(0)} ms after the file was written`);
  });

  it('a broken file is refused in one error line naming it, and the previous content keeps answering', async () => {
    const from = served.logs.length;
    writeFileSync(join(content, 'broken.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
    const { line } = await nextLog('content refused; the previous content keeps answering', from);
    expect(line).toMatchObject({ level: 50 });
    expect(String(line.problem)).toContain('broken.md');
    expect(await health()).toMatchObject({ articles: 2 });
    expect(await ask('What is osteocalcin?')).toContain('osteocalcin');
    expect(served.child.exitCode).toBeNull();
  });

  it('a removed article stops answering once the folder is whole again', async () => {
    const from = served.logs.length;
    rmSync(join(content, 'broken.md'));
    rmSync(join(content, 'walking-bones.md'));
    await served.waitForLog(
      (l) => l.msg === 'content reloaded: answering from it now' && served.logs.indexOf(l) >= from && l.articles === 1,
      'the reload without the article',
      5_000,
    );
    expect(await health()).toMatchObject({ articles: 1 });
    expect(await ask('Does walking every day help the bones of older adults?')).not.toContain('Walking Daily');
  });
});

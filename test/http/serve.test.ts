/**
 * `npm run serve` end to end: the real `node dist/src/cli/serve.js` on an ephemeral loopback port (INTERACTIONS_PORT=0,
 * the port read from its "listening" log line), signed with a freshly generated Ed25519 key pair exactly as Discord
 * signs. Needs the build (npm test builds first). Waits are on log lines and exits, with timeouts; nothing sleeps.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeButtonId } from '../../src/discord/custom-id.js';
import { MESSAGES } from '../../src/discord/interactions.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import { choiceProblems, expectWithinDiscordRules, renderableMentions, visibleText } from '../discord/discord-rules.js';
import { type LoggedProcess, spawnLogged } from '../support/logged-process.js';
import { makeKeys, postSigned } from '../support/signed-request.js';

const SERVE = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'serve.js');
const USER = { id: '123456789012345678', username: 'asker' };
const STRANGER = { id: '876543210987654321', username: 'stranger' };

type Json = Record<string, unknown>;

type Served = LoggedProcess;

function startServe(env: Record<string, string>): Served {
  return spawnLogged(SERVE, { INTERACTIONS_HOST: '127.0.0.1', INTERACTIONS_PORT: '0', ...env }, 'serve');
}

const keys = makeKeys();
let served: Served;
let base: string;
let nextId = 1_000_000_000_000_000_000n;
let startupMs = 0;
/** Round trips of signed /ask requests (commands only), for the printed figure. */
const askMs: number[] = [];

/** A raw interaction as Discord sends it to the endpoint. */
function interaction(type: number, data: Json, user = USER): Json {
  nextId += 1n;
  return {
    id: String(nextId),
    application_id: '111111111111111111',
    type,
    token: `aW50ZXJhY3Rpb24.${nextId.toString(16)}`,
    version: 1,
    guild_id: '222222222222222222',
    channel_id: '333333333333333333',
    member: { user, roles: [], permissions: '0' },
    data,
    locale: 'en-US',
  };
}

async function post(body: Json | string, privateKey = keys.privateKey): Promise<{ status: number; json: Json }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const started = performance.now();
  const res = await postSigned(`${base}/interactions`, text, privateKey);
  const json = (await res.json()) as Json;
  if (typeof body !== 'string' && body.type === 2) askMs.push(performance.now() - started);
  return { status: res.status, json };
}

const ask = (question: string, extra: Json[] = [], user = USER) =>
  interaction(
    2,
    {
      id: '444444444444444444',
      name: 'ask',
      type: 1,
      options: [{ name: 'question', type: 3, value: question }, ...extra],
    },
    user,
  );

function messageData(json: Json) {
  expectWithinDiscordRules(json.data);
  return json.data as Json & {
    embeds: Array<{ title?: string; description?: string; footer?: { text: string } }>;
    components: Array<{ components: Array<{ label: string; custom_id: string }> }>;
    flags?: number;
  };
}

describe('npm run serve (the real process)', () => {
  beforeAll(async () => {
    const spawned = performance.now();
    served = startServe({ DISCORD_PUBLIC_KEY: keys.publicKeyHex });
    const listening = await served.waitForLog((l) => l.msg === 'listening for Discord interactions', 'listening');
    startupMs = performance.now() - spawned;
    expect(listening.host).toBe('127.0.0.1');
    expect(listening.url).toBe(`http://127.0.0.1:${listening.port}/interactions`);
    base = `http://127.0.0.1:${listening.port}`;
  });

  afterAll(async () => {
    const [first = 0, ...rest] = askMs;
    const sorted = rest.sort((x, y) => x - y);
    const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0).toFixed(1);
    console.log(
      `[serve] npm run serve: listening ${startupMs.toFixed(0)} ms after spawn (content loaded first); signed /ask ` +
        `round trips over loopback, one at a time: first ${first.toFixed(1)} ms (new connection, cold code), then ` +
        `${sorted.length}: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
    );
    if (served?.child.exitCode === null && served.child.signalCode === null) {
      served.child.kill('SIGKILL');
      await served.exited;
    }
  });

  it('answers a signed PING with {"type":1}', async () => {
    const { status, json } = await post({
      id: '1',
      application_id: '111111111111111111',
      type: 1,
      token: 'x',
      version: 1,
    });
    expect(status).toBe(200);
    expect(json).toEqual({ type: 1 });
  });

  it('refuses the same PING signed with another key (401)', async () => {
    const { status } = await post({ id: '1', type: 1 }, makeKeys().privateKey);
    expect(status).toBe(401);
  });

  it('answers /ask with the osteocalcin passage, its source and no mentions (type 4)', async () => {
    const { status, json } = await post(ask('Which hormone released by bones can cross the blood-brain barrier?'));
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    const data = messageData(json);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags).toBeUndefined();
    expect(data.embeds[0]?.description).toContain('osteocalcin, a hormone released by bones');
    expect(JSON.stringify(data.embeds[0])).toContain('paragraph 5');
  });

  it('answers hostile input without anything that could ping', async () => {
    const { json } = await post(ask('@everyone <@&123456789012345678> <@123> what is **osteocalcin**?\u202e'));
    expect(json.type).toBe(4);
    const data = messageData(json);
    expect(renderableMentions(visibleText(data).replace(/\\./g, ''))).toEqual([]);
  });

  it('answers 100 signed /ask in a row, each with a quoted passage', async () => {
    const questions = [
      'What is osteocalcin?',
      'How does depression affect bones?',
      'What role does cortisol play?',
      'What is osteopontin?',
      'What does this mean for treatment?',
    ];
    for (let i = 0; i < 100; i++) {
      const { status, json } = await post(ask(questions[i % questions.length] as string));
      expect(status).toBe(200);
      expect(json.type).toBe(4);
      // One user asking in a row is a conversation: a line may first say how a question was understood.
      expect(messageData(json).embeds[0]?.description).toMatch(/^> /m);
    }
  });

  it('answers autocomplete with 1 to 25 valid choices (type 8)', async () => {
    const { status, json } = await post(
      interaction(4, {
        name: 'axis',
        type: 1,
        options: [{ name: 'question', type: 3, value: 'osteo', focused: true }],
      }),
    );
    expect(status).toBe(200);
    expect(json.type).toBe(8);
    const choices = (json.data as { choices: Array<{ name: string; value: string }> }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choiceProblems(choices)).toEqual([]);
  });

  it('pages an answer with its button (type 7), statelessly, for its owner only', async () => {
    const first = messageData((await post(ask('How does depression affect bones?'))).json);
    const more = first.components.flatMap((row) => row.components).find((b) => b.label === 'More passages');
    expect(decodeButtonId(String(more?.custom_id))).toMatchObject({ action: 'page', ownerId: USER.id, page: 1 });

    const click = (user: typeof USER) =>
      post(interaction(3, { custom_id: String(more?.custom_id), component_type: 2 }, user));
    const paged = await click(USER);
    expect(paged.status).toBe(200);
    expect(paged.json.type).toBe(7);
    expect(messageData(paged.json).embeds[0]?.footer?.text).toMatch(/^Passage 2 of \d+$/);

    const stranger = await click(STRANGER);
    expect(stranger.json.type).toBe(4);
    expect(messageData(stranger.json).flags).toBe(64);
    expect(messageData(stranger.json).embeds[0]?.description).toBe(MESSAGES.notYours);
  });

  it('answers /healthz with the numbers of articles and passages', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const expected = loadKnowledgeBase(join(PROJECT_ROOT, 'content')).stats;
    expect(await res.json()).toEqual({
      status: 'ok',
      articles: expected.articles,
      passages: expected.passages,
      contentChangedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(expected.passages).toBeGreaterThan(0);
  });

  it('logs each interaction with its id, command and handling time, and no tokens or key', async () => {
    const sent = ask('What is osteopontin?');
    await post(sent);
    const line = await served.waitForLog(
      (l) => l.msg === 'interaction answered' && l.interactionId === sent.id,
      'the interaction log line',
    );
    expect(line).toMatchObject({ command: 'ask', interactionType: 2, responseType: 4 });
    expect(typeof line.handleMs).toBe('number');
    expect(served.stderr()).not.toContain(String(sent.token));
    expect(served.stderr()).not.toContain(keys.publicKeyHex);
  });

  it('stops on SIGTERM with exit 0', async () => {
    served.child.kill('SIGTERM');
    expect(await served.exited).toEqual({ code: 0, signal: null });
    expect(served.logs.map((l) => l.msg)).toContain('stopped');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('npm run serve: bad configuration', () => {
  it('a DISCORD_PUBLIC_KEY that is not 64 hex characters: one clear line, exit 2, nothing listening', async () => {
    const bad = startServe({ DISCORD_PUBLIC_KEY: 'not-a-key' });
    const exit = await bad.exited;
    expect(exit.code).toBe(2);
    expect(bad.stderr().trim()).toBe(
      'Cannot serve: the configuration is not valid (see .env.example): DISCORD_PUBLIC_KEY must be 64 hexadecimal characters ' +
        '(Developer Portal > General Information).',
    );
    expect(bad.logs.map((l) => l.msg)).not.toContain('listening for Discord interactions');
  });

  it('every problem at once, still on one line, without echoing the key', async () => {
    const bad = startServe({ DISCORD_PUBLIC_KEY: `${'ab'.repeat(31)}zz`, INTERACTIONS_PORT: '99999' });
    expect((await bad.exited).code).toBe(2);
    const lines = bad.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot serve: .*DISCORD_PUBLIC_KEY.*INTERACTIONS_PORT must be a port number/);
    expect(bad.stderr()).not.toContain('ab'.repeat(31));
  });

  it('a port already in use: one clear line, exit 1', async () => {
    const first = startServe({ DISCORD_PUBLIC_KEY: keys.publicKeyHex });
    const listening = await first.waitForLog((l) => l.msg === 'listening for Discord interactions', 'listening');
    try {
      const second = startServe({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, INTERACTIONS_PORT: String(listening.port) });
      expect((await second.exited).code).toBe(1);
      expect(second.stderr().trim().split('\n').at(-1)).toBe(
        `Cannot serve: 127.0.0.1:${listening.port} is already in use: set INTERACTIONS_PORT to a free port.`,
      );
    } finally {
      first.child.kill('SIGTERM');
      expect((await first.exited).code).toBe(0);
    }
  });
});

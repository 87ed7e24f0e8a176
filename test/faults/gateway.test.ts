/**
 * Fault and abuse suite, part 2: the gateway bot (runGatewayBot, the real discord.js Client) against the loopback
 * fake Discord when things go wrong: the socket dropped mid-session (resume, and re-identify when the session is
 * gone), REST 500s and 429s on interaction callbacks and channel replies, and a rate limit that outlives the
 * interaction. The bot must retry as discord.js does, never crash, and the user must get the answer, or the operator
 * a clear error. Every wait is on what the fake recorded or logged, with a timeout; the figures are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotConfig, contentDir, loadConfig } from '../../src/config.js';
import { type GatewayBot, runGatewayBot } from '../../src/discord/bot.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { expectWithinDiscordRules } from '../discord/discord-rules.js';
import {
  type FakeDiscord,
  type FakeInteraction,
  type RecordedRequest,
  startFakeDiscord,
} from '../support/fake-discord/fake-discord.js';
import { type LogLine, parsedLogger } from '../support/logged-process.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const CALLBACK = 'POST /interactions/:id/:token/callback';
const QUESTION = 'Which hormone released by bones can cross the blood-brain barrier?';

const botConfig = (fake: FakeDiscord): BotConfig =>
  loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase }, 'gateway');

const figures: string[] = [];
const ms = (value: number) => `${value.toFixed(0)} ms`;

afterAll(() => {
  for (const line of figures) console.log(`[faults/gateway] ${line}`);
  console.log(
    `[faults/gateway] summary: ${figures.length} faults survived; ${figures.map((f) => f.split(':')[0]).join('; ')}`,
  );
});

/** The interaction's callback attempts, in order: [status, faulted?]. */
function attemptsOf(fake: FakeDiscord, sent: FakeInteraction): RecordedRequest[] {
  return fake.requests.filter(
    (r) => r.method === 'POST' && r.path === `/interactions/${sent.id}/${sent.token}/callback`,
  );
}

async function expectAnswered(fake: FakeDiscord, sent: FakeInteraction, timeoutMs = 10_000) {
  const callback = await fake.waitForCallback(sent.id, timeoutMs);
  expect(callback.type).toBe(4);
  expectWithinDiscordRules(callback.data);
  return callback;
}

const ask = (fake: FakeDiscord) => fake.sendCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]);

describe('the gateway bot under faults', () => {
  let fake: FakeDiscord;
  let bot: GatewayBot;
  let logs: LogLine[];
  let kb: KnowledgeBase;

  beforeAll(async () => {
    kb = loadKnowledgeBase(contentDir());
    fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    const sink = parsedLogger();
    logs = sink.lines;
    bot = await runGatewayBot(botConfig(fake), kb, sink.logger);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    // Nothing escaped the bot's handlers, and the fake never failed by itself.
    expect(logs.filter((l) => l.msg === 'unhandled promise rejection')).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
  });

  it('socket dropped mid-session: resumes, gets the interaction sent meanwhile, answers it and the next', async () => {
    const dropped = performance.now();
    expect(fake.dropConnection(0)).toBe(1);
    const missed = ask(fake); // sent while the bot is disconnected: Discord replays it on RESUME
    const resume = await fake.waitForResume(0, 10_000);
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    const callback = await expectAnswered(fake, missed);
    const answeredMs = performance.now() - dropped;
    expect(JSON.stringify(callback.data)).toContain('osteocalcin');
    expect(fake.identifies).toHaveLength(1); // resumed, not re-identified
    await expectAnswered(fake, fake.sendCommand('help'));
    figures.push(
      `socket dropped (1006): resumed and answered the interaction sent during the outage ${ms(answeredMs)} after the drop`,
    );
  });

  it('REST 500 three times on the callback: discord.js retries and the answer lands on the 4th attempt', async () => {
    fake.failNext(CALLBACK, { status: 500 }, 3);
    const started = performance.now();
    const sent = ask(fake);
    await expectAnswered(fake, sent);
    expect(attemptsOf(fake, sent).map((r) => r.status)).toEqual([500, 500, 500, 204]);
    figures.push(`500 ×3 on the callback: answered on attempt 4 in ${ms(performance.now() - started)}`);
  });

  it('REST 500 on every attempt: a clear error in the log after discord.js gives up, and the bot keeps serving', async () => {
    fake.failNext(CALLBACK, { status: 500 }, 4);
    const sent = ask(fake);
    const error = await fake.waitFor(
      () => logs.find((l) => l.msg === 'could not send the response to an interaction' && l.interactionId === sent.id),
      10_000,
      'the error log line',
    );
    expect(attemptsOf(fake, sent).map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(error).toMatchObject({ command: 'ask', level: 50 });
    expect(JSON.stringify(error)).toMatch(/500/);
    // The interaction token never reaches the log, even in the failed request's URL.
    expect(JSON.stringify(logs)).not.toContain(sent.token);
    await expectAnswered(fake, fake.sendCommand('help'));
    figures.push('500 ×4 (all retries): logged "could not send the response", no crash, next interaction answered');
  });

  it('REST 429 with Retry-After on the callback: waits as told, then the answer lands', async () => {
    fake.failNext(CALLBACK, { status: 429, retryAfter: 0.3 });
    const sent = ask(fake);
    await expectAnswered(fake, sent);
    const [limited, landed] = attemptsOf(fake, sent);
    expect([limited?.status, landed?.status]).toEqual([429, 204]);
    const waited = (landed?.at ?? 0) - (limited?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(300);
    figures.push(`429 Retry-After 0.3 s on the callback: retried after ${ms(waited)}, answered`);
  });

  it('a global 429 and a 500 on a reply to a mention: retried, and the reply lands', async () => {
    const channelId = String(fake.guilds[0]?.channels[0]?.id);
    const route = `POST /channels/${channelId}/messages`;
    fake.failNext(route, { status: 429, retryAfter: 0.2, global: true });
    fake.failNext(route, { status: 500 });
    const asked = fake.sendMessage({ content: `<@${fake.botUser.id}> what is osteopontin?` });
    const reply = await fake.waitFor(
      () =>
        fake.requests.find(
          (r) =>
            r.status === 200 &&
            (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === asked.id,
        ),
      10_000,
      'the reply to the mention',
    );
    expectWithinDiscordRules(reply.body);
    const tries = fake.requests.filter(
      (r) =>
        r.path === `/channels/${channelId}/messages` &&
        (r.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === asked.id,
    );
    expect(tries.map((r) => r.status)).toEqual([429, 500, 200]);
    figures.push(
      `global 429 then 500 on a channel reply: reply landed on attempt 3 after ${ms(reply.at - (tries[0]?.at ?? 0))}`,
    );
  });

  // Last: a new IDENTIFY waits for the identify window opened by the first one (5 s).
  it('resume refused (INVALID_SESSION): re-identifies and answers the next interaction', async () => {
    const before = fake.identifies.length;
    const dropped = performance.now();
    fake.dropConnection(0, { invalidateSession: true });
    await fake.waitFor(() => fake.identifies.length > before, 15_000, 'a new IDENTIFY after INVALID_SESSION');
    expect(fake.resumes.some((r) => !r.ok)).toBe(true);
    await expectAnswered(fake, fake.sendCommand('help'));
    // discord.js spaces IDENTIFYs of a shard 5 s apart, as Discord requires: most of this figure is that wait.
    figures.push(
      `resume refused (INVALID_SESSION): re-identified and answered ${ms(performance.now() - dropped)} after the drop ` +
        '(discord.js waits out the 5 s identify window since the first IDENTIFY)',
    );
  });
});

describe('a rate limit that outlives the interaction', () => {
  it('Discord answers Unknown interaction; the bot logs it clearly and answers the next one', async () => {
    // Discord accepts a callback for 3 s; scaled down here so the test stays fast.
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 500, interactionDeadlineMs: 600 });
    const sink = parsedLogger();
    const bot = await runGatewayBot(botConfig(fake), loadKnowledgeBase(contentDir()), sink.logger);
    try {
      fake.failNext(CALLBACK, { status: 429, retryAfter: 0.8 });
      const sent = ask(fake);
      const error = await fake.waitFor(
        () =>
          sink.lines.find(
            (l) => l.msg === 'could not send the response to an interaction' && l.interactionId === sent.id,
          ),
        10_000,
        'the error log line',
      );
      expect(attemptsOf(fake, sent).map((r) => r.status)).toEqual([429, 404]);
      expect(JSON.stringify(error)).toMatch(/Unknown interaction|10062/);
      await expectAnswered(fake, fake.sendCommand('help'));
      figures.push(
        '429 longer than the interaction lives: 404 Unknown interaction logged clearly, no crash, next answered',
      );
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});

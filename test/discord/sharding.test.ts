/**
 * Sharding end to end: the real `node dist/src/cli/start.js` with SHARD_COUNT set runs discord.js's ShardingManager,
 * one child process per shard, against the loopback fake Discord (through DISCORD_API_BASE, "auto" included).
 * Needs the build (npm test builds first). Every wait is on what the fake recorded or on a log line, with a timeout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/fake-discord.js';
import { guildIdForShard } from '../support/fake-discord/fake-discord-model.js';
import { type LoggedProcess, spawnLogged } from '../support/logged-process.js';
import { choiceProblems, expectWithinDiscordRules } from './discord-rules.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const START = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js');
const QUESTION = 'Which hormone released by bones can cross the blood-brain barrier?';

type Bot = LoggedProcess;

const running: Bot[] = [];

function startBot(env: Record<string, string>): Bot {
  const bot = spawnLogged(START, env, 'the bot');
  running.push(bot);
  return bot;
}

/** Whether a process is still running; an exited one that its new parent has not reaped yet (a zombie) is not. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // /proc/<pid>/stat: "pid (comm) state ..."; Z is a zombie (Linux; elsewhere signal 0 has to do).
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

let fake: FakeDiscord | undefined;

afterEach(async () => {
  for (const bot of running.splice(0)) {
    if (bot.child.exitCode === null && bot.child.signalCode === null) {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
    // A failed test must not leave shard processes behind.
    for (const pid of new Set(bot.logs.map((l) => l.pid)))
      if (typeof pid === 'number' && isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  await fake?.close();
  fake = undefined;
});

/** Sends /ask in a guild and returns the callback, checked against Discord's rules. */
async function askIn(discord: FakeDiscord, guildId: string) {
  const sent = discord.sendCommand('ask', [{ name: 'question', type: 3, value: QUESTION }], { guild_id: guildId });
  const callback = await discord.waitForCallback(sent.id, 15_000);
  expect(callback.type).toBe(4);
  expectWithinDiscordRules(callback.data);
  expect(JSON.stringify(callback.data)).toContain('osteocalcin');
  return sent;
}

/** Runs a started, sharded bot through the checks every shard count shares, then stops it with SIGTERM. */
async function checkShardedBot(
  discord: FakeDiscord,
  bot: Bot,
  shardCount: number,
  beforeStop?: (answeredBy: Map<number, number>) => Promise<void>,
) {
  const started = performance.now();
  await bot.waitForLog((l) => l.msg === 'all shards ready', 'all shards ready');
  const readyMs = performance.now() - started;

  // Each shard identified once, with [id, count], from its own process.
  const identifies = await Promise.all([...Array(shardCount).keys()].map((id) => discord.waitForIdentify(id)));
  expect(identifies.map((i) => [i.shardId, i.shardCount])).toEqual(
    [...Array(shardCount).keys()].map((id) => [id, shardCount]),
  );
  expect(discord.identifies).toHaveLength(shardCount);
  for (const identify of identifies) expect(identify.token).toBe(TOKEN);

  // An interaction from a guild routed to shard k is answered by the process of shard k.
  const answeredBy = new Map<number, number>();
  for (const guild of discord.guilds) {
    const shardId = discord.shardForGuild(guild.id, shardCount);
    const sent = await askIn(discord, guild.id);
    const line = await bot.waitForLog(
      (l) => l.msg === 'interaction answered' && l.interactionId === sent.id,
      `the log line of interaction ${sent.id}`,
    );
    expect(line.shardId).toBe(shardId);
    expect(line.pid).not.toBe(bot.child.pid);
    answeredBy.set(shardId, Number(line.pid));
  }
  expect([...answeredBy.keys()].sort()).toEqual([...Array(shardCount).keys()]);
  expect(new Set(answeredBy.values()).size).toBe(shardCount);

  // Autocomplete goes through the shards too.
  const last = discord.guilds[discord.guilds.length - 1];
  const auto = discord.sendInteraction({
    type: 4,
    guild_id: last?.id ?? null,
    data: { name: 'axis', type: 1, options: [{ name: 'question', type: 3, value: 'osteo', focused: true }] },
  });
  const choices = (await discord.waitForCallback(auto.id, 15_000)).data as {
    choices: Array<{ name: string; value: string }>;
  };
  expect(choices.choices.length).toBeGreaterThan(0);
  expect(choiceProblems(choices.choices)).toEqual([]);

  await beforeStop?.(answeredBy);

  // SIGTERM to the manager: every shard stops, the manager exits 0, nothing is left running or connected.
  const stopping = performance.now();
  bot.child.kill('SIGTERM');
  const exit = await bot.exited;
  const stopMs = performance.now() - stopping;
  expect(exit).toEqual({ code: 0, signal: null });
  for (const pid of answeredBy.values()) {
    expect(isAlive(pid), `shard process ${pid}`).toBe(false);
    // Each shard stopped by itself (drained, closed its gateway), not killed by the manager.
    expect(bot.logs.some((l) => l.pid === pid && l.msg === 'disconnected from Discord')).toBe(true);
  }
  expect(bot.logs.filter((l) => /killing it|second signal/.test(String(l.msg)))).toEqual([]);
  await discord.waitFor(() => discord.sessions().every((s) => !s.connected), 5000, 'every gateway socket to close');
  expect(bot.stderr()).not.toContain(TOKEN);
  expect(bot.stderr()).not.toMatch(/Cannot start|\n\s+at /);
  console.log(
    `[sharding] SHARD_COUNT → ${shardCount} shards: ready in ${readyMs.toFixed(0)} ms (manager + ${shardCount} ` +
      `processes), SIGTERM → exit 0 in ${stopMs.toFixed(0)} ms`,
  );
}

describe('npm start with SHARD_COUNT (discord.js ShardingManager, one process per shard)', () => {
  it('SHARD_COUNT=auto asks /gateway/bot through DISCORD_API_BASE, runs 2 shards that each answer, and stops on SIGTERM', async () => {
    fake = await startFakeDiscord({ shards: 2, heartbeatIntervalMs: 500 });
    const bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, SHARD_COUNT: 'auto' });
    await checkShardedBot(fake, bot, 2, async (answeredBy) => {
      // A shard process that dies is respawned by the manager: it identifies again and answers again.
      const discord = fake as FakeDiscord;
      const victim = Number(answeredBy.get(1));
      process.kill(victim, 'SIGKILL');
      await bot.waitForLog((l) => l.msg === 'shard process exited; respawning it' && l.shardId === 1, 'the respawn');
      await discord.waitFor(
        () => discord.identifies.filter((i) => i.shardId === 1).length === 2,
        20_000,
        'a new IDENTIFY',
      );
      const guild = discord.guilds.find((g) => discord.shardForGuild(g.id, 2) === 1);
      const sent = await askIn(discord, String(guild?.id));
      const line = await bot.waitForLog((l) => l.interactionId === sent.id, 'the answer of the respawned shard');
      expect(line.shardId).toBe(1);
      expect([victim, bot.child.pid, answeredBy.get(0)]).not.toContain(line.pid);
      answeredBy.set(1, Number(line.pid));
    });
    // The manager asked for the recommendation (with the bot token), each shard for the gateway URL.
    const asked = fake.requests.filter((r) => r.method === 'GET' && r.path === '/gateway/bot');
    expect(asked.length).toBeGreaterThanOrEqual(3);
    expect(asked[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
  }, 60_000);

  it('SHARD_COUNT=2 overrides the recommendation of 1', async () => {
    fake = await startFakeDiscord({
      shards: 1,
      heartbeatIntervalMs: 500,
      guilds: [{ id: guildIdForShard(0, 2) }, { id: guildIdForShard(1, 2) }],
    });
    const bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, SHARD_COUNT: '2' });
    await checkShardedBot(fake, bot, 2);
  }, 60_000);

  it('a manager that dies (SIGKILL) takes its shards with it: no orphan stays connected', async () => {
    fake = await startFakeDiscord({ shards: 2, heartbeatIntervalMs: 500 });
    const discord = fake;
    const bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, SHARD_COUNT: 'auto' });
    await bot.waitForLog((l) => l.msg === 'all shards ready', 'all shards ready');
    // A shard reports READY to the manager a moment before it logs 'connected': wait for both lines.
    const connectedPids = () =>
      new Set(bot.logs.filter((l) => l.msg === 'connected to Discord').map((l) => Number(l.pid)));
    await bot.waitForLog(() => connectedPids().size === 2, 'both shards to log that they are connected');
    const shardPids = [...connectedPids()];
    expect(shardPids).toHaveLength(2);
    bot.child.kill('SIGKILL');
    await bot.exited;
    // Each shard sees its IPC channel close, stops cleanly and closes its gateway connection.
    await discord.waitFor(() => discord.sessions().every((s) => !s.connected), 10_000, 'the shards to disconnect');
    // The shards share the manager's stderr pipe: it closes once the last of them has exited.
    await Promise.race([
      bot.stderrClosed,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the shards did not exit')), 10_000).unref()),
    ]);
    for (const pid of shardPids) expect(isAlive(pid), `shard process ${pid}`).toBe(false);
    expect(bot.logs.filter((l) => l.msg === 'the sharding manager went away: stopping')).toHaveLength(2);
  });

  it('without SHARD_COUNT: one process, one connection [0, 1], and SIGTERM stops it with exit 0', async () => {
    fake = await startFakeDiscord({ shards: 2, heartbeatIntervalMs: 500 });
    const bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase });
    await bot.waitForLog((l) => l.msg === 'connected to Discord', 'the bot to connect');
    expect(fake.identifies.map((i) => [i.shardId, i.shardCount])).toEqual([[0, 1]]);
    const sent = await askIn(fake, String(fake.guilds[1]?.id));
    const line = await bot.waitForLog((l) => l.interactionId === sent.id, 'the interaction log line');
    expect(line.pid).toBe(bot.child.pid);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.logs.some((l) => l.msg === 'disconnected from Discord')).toBe(true);
  });

  it('a token Discord refuses: one clear line, exit 1, no shard spawned, the token never printed', async () => {
    fake = await startFakeDiscord({ token: 'MTIz.other.token-that-discord-knows-000000' });
    const bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, SHARD_COUNT: 'auto' });
    const exit = await bot.exited;
    expect(exit.code).toBe(1);
    const lines = bot
      .stderr()
      .split('\n')
      .filter((l) => l.startsWith('Cannot start'));
    expect(lines).toEqual([
      'Cannot start: Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal.',
    ]);
    expect(bot.stderr()).not.toContain(TOKEN);
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
    expect(fake.identifies).toHaveLength(0);
  });

  it('a bad SHARD_COUNT: one clear line and exit 2 (configuration), without contacting Discord', async () => {
    fake = await startFakeDiscord();
    const bot = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, SHARD_COUNT: 'lots' });
    expect((await bot.exited).code).toBe(2);
    expect(bot.stderr().trim()).toBe(
      'Cannot start: the configuration is not valid (see .env.example): SHARD_COUNT must be "auto" or a whole number of shards from 1 (got "lots").',
    );
    expect(fake.requests).toHaveLength(0);
  });
});

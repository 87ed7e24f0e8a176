/**
 * Fault suite, part 3: what a supervisor sees when Discord will not have the bot. A token revoked while the bot
 * runs (close 4004 after READY) or refused at IDENTIFY, a Discord that accepts connections and never answers,
 * and a gateway that keeps refusing reconnects: each ends in one error line naming the cause and the fix and a
 * non-zero exit, or a warning with the attempt count. Loopback only; every wait has a timeout; figures printed.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, loadConfig } from '../../src/config.js';
import { LoginError, runGatewayBot } from '../../src/discord/bot.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/fake-discord.js';
import { parsedLogger, spawnLogged } from '../support/logged-process.js';

const START = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js');

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

const configFor = (apiBase: string) => loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: apiBase }, 'gateway');
const figures: string[] = [];
afterAll(() => {
  for (const line of figures) console.log(`[faults/exits] ${line}`);
});

/** A TCP server on loopback that accepts every connection and never sends a byte. */
async function silentServer(): Promise<{ apiBase: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves with the first truthy value of `check`, polled every 50 ms (log lines arrive on their own schedule). */
function pollFor<T>(check: () => T | undefined, ms: number, what: string): Promise<T> {
  let poll: NodeJS.Timeout | undefined;
  const found = new Promise<T>((resolve) => {
    poll = setInterval(() => {
      const value = check();
      if (value) resolve(value);
    }, 50);
  });
  return within(found, ms, what).finally(() => clearInterval(poll));
}

describe('Discord closes the gateway for good', () => {
  let fake: FakeDiscord | undefined;
  afterAll(async () => fake?.close());

  it('token revoked after READY (4004): npm start logs one error naming DISCORD_TOKEN and exits 1', async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    const bot = spawnLogged(START, { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, CONTENT_DIR: contentDir() });
    try {
      await bot.waitForLog((l) => l.msg === 'connected to Discord', 'the bot to connect', 15_000);
      const revoked = performance.now();
      expect(fake.dropConnection(0, { code: 4004 })).toBe(1);
      const { code } = await within(bot.exited, 15_000, 'the bot to exit');
      const errors = bot.logs.filter((l) => Number(l.level ?? 0) >= 50);
      expect(code).toBe(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.msg).toMatch(/DISCORD_TOKEN.*4004.*Developer Portal/);
      expect(bot.logs.map((l) => l.msg)).toContain('disconnected from Discord');
      expect(
        bot
          .stderr()
          .split('\n')
          .filter((l) => l && !l.startsWith('{')),
      ).toEqual([]);
      expect(bot.stderr()).not.toContain(TOKEN);
      figures.push(`4004 after READY: exit 1 ${(performance.now() - revoked).toFixed(0)} ms later, one error line`);
    } finally {
      bot.child.kill('SIGKILL');
    }
  });

  it('token refused at IDENTIFY (4004) while REST accepts it: a LoginError naming DISCORD_TOKEN', async () => {
    const refusing = await startFakeDiscord({ heartbeatIntervalMs: 500, gatewayToken: 'MTIz.other.token-000000' });
    const { logger, lines } = parsedLogger();
    try {
      const failure = await runGatewayBot(configFor(refusing.apiBase), loadKnowledgeBase(contentDir()), logger).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(LoginError);
      expect((failure as Error).message).toMatch(/^Discord refused DISCORD_TOKEN \(gateway close 4004\)/);
      // It never connected, so it never "disconnected".
      expect(lines.map((l) => l.msg)).not.toContain('disconnected from Discord');
      figures.push('4004 at IDENTIFY: refused with "Discord refused DISCORD_TOKEN (gateway close 4004)..."');
    } finally {
      await refusing.close();
    }
  });

  it('intents withdrawn after READY (4014): the bot reports it lost for good, with the fix', async () => {
    const withdrawing = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    const { logger } = parsedLogger();
    const bot = await runGatewayBot(configFor(withdrawing.apiBase), loadKnowledgeBase(contentDir()), logger);
    try {
      withdrawing.dropConnection(0, { code: 4014 });
      const problem = await within(bot.lost, 10_000, 'the bot to report the lost connection');
      expect(problem).toMatch(/Message Content intent.*4014.*Developer Portal/);
    } finally {
      await bot.stop();
      await withdrawing.close();
    }
  });
});

describe('Discord accepts connections and never answers', () => {
  it('npm start gives up at the deadline with "Discord did not answer within N s"', async () => {
    const silent = await silentServer();
    const { logger, lines } = parsedLogger();
    const started = performance.now();
    try {
      const failure = await runGatewayBot(configFor(silent.apiBase), loadKnowledgeBase(contentDir()), logger, {
        connectTimeoutMs: 1_000,
      }).catch((e: unknown) => e);
      const waited = performance.now() - started;
      expect(failure).toBeInstanceOf(LoginError);
      expect((failure as Error).message).toMatch(/^Discord did not answer within 1 s: check .*DISCORD_API_BASE/);
      expect(lines.map((l) => l.msg)).not.toContain('disconnected from Discord');
      figures.push(`silent Discord, 1 s deadline: npm start gave up after ${waited.toFixed(0)} ms`);
    } finally {
      await silent.close();
    }
  });

  it('npm run deploy gives up at the deadline with the same sentence, exit 1', async () => {
    const silent = await silentServer();
    const { main } = await import('../../src/cli/deploy.js');
    const err: string[] = [];
    const started = performance.now();
    try {
      const code = await main(
        { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_BASE: silent.apiBase },
        { out: () => {}, err: (line) => err.push(line) },
        1_000,
      );
      const waited = performance.now() - started;
      expect(code).toBe(1);
      expect(err).toEqual(['deploy: Discord did not answer within 1 s; check DISCORD_API_BASE and the network.']);
      figures.push(`silent Discord, 1 s deadline: deploy gave up after ${waited.toFixed(0)} ms (one attempt)`);
    } finally {
      await silent.close();
    }
  });
});

describe('a gateway that keeps refusing reconnects', () => {
  it('warns with the attempt count after 5 reconnects in a row, not only info lines', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    const { logger, lines } = parsedLogger();
    const bot = await runGatewayBot(configFor(fake.apiBase), loadKnowledgeBase(contentDir()), logger);
    try {
      await fake.close(); // the gateway's port now refuses every connection
      const warning = await pollFor(
        () => lines.find((l) => l.msg?.startsWith('gateway keeps reconnecting')),
        30_000,
        'the reconnect-loop warning',
      );
      expect(warning).toMatchObject({ level: 40, attempts: 5 });
      const infos = lines.filter((l) => l.msg === 'gateway reconnecting');
      expect(infos.length).toBeGreaterThanOrEqual(4);
      figures.push(`gateway refusing reconnects: warning after ${warning.attempts} attempts in a row`);
    } finally {
      await bot.stop();
    }
  });
});

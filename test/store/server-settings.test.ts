import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuestionLog } from '../../src/store/question-log.js';
import { ServerSettings } from '../../src/store/server-settings.js';
import { BACKENDS, type TestDatabase } from '../support/databases.js';

const GUILD = '400000000000000001';
const OTHER = '400000000000000002';
const ENV_FORUM = '500000000000000001';
const FORUM = '500000000000000002';
const TEXT = '500000000000000003';
const quiet = { warn: () => {}, info: () => {} };
const defaults = { forumChannelIds: [ENV_FORUM], askChannelIds: [], cooldownSeconds: 5 };

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`per-server settings on ${backend.name}`, () => {
    let database: TestDatabase;
    let logs: QuestionLog[];

    beforeEach(async () => {
      database = await backend.create();
      logs = [0, 1].map(() => new QuestionLog({ location: database.location, retentionDays: 90 }, quiet));
      await Promise.all(logs.map((log) => log.firstAttempt));
    });

    afterEach(async () => {
      await Promise.all(logs.map((log) => log.close()));
      await database.drop();
    });

    it('a change on one process applies there at once, and on another within its poll', async () => {
      const [here, there] = await Promise.all(logs.map((log) => new ServerSettings(defaults, log).start(50)));
      if (!here || !there) throw new Error('two settings');
      expect(here.forGuild(GUILD)).toEqual({
        forumChannels: [ENV_FORUM],
        askChannels: [],
        privateByDefault: false,
        cooldownSeconds: 5,
      });
      expect(await here.setChannel(GUILD, FORUM, 'forum', true)).toBe(true);
      expect(await here.setChannel(GUILD, ENV_FORUM, 'forum', false)).toBe(true);
      expect(await here.setChannel(GUILD, TEXT, 'ask', true)).toBe(true);
      expect(await here.setServer(GUILD, { privateByDefault: true })).toBe(true);
      expect(await here.setServer(GUILD, { cooldownSeconds: 30 })).toBe(true);
      const changed = { forumChannels: [FORUM], askChannels: [TEXT], privateByDefault: true, cooldownSeconds: 30 };
      expect(here.forGuild(GUILD)).toEqual(changed);
      await until(() => there.forGuild(GUILD).cooldownSeconds === 30);
      expect(there.forGuild(GUILD)).toEqual(changed);
      expect(there.isChannel('forum', FORUM)).toBe(true);
      expect(there.isChannel('forum', ENV_FORUM)).toBe(false);
      // Another server keeps the defaults, and does not list this server's channels.
      expect(there.forGuild(OTHER, (id) => id !== FORUM && id !== TEXT)).toMatchObject({
        forumChannels: [],
        askChannels: [],
        privateByDefault: false,
        cooldownSeconds: 5,
      });
      // A fresh process reads it all at start.
      const later = await new ServerSettings(defaults, logs[0]).start();
      expect(later.forGuild(GUILD)).toEqual(changed);
      for (const settings of [here, there, later]) settings.close();
    });
  });
}

describe('per-server settings without a store', () => {
  it("are the environment's, and cannot change", async () => {
    const settings = await new ServerSettings(defaults).start();
    expect(settings.writable).toBe(false);
    expect(settings.isChannel('forum', ENV_FORUM)).toBe(true);
    expect(await settings.setServer(GUILD, { cooldownSeconds: 1 })).toBe(false);
    expect(settings.forGuild(GUILD).cooldownSeconds).toBe(5);
  });
});

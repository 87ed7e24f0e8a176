/** `npm run deploy` against the loopback fake Discord: exactly the commands of commands/, in one bulk overwrite. */
import { afterEach, describe, expect, it } from 'vitest';
import { commandSchemas } from '../../commands/index.js';
import { deployCommands, main } from '../../src/cli/deploy.js';
import { contentDir } from '../../src/config.js';
import { loadContent } from '../../src/content/load.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/fake-discord.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function output() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const schemas = () => commandSchemas(loadContent(contentDir()).articles);
const names = () => schemas().map((c) => c.name);

describe('deploy', () => {
  it('registers exactly the commands to the guild, in one PUT, idempotently', async () => {
    fake = await startFakeDiscord();
    const guildId = fake.guilds[0]?.id ?? '';
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_BASE: fake.apiBase,
    };
    const { io, out, err } = output();
    expect(await main(env, io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      `Registered ${names().length} commands to guild ${guildId}: ${names()
        .map((n) => `/${n}`)
        .join(', ')}`,
    ]);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/guilds/${guildId}/commands`]);
    expect(puts[0]?.body).toEqual(schemas());
    expect(puts[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(fake.commands(guildId).map((c) => c.name)).toEqual(names());
    expect(fake.commands(null)).toEqual([]);

    expect(await main(env, io)).toBe(0);
    expect(fake.commands(guildId).map((c) => c.name)).toEqual(names());
  });

  it('registers globally without a guild', async () => {
    fake = await startFakeDiscord();
    const result = await deployCommands({
      token: TOKEN,
      clientId: fake.applicationId,
      apiBase: fake.apiBase,
      contentDir: contentDir(),
    });
    expect(result).toEqual({ scope: { kind: 'global' }, registered: names() });
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
      `/applications/${fake.applicationId}/commands`,
    ]);
    expect(fake.commands(null).map((c) => c.name)).toEqual(names());
  });

  it('explains a refused token in one line, with a non-zero exit and without the token', async () => {
    fake = await startFakeDiscord({ token: 'MTIz.other.token-that-discord-knows-000000' });
    const { io, err } = output();
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_BASE: fake.apiBase };
    expect(await main(env, io)).toBe(1);
    expect(err).toEqual([
      'deploy: Discord answered 401: Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal.',
    ]);
  });

  it('explains an unknown application or a guild the bot is not in', async () => {
    fake = await startFakeDiscord();
    const { io, err } = output();
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase };
    expect(await main({ ...base, DISCORD_CLIENT_ID: '123456789012345678' }, io)).toBe(1);
    expect(
      await main({ ...base, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: '123456789012345678' }, io),
    ).toBe(1);
    expect(err[0]).toMatch(/^deploy: Discord answered 404: unknown application or guild/);
    expect(err[1]).toMatch(/^deploy: Discord answered 403: the bot cannot manage commands in DISCORD_GUILD_ID/);
  });

  it('refuses a bad configuration before calling Discord', async () => {
    const { io, err } = output();
    expect(await main({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: 'me' }, io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/DISCORD_TOKEN is not set/);
    expect(err[0]).toMatch(/DISCORD_CLIENT_ID must be a Discord id/);
    expect(err[0]).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says when Discord cannot be reached', async () => {
    fake = await startFakeDiscord();
    const apiBase = fake.apiBase;
    await fake.close();
    fake = undefined;
    const { io, err } = output();
    expect(
      await main({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_BASE: apiBase }, io),
    ).toBe(1);
    expect(err[0]).toMatch(/^deploy: could not reach Discord .*check DISCORD_API_BASE/);
  });
});

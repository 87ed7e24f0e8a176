/**
 * Proves the real discord.js Client works end to end against the loopback fake Discord: login/READY, intents,
 * interactions and their callbacks, messages and replies, sharding, resume after a dropped socket, and REST
 * retries on injected 5xx/429 faults.
 */
import {
  ApplicationCommandOptionType,
  ChannelType,
  Client,
  type ClientEvents,
  type ClientOptions,
  DiscordAPIError,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  type RateLimitData,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from '../support/fake-discord/fake-discord.js';

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
const INTENT_BITS = (1 << 0) | (1 << 9) | (1 << 12);
const CALLBACK = 'POST /interactions/:id/:token/callback';

let discord: FakeDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.destroy()));
  await discord?.close();
  expect(discord?.internalErrors ?? []).toEqual([]);
  discord = undefined;
});

async function start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  discord = await startFakeDiscord({ heartbeatIntervalMs: 200, ...options });
  return discord;
}

/** The next `event` of `emitter` (for which `filter` holds), or a rejection after `timeoutMs`. */
function next<A extends unknown[]>(
  emitter: {
    on(event: string, fn: (...args: A) => void): unknown;
    off(event: string, fn: (...args: A) => void): unknown;
  },
  event: string,
  filter: (...args: A) => boolean = () => true,
  timeoutMs = 5000,
): Promise<A> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs}ms`));
    }, timeoutMs);
    const listener = (...args: A) => {
      if (!filter(...args)) return;
      clearTimeout(timer);
      emitter.off(event, listener);
      resolve(args);
    };
    emitter.on(event, listener);
  });
}

const nextClientEvent = <K extends keyof ClientEvents>(
  client: Client,
  event: K,
  filter?: (...args: ClientEvents[K]) => boolean,
) => next<ClientEvents[K]>(client as never, event, filter);

/** A logged-in client that reached `clientReady`. */
async function connect(fake: FakeDiscord, options: Partial<ClientOptions> = {}): Promise<Client<true>> {
  const client = new Client({ intents: INTENTS, rest: { api: fake.apiBase }, ...options });
  clients.push(client);
  const ready = nextClientEvent(client, 'clientReady');
  await client.login('fake-token');
  await ready;
  return client as Client<true>;
}

describe('fake Discord with a real discord.js Client', () => {
  it('logs in through /gateway/bot, identifies with the intents and reaches ready with the guilds cached', async () => {
    const fake = await start();
    const client = await connect(fake);

    const identify = await fake.waitForIdentify(0);
    expect(identify).toMatchObject({ shardId: 0, shardCount: 1, token: 'fake-token', intents: INTENT_BITS });
    expect(identify.url).toBe('/?v=10&encoding=json');
    expect(String(identify.properties.browser)).toContain('@discordjs/ws');
    const gatewayBot = await fake.waitForRequest('GET /gateway/bot');
    expect(gatewayBot.headers.authorization).toBe('Bot fake-token');

    expect(client.user.id).toBe(fake.botUser.id);
    expect(client.application.id).toBe(fake.applicationId);
    const [guild] = fake.guilds;
    expect(client.guilds.cache.get(guild?.id ?? '')?.name).toBe(guild?.name);
    expect(client.channels.cache.get(String(guild?.channels[0]?.id))?.type).toBe(ChannelType.GuildText);

    // Heartbeats are acknowledged: discord.js measures a ping instead of declaring the connection a zombie.
    await fake.waitFor(() => client.ws.ping >= 0 && fake.frames.filter((f) => f.op === 1).length >= 2);
    expect(fake.sessions()).toEqual([expect.objectContaining({ shardId: 0, connected: true })]);
  });

  it('delivers a chat-input command as interactionCreate and receives reply, edit and follow-up', async () => {
    const fake = await start();
    const client = await connect(fake);
    const received = nextClientEvent(client, 'interactionCreate');
    const sent = fake.sendCommand('ask', [
      { name: 'question', type: ApplicationCommandOptionType.String, value: 'Why?' },
    ]);

    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
    expect(interaction.id).toBe(sent.id);
    expect(interaction.commandName).toBe('ask');
    expect(interaction.options.getString('question')).toBe('Why?');
    expect(interaction.guildId).toBe(fake.guilds[0]?.id);
    expect(interaction.user.id).toBe(fake.testUser.id);
    expect(interaction.channel?.id).toBe(sent.channel_id);

    await interaction.reply({ content: 'Because.', allowedMentions: { parse: [] } });
    expect(await fake.waitForCallback(sent.id)).toEqual({
      type: 4,
      data: expect.objectContaining({ content: 'Because.', allowed_mentions: { parse: [] } }),
    });
    const callback = await fake.waitForRequest(CALLBACK);
    expect(callback.query).toEqual({ with_response: 'false' });
    expect(callback.headers.authorization).toBeUndefined(); // interaction routes are unauthenticated
    expect(callback.status).toBe(204);

    const edited = await interaction.editReply({ content: 'Because, edited.' });
    expect(edited.content).toBe('Because, edited.');
    expect((await interaction.fetchReply()).content).toBe('Because, edited.');
    const followUp = await interaction.followUp({ content: 'More.', flags: MessageFlags.Ephemeral });
    expect(followUp.content).toBe('More.');
    expect(fake.requests.map((r) => `${r.method} ${r.path.replace(/\/[^/]{30,}/, '/:token')}`)).toEqual(
      expect.arrayContaining([
        `PATCH /webhooks/${fake.applicationId}/:token/messages/@original`,
        `GET /webhooks/${fake.applicationId}/:token/messages/@original`,
        `POST /webhooks/${fake.applicationId}/:token`,
      ]),
    );

    // A second acknowledgement is refused the way Discord does it.
    const again = await client.rest
      .post(`/interactions/${sent.id}/${sent.token}/callback`, {
        body: { type: 4, data: { content: 'x' } },
        auth: false,
      })
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(DiscordAPIError);
    expect((again as DiscordAPIError).code).toBe(40060);
  });

  it('answers with_response=true with the created message', async () => {
    const fake = await start();
    const client = await connect(fake);
    const received = nextClientEvent(client, 'interactionCreate');
    fake.sendCommand('ping');
    const [interaction] = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
    const response = await interaction.deferReply({ withResponse: true });
    expect(response.resource?.message?.author.id).toBe(fake.botUser.id);
    await interaction.editReply('done');
    expect(fake.message(String(response.resource?.message?.id))?.content).toBe('done');
  });

  it("shows a modal only when it is within Discord's rules (title 45, label 45, one input a row)", async () => {
    const fake = await start();
    const client = await connect(fake);
    const modal = (title: string, label: string) => ({
      custom_id: 'why',
      title,
      components: [{ type: 1, components: [{ type: 4, custom_id: 'note', style: 2, label, required: false }] }],
    });
    for (const [title, label, accepted] of [
      ['What were you looking for?', 'What were you looking for?', true],
      ['x'.repeat(46), 'Fine', false],
      ['Fine', 'y'.repeat(46), false],
    ] as const) {
      const received = nextClientEvent(client, 'interactionCreate');
      const sent = fake.sendInteraction({ type: 3, data: { custom_id: 'vote', component_type: 2 } });
      await received;
      const status = await fetch(`${fake.apiBase}/v10/interactions/${sent.id}/${sent.token}/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 9, data: modal(title, label) }),
      }).then((r) => r.status);
      expect(status, title).toBe(accepted ? 204 : 400);
    }
  });

  it('delivers MESSAGE_CREATE as messageCreate and posts message.reply to /channels/:id/messages', async () => {
    const fake = await start();
    const client = await connect(fake);
    const channelId = String(fake.guilds[0]?.channels[0]?.id);

    // Without the privileged MESSAGE_CONTENT intent the content only shows when the bot is mentioned.
    const unmentioned = nextClientEvent(client, 'messageCreate');
    fake.sendMessage({ content: 'just chatting' });
    expect((await unmentioned)[0].content).toBe('');

    const received = nextClientEvent(client, 'messageCreate', (m) => !m.author.bot);
    const sent = fake.sendMessage({ content: `<@${fake.botUser.id}> what is this?` });
    const [message] = await received;
    expect(message.id).toBe(sent.id);
    expect(message.content).toBe(`<@${fake.botUser.id}> what is this?`);
    expect(message.mentions.users.has(fake.botUser.id)).toBe(true);
    expect(message.channelId).toBe(channelId);

    const echoed = nextClientEvent(client, 'messageCreate', (m) => m.author.id === fake.botUser.id);
    const reply = await message.reply({ content: 'It is a test.', allowedMentions: { repliedUser: false } });
    const request = await fake.waitForRequest(`POST /channels/${channelId}/messages`);
    expect(request.body).toMatchObject({ content: 'It is a test.', message_reference: { message_id: sent.id } });
    expect(reply.reference?.messageId).toBe(sent.id);
    expect(reply.mentions.users.size).toBe(0);
    expect((await echoed)[0].id).toBe(reply.id);
    expect(fake.messages(channelId).map((m) => m.id)).toContain(reply.id);

    // Files go as multipart/form-data; the fake parses payload_json into `body` and records the files.
    const channel = client.channels.cache.get(channelId) as TextChannel;
    const withFile = await channel.send({
      content: 'see file',
      files: [{ attachment: Buffer.from('hi'), name: 'a.txt' }],
    });
    const upload = fake.requests.at(-1);
    expect(upload?.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(upload?.body).toMatchObject({ content: 'see file' });
    expect(upload?.files.map((f) => [f.name, f.data.toString()])).toEqual([['a.txt', 'hi']]);
    expect(withFile.attachments.first()?.name).toBe('a.txt');

    await channel.sendTyping();
    await fake.waitForRequest(`POST /channels/${channelId}/typing`);
    const tooLong = await message.reply('x'.repeat(2001)).catch((error: unknown) => error);
    expect((tooLong as DiscordAPIError).code).toBe(50035);
  });

  it('routes each guild to its shard and identifies each shard with [id, count]', async () => {
    const fake = await start({ shards: 2 });
    const [guild0, guild1] = fake.guilds;
    expect(fake.shardForGuild(String(guild0?.id))).toBe(0);
    expect(fake.shardForGuild(String(guild1?.id))).toBe(1);
    const shard0 = await connect(fake, { shards: [0], shardCount: 2 });
    const shard1 = await connect(fake, { shards: [1], shardCount: 2 });

    expect((await fake.waitForIdentify(0)).shardCount).toBe(2);
    expect((await fake.waitForIdentify(1)).shardCount).toBe(2);
    expect([...shard0.guilds.cache.keys()]).toEqual([guild0?.id]);
    expect([...shard1.guilds.cache.keys()]).toEqual([guild1?.id]);

    let wrongShard = false;
    shard0.on('interactionCreate', () => {
      wrongShard = true;
    });
    const received = nextClientEvent(shard1, 'interactionCreate');
    const sent = fake.sendCommand('ping', [], { guild_id: String(guild1?.id) });
    const [interaction] = await received;
    expect(interaction.id).toBe(sent.id);
    expect(wrongShard).toBe(false);
  });

  it('lets one client run both shards (shards: auto takes the count from /gateway/bot)', async () => {
    const fake = await start({ shards: 2 });
    const client = await connect(fake, { shards: 'auto' });
    expect(fake.identifies.map((i) => i.shardCount)).toEqual([2, 2]);
    expect(fake.identifies.map((i) => i.shardId).sort()).toEqual([0, 1]);
    expect(client.guilds.cache.size).toBe(2);
  });

  it('resumes on resume_gateway_url after a dropped connection and replays the missed interaction', async () => {
    const fake = await start();
    const client = await connect(fake);
    const resumed = nextClientEvent(client, 'shardResume');
    expect(fake.dropConnection(0)).toBe(1);
    // Sent while the client is disconnected: Discord keeps it for the session and replays it on RESUME.
    const missed = fake.sendCommand('missed');
    const receivedMissed = nextClientEvent(client, 'interactionCreate', (i) => i.id === missed.id);

    const resume = await fake.waitForResume(0);
    expect(resume.url).toBe('/resume?v=10&encoding=json');
    expect(resume.replayed).toBe(1);
    await resumed;
    await receivedMissed;
    expect(fake.identifies).toHaveLength(1);

    const received = nextClientEvent(client, 'interactionCreate');
    const sent = fake.sendCommand('after');
    const [interaction] = await received;
    if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
    await interaction.reply({ content: 'still here' });
    expect((await fake.waitForCallback(sent.id)).data?.content).toBe('still here');
  });

  it('retries an interaction callback after a 500 and a 429 until it lands', async () => {
    const fake = await start();
    const client = await connect(fake);
    fake.failNext(CALLBACK, { status: 500 });
    fake.failNext(CALLBACK, { status: 429, retryAfter: 0.2 });
    // Interaction routes use discord.js's BurstHandler, which only reports an unexpected 429 on restDebug.
    const debug429 = next<[string]>(client.rest as never, 'restDebug', (m) => m.includes('unexpected 429'));

    const received = nextClientEvent(client, 'interactionCreate');
    const sent = fake.sendCommand('ping');
    const [interaction] = await received;
    if (!interaction.isRepliable()) throw new Error('expected a repliable interaction');
    await interaction.reply({ content: 'eventually' });

    expect((await fake.waitForCallback(sent.id)).data?.content).toBe('eventually');
    const attempts = fake.requests.filter((r) => r.path.endsWith('/callback'));
    expect(attempts.map((r) => [r.status, r.fault])).toEqual([
      [500, true],
      [429, true],
      [204, false],
    ]);
    expect(attempts[1]?.responseHeaders).toMatchObject({
      'retry-after': '0.2',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-scope': 'user',
    });
    expect(attempts[1]?.responseHeaders['x-ratelimit-global']).toBeUndefined();
    expect((attempts[2]?.at ?? 0) - (attempts[1]?.at ?? 0)).toBeGreaterThanOrEqual(200);
    const [message] = await debug429;
    expect(message).toMatch(/Retry After\s*: 250ms/); // Retry-After seconds * 1000 + discord.js's 50 ms offset
    expect(message).toMatch(/Scope\s*: user/);
  });

  it('handles a global 429 on a channel message like discord.js does with real Discord', async () => {
    const fake = await start();
    const client = await connect(fake);
    const channelId = String(fake.guilds[0]?.channels[0]?.id);
    fake.failNext(`POST /channels/${channelId}/messages`, { status: 429, retryAfter: 0.1, global: true });
    const rateLimited = next<[RateLimitData]>(client.rest as never, 'rateLimited');
    const sent = await (client.channels.cache.get(channelId) as TextChannel).send('hello');
    expect(sent.content).toBe('hello');
    // The 429 itself only shows on restDebug; the global block then surfaces as rateLimited (scope hard-coded 'user').
    expect((await rateLimited)[0]).toMatchObject({ global: true });
    const [limited] = fake.requests.filter((r) => r.fault);
    expect(limited?.response).toEqual({
      message: 'You are being rate limited.',
      retry_after: 0.1,
      global: true,
      code: 0,
    });
  });

  it('delivers DMs (with Partials.Channel) and DM interactions on shard 0', async () => {
    const fake = await start();
    const client = await connect(fake, { partials: [Partials.Channel] });
    const received = nextClientEvent(client, 'messageCreate', (m) => !m.author.bot);
    const sent = fake.sendMessage({ guild_id: null, content: 'hello in private' });
    const [message] = await received;
    expect(message.id).toBe(sent.id);
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.content).toBe('hello in private'); // DMs carry content without MESSAGE_CONTENT
    await message.reply('hi');
    await fake.waitForRequest(`POST /channels/${sent.channel_id}/messages`);

    const dmInteraction = nextClientEvent(client, 'interactionCreate');
    const command = fake.sendCommand('ask', [], { guild_id: null });
    const [interaction] = await dmInteraction;
    expect(interaction.guildId).toBeNull();
    expect(interaction.user.id).toBe(fake.testUser.id);
    expect(command.context).toBe(1);
  });

  it('refuses privileged intents that are not enabled, and wrong tokens, like Discord', async () => {
    const fake = await start({ token: 'right-token' });
    const greedy = new Client({ intents: [...INTENTS, GatewayIntentBits.MessageContent], rest: { api: fake.apiBase } });
    clients.push(greedy);
    await expect(greedy.login('right-token')).rejects.toThrow(/disallowed intents/i);
    expect(fake.identifies).toHaveLength(0);

    const wrong = new Client({ intents: INTENTS, rest: { api: fake.apiBase } });
    clients.push(wrong);
    await expect(wrong.login('wrong-token')).rejects.toThrow(/invalid token/i);
    expect(fake.requests.at(-1)).toMatchObject({ path: '/gateway/bot', status: 401 });
  });

  it('stores bulk-overwritten commands, reuses their ids in interactions and 404s unknown routes', async () => {
    const fake = await start();
    const client = await connect(fake);
    const guildId = String(fake.guilds[0]?.id);
    const command = { name: 'ask', description: 'Ask the article a question' };
    const global = await client.application.commands.set([command]);
    const local = await client.application.commands.set([command], guildId);
    expect(fake.commands().map((c) => c.id)).toEqual([...global.keys()]);
    expect(fake.commands(guildId).map((c) => c.id)).toEqual([...local.keys()]);
    expect((await client.application.commands.fetch()).size).toBe(1);
    expect(fake.sendCommand('ask').data.id).toBe([...local.keys()][0]);
    await expect(client.application.commands.set([{ name: 'Bad Name', description: 'x' }])).rejects.toMatchObject({
      code: 50035,
    });

    const missing = await client.rest.get('/definitely/not/a/route').catch((error: unknown) => error);
    expect(missing).toMatchObject({ status: 404, code: 0 });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/definitely/not/a/route', status: 404 });
    expect((await client.application.fetch()).id).toBe(fake.applicationId);
  });
});

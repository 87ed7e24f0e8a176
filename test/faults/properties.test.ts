/**
 * Fault and abuse suite, part 1: property tests (fast-check) over every command handler, through handleInteraction
 * exactly as both front ends call it, over questions asked in channels, and over the renderer itself, with
 * thousands of random and hostile inputs: mentions, markdown and code fences, zero-width and right-to-left
 * characters, 6000-character strings, lone surrogates, emoji, and malformed payloads.
 *
 * For every input: no handler throws (handleInteraction would turn a throw into an error reply: we count them and
 * require none), every payload is within Discord's limits (checked by test/discord/discord-rules.ts, written
 * independently of src/discord/limits.ts), `allowed_mentions.parse` is empty, and no text could resolve a mention.
 * The figures (inputs, handling time percentiles) are printed; nothing asserts on time.
 */
import type { APIInteraction, APIInteractionResponse, GatewayMessageCreateDispatchData } from 'discord-api-types/v10';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsFor } from '../../commands/index.js';
import type { OverviewPart, Reply } from '../../commands/types.js';
import type { Answer, QuotedPassage } from '../../src/answer/answer.js';
import { contentDir } from '../../src/config.js';
import { loadContent } from '../../src/content/load.js';
import type { Article } from '../../src/content/types.js';
import { encodeButtonId } from '../../src/discord/custom-id.js';
import { FloodGuard } from '../../src/discord/flood-guard.js';
import { handleInteraction } from '../../src/discord/interactions.js';
import { replyToMessage } from '../../src/discord/messages.js';
import { renderMessageReply, renderReply } from '../../src/discord/render.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { choiceProblems, messageProblems } from '../discord/discord-rules.js';

const commands = commandsFor(loadContent(contentDir()).articles);
const SEED = Number(process.env.FAULTS_SEED ?? 20_240_611);
const OWNER = '123456789012345678';
const BOT = '999999999999999999';

// ---- Hostile text ----------------------------------------------------------------------------------------------

const PIECES = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '@Here',
  '@\u200beveryone',
  '@\u200deveryone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  `<@${BOT}>`,
  '<:bone:123456789012345678>',
  '<t:1700000000:R>',
  '</ask:123456789012345678>',
  '\\<@123>',
  '\\',
  '\\\\',
  '**',
  '__',
  '*',
  '_',
  '~~',
  '||',
  '`',
  '```',
  '```js\nconsole.log(1)\n```',
  '> ',
  '>>> ',
  '# ',
  '-# ',
  '- ',
  '1. ',
  '[click](https://evil.example/x)',
  'https://discord.gg/abc',
  '](',
  ':',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u202d',
  '\u202a',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u061c',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '😀',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  'é',
  'é',
  'ما هو المحور؟',
  'מה זה?',
  '骨と脳',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  ' ',
  '?',
  '. ',
  'osteocalcin',
  'bone',
  'brain',
  'depression',
  'cortisol',
  'axis',
  'what',
  'is',
  'the',
];

/** Text built from hostile pieces and words, random strings (lone surrogates included), or huge repetitions. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1000, max: 6000 }))
      .map(([parts, length]) =>
        parts
          .join(' ')
          .repeat(Math.ceil(length / (parts.join(' ').length || 1)))
          .slice(0, length),
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '?', '\u200b', '\ud800', '@everyone', 'x'.repeat(6000)) },
);

const snowflake = fc.bigInt({ min: 10n ** 16n, max: 2n ** 63n - 1n }).map(String);

/** Any JSON-ish value, for option values and fields a hostile (or broken) payload may carry. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

// ---- What every response must satisfy --------------------------------------------------------------------------

/**
 * Mention syntax that Discord would render once escapes are removed: `<@id>`, `<@!id>`, `<@&id>` and `<#id>` always
 * (they show as mentions even inside embeds); bare @everyone / @here when `everyone` is set (case-insensitive:
 * stricter than Discord, which only resolves the lower-case forms).
 */
function liveMentions(text: string, everyone: boolean): string[] {
  const pattern = everyone ? /<(@[!&]?|#)\d+>|@(everyone|here)/gi : /<(@[!&]?|#)\d+>/g;
  return [...shownAsMarkdown(text).matchAll(pattern)].map((m) => m[0]);
}

/**
 * The parts of `text` Discord parses for mentions, as in its markdown: outside code spans a backslash escapes the
 * next character (both are dropped here); a run of backticks opens a code span that the same run closes, and
 * everything inside shows literally (dropped too, backslashes included). An unclosed run is plain text.
 */
function shownAsMarkdown(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const close = text.indexOf('`'.repeat(run), i + run);
      if (close !== -1) {
        out += ' ';
        i = close + run;
        continue;
      }
      i += run;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/**
 * The texts where Discord renders markdown and mentions: content, embed titles, descriptions, field names and values.
 * Footers and author names are shown as plain text (no markdown, no mentions), so the renderer rightly leaves them
 * unescaped, and a `<@id>` there is just characters.
 */
function renderedTexts(data: Record<string, unknown>): string[] {
  const texts: string[] = [];
  if (typeof data.content === 'string') texts.push(data.content);
  for (const embed of (data.embeds ?? []) as Array<Record<string, unknown>>) {
    for (const key of ['title', 'description']) if (typeof embed[key] === 'string') texts.push(embed[key] as string);
    for (const field of (embed.fields ?? []) as Array<{ name: string; value: string }>)
      texts.push(field.name, field.value);
  }
  return texts;
}

/**
 * Everything a message must satisfy. `userTextOnly`: every text in it comes from the bot's own content or from the
 * user (true through handleInteraction with the real content, which has no @everyone): then no @everyone or @here
 * may show anywhere, as escapeUserText promises. Otherwise (hostile *content* in the renderer) @everyone/@here are
 * only forbidden in `content`, the one place where they would render as a mention; in an embed they are plain text.
 */
function messageViolations(data: unknown, userTextOnly: boolean): string[] {
  const json = data as Record<string, unknown>;
  const problems = messageProblems(json);
  const mentions = [
    ...renderedTexts(json).flatMap((text) => liveMentions(text, userTextOnly)),
    ...liveMentions(typeof json.content === 'string' ? json.content : '', true),
  ];
  if (mentions.length > 0) problems.push(`live mentions: ${mentions.slice(0, 3).join(' ')}`);
  return problems;
}

function responseViolations(interaction: APIInteraction, response: APIInteractionResponse): string[] {
  const json = JSON.parse(JSON.stringify(response)) as { type: number; data?: Record<string, unknown> };
  const expected: Record<number, number[]> = { 2: [4], 3: [4, 7], 4: [8] };
  const problems: string[] = [];
  if (!expected[interaction.type]?.includes(json.type)) problems.push(`type ${json.type} for ${interaction.type}`);
  if (json.type === 8) {
    const choices = (json.data?.choices ?? []) as Array<{ name: unknown; value: unknown }>;
    problems.push(...choiceProblems(choices));
  } else {
    problems.push(...messageViolations(json.data, true));
  }
  return problems;
}

// ---- Figures ---------------------------------------------------------------------------------------------------

interface Figures {
  name: string;
  times: number[];
  handlerErrors: number;
}
const figures: Figures[] = [];
/** Inputs whose response broke a rule (fast-check then shrinks them, so a few more are counted while it does). */
let violations = 0;

function expectNone(problems: string[]): void {
  if (problems.length > 0) violations += 1;
  expect(problems).toEqual([]);
}

function timed<T>(f: Figures, run: () => T): T {
  const start = performance.now();
  const out = run();
  f.times.push(performance.now() - start);
  return out;
}

async function timedAsync<T>(f: Figures, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await run();
  f.times.push(performance.now() - start);
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function describeFigures(f: Figures): string {
  const sorted = [...f.times].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  return (
    `${f.name}: ${sorted.length} inputs, ${f.handlerErrors} handler errors, ` +
    `p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, ` +
    `max ${(sorted.at(-1) ?? 0).toFixed(2)} ms, total ${total.toFixed(0)} ms`
  );
}

afterAll(() => {
  for (const f of figures) console.log(`[faults/properties] ${describeFigures(f)}`);
  const inputs = figures.reduce((n, f) => n + f.times.length, 0);
  const worst = Math.max(0, ...figures.flatMap((f) => f.times));
  console.log(
    `[faults/properties] summary: ${inputs} hostile inputs over every command, autocomplete, button, channel ` +
      `question and the renderer; ${figures.reduce((n, f) => n + f.handlerErrors, 0)} handler throws, ${violations} ` +
      `inputs with a limit or mention violation; slowest ${worst.toFixed(1)} ms (seed ${SEED})`,
  );
});

// ---- Interactions --------------------------------------------------------------------------------------------

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase(contentDir());
});

let nextId = 1n;
function payload(type: number, data: unknown, userId: string | undefined, inGuild: boolean): APIInteraction {
  nextId += 1n;
  const user = userId === undefined ? undefined : { id: userId, username: 'someone' };
  return {
    id: String(1_000_000_000_000_000_000n + nextId),
    application_id: '222222222222222222',
    token: 'interaction-token',
    version: 1,
    type,
    channel_id: '333333333333333333',
    ...(inGuild
      ? { guild_id: '444444444444444444', ...(user ? { member: { user, roles: [], permissions: '0' } } : {}) }
      : user
        ? { user }
        : {}),
    data,
  } as unknown as APIInteraction;
}

/** The options a command really declares, with hostile values (and sometimes the wrong types). */
function optionsFor(commandName: string): fc.Arbitrary<unknown[]> {
  const schema = commands.find((c) => c.schema.name === commandName)?.schema;
  const declared = (schema && 'options' in schema ? (schema.options ?? []) : []) as Array<{
    name: string;
    type: number;
  }>;
  const one = (o: { name: string; type: number }) =>
    fc.record({
      name: fc.constant(o.name),
      type: fc.constant(o.type),
      value: o.type === 5 ? fc.oneof(fc.boolean(), junk) : fc.oneof({ weight: 4, arbitrary: hostileText }, junk),
    });
  return fc.oneof(
    { weight: 6, arbitrary: fc.subarray(declared).chain((subset) => fc.tuple(...subset.map(one))) },
    // Unknown, repeated or malformed options, as nothing but a bug (or a forged payload) would send.
    {
      weight: 1,
      arbitrary: fc.array(fc.oneof(fc.record({ name: hostileText, type: fc.integer(), value: junk }), junk), {
        maxLength: 6,
      }),
    },
  );
}

/** Slash commands (message commands have no options, and never page: theirs page as /ask). */
const commandNames = commands.filter((c) => !('type' in c.schema && c.schema.type === 3)).map((c) => c.schema.name);
const messageCommandNames = commands.filter((c) => 'type' in c.schema && c.schema.type === 3).map((c) => c.schema.name);
const userIdArb = fc.oneof({ weight: 9, arbitrary: fc.constant(OWNER) }, { weight: 1, arbitrary: snowflake });

const commandInteraction = fc
  .tuple(
    // Registered names, and names of commands that no longer exist (Discord only sends valid command names).
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...commandNames) },
      { weight: 1, arbitrary: fc.stringMatching(/^[-_a-z0-9]{1,32}$/) },
    ),
    userIdArb,
    fc.boolean(),
  )
  .chain(([name, userId, inGuild]) =>
    optionsFor(name).map((options) =>
      payload(2, { id: '555555555555555555', type: 1, name, options }, userId, inGuild),
    ),
  );

/** "Ask the article" on a message whose text is hostile (or missing, as a forged payload would have it). */
const messageCommandInteraction = fc
  .tuple(fc.constantFrom(...messageCommandNames), fc.option(hostileText), userIdArb, fc.boolean())
  .map(([name, text, userId, inGuild]) =>
    payload(
      2,
      {
        id: '555555555555555556',
        type: 3,
        name,
        target_id: '777777777777777777',
        resolved: { messages: { '777777777777777777': text === null ? {} : { content: text } } },
      },
      userId,
      inGuild,
    ),
  );

const autocompleteInteraction = fc
  .tuple(
    fc.constantFrom(...commandNames),
    fc.constantFrom('question', 'tag', 'private', 'other'),
    hostileText,
    fc.boolean(),
  )
  .map(([name, option, value, inGuild]) =>
    payload(4, { id: '5', type: 1, name, options: [{ name: option, type: 3, value, focused: true }] }, OWNER, inGuild),
  );

/** Buttons: ids our renderer makes, with hostile inputs and pages, clicked by the owner or someone else; or junk. */
const buttonInteraction = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .record({
            action: fc.constantFrom('page' as const, 'post' as const),
            command: fc.constantFrom(...commandNames),
            page: fc.integer({ min: -3, max: 1200 }),
            private: fc.boolean(),
            clipped: fc.boolean(),
            input: hostileText,
          })
          .map((key) => encodeButtonId({ ...key, ownerId: OWNER })),
      },
      { weight: 1, arbitrary: hostileText },
    ),
    fc.oneof({ weight: 4, arbitrary: fc.constant(OWNER) }, { weight: 1, arbitrary: snowflake }),
  )
  .map(([customId, clicker]) => payload(3, { custom_id: customId, component_type: 2 }, clicker, true));

async function checkInteractions(name: string, arbitrary: fc.Arbitrary<APIInteraction>, numRuns: number) {
  const f: Figures = { name, times: [], handlerErrors: 0 };
  figures.push(f);
  const logger = {
    error: () => {
      f.handlerErrors += 1;
    },
  };
  await fc.assert(
    fc.asyncProperty(arbitrary, async (interaction) => {
      const errorsBefore = f.handlerErrors;
      const response = await timedAsync(f, () => handleInteraction(interaction, kb, { logger }));
      const problems = responseViolations(interaction, response);
      if (f.handlerErrors > errorsBefore) problems.push('a handler threw');
      expectNone(problems);
    }),
    { numRuns, seed: SEED },
  );
  expect(f.handlerErrors).toBe(0);
}

describe('every command handler, through handleInteraction, with hostile input', () => {
  it('slash commands: no throw, within every limit, nothing that pings', async () => {
    await checkInteractions('commands', commandInteraction, 2500);
  });

  it('message commands: no throw, within every limit, nothing that pings', async () => {
    await checkInteractions('message commands', messageCommandInteraction, 500);
  });

  it('autocomplete: no throw, at most 25 choices of 1 to 100 characters', async () => {
    await checkInteractions('autocomplete', autocompleteInteraction, 1500);
  });

  it('buttons (paging and posting, by the owner or not, and junk ids): no throw, within every limit', async () => {
    await checkInteractions('buttons', buttonInteraction, 1500);
  });

  it('payloads Discord would never send (junk data, hostile command names): a polite answer, never a throw', async () => {
    const forged = fc.oneof(
      fc
        .tuple(fc.constantFrom(2, 3, 4, 5, 6, 99), junk, fc.oneof(fc.constant(OWNER), fc.constant(undefined)))
        .map(([type, data, userId]) => payload(type, data, userId, true)),
      fc
        .tuple(fc.constantFrom(2, 4), hostileText)
        .map(([type, name]) => payload(type, { id: '5', type: 1, name, options: [] }, OWNER, true)),
    );
    const f: Figures = { name: 'forged', times: [], handlerErrors: 0 };
    figures.push(f);
    const logger = {
      error: () => {
        f.handlerErrors += 1;
      },
    };
    await fc.assert(
      fc.asyncProperty(forged, async (interaction) => {
        const response = await timedAsync(f, () => handleInteraction(interaction, kb, { logger }));
        const json = JSON.parse(JSON.stringify(response)) as { type: number; data?: Record<string, unknown> };
        // An unknown command's name is shown back (in an embed, where @everyone is plain text).
        expectNone(
          json.type === 8 ? choiceProblems((json.data?.choices ?? []) as never[]) : messageViolations(json.data, false),
        );
      }),
      { numRuns: 1000, seed: SEED },
    );
    expect(f.handlerErrors).toBe(0);
  });
});

describe('questions asked in channels, with hostile content', () => {
  it('a reply (or none) within every limit, replying without pinging its author', async () => {
    const f: Figures = { name: 'channel questions', times: [], handlerErrors: 0 };
    figures.push(f);
    let answered = 0;
    const message = fc.tuple(hostileText, fc.boolean(), fc.boolean(), snowflake, fc.constantFrom(0, 19, 7)).map(
      ([text, mention, inGuild, author, type]) =>
        ({
          id: `${text.length}${mention ? 1 : 0}${author}`.slice(0, 19),
          channel_id: '333333333333333333',
          ...(inGuild ? { guild_id: '444444444444444444' } : {}),
          type,
          author: { id: author, username: 'someone' },
          content: mention ? `<@${BOT}> ${text}` : text,
          mentions: [],
          mention_roles: [],
          mention_everyone: false,
          attachments: [],
          embeds: [],
          timestamp: new Date().toISOString(),
        }) as unknown as GatewayMessageCreateDispatchData,
    );
    fc.assert(
      fc.property(message, (msg) => {
        const guard = new FloodGuard();
        const reply = timed(f, () =>
          replyToMessage(msg, { botUserId: BOT, isAskChannel: (id) => id === '333333333333333333' }, guard, kb),
        );
        if (!reply) return;
        answered += 1;
        expectNone(messageViolations(reply, true));
        expect(reply.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
      }),
      { numRuns: 1000, seed: SEED },
    );
    expect(answered).toBeGreaterThan(100);
  });
});

// ---- The renderer, with hostile Replies ----------------------------------------------------------------------

/**
 * Text from the content folder: as hostile, except for lone surrogates, which UTF-8 files cannot hold (decoding
 * turns bad bytes into U+FFFD). What the user typed (the question, the paging input) stays fully hostile.
 */
const contentText = hostileText.map((text) => text.replace(/\p{Cs}/gu, '\uFFFD'));

const passageArb: fc.Arbitrary<QuotedPassage> = fc
  .record({
    text: contentText,
    articleId: fc.constant('bone-brain-axis'),
    article: contentText,
    publisher: fc.option(contentText, { nil: undefined }),
    paragraph: fc.integer({ min: 0, max: 100_000 }),
    score: fc.double({ noNaN: true }),
    highlights: fc.array(fc.tuple(fc.integer({ min: -10, max: 7000 }), fc.integer({ min: -10, max: 7000 })), {
      maxLength: 6,
    }),
  })
  .map((p) => (p.publisher === undefined ? { ...p, publisher: undefined } : p) as QuotedPassage);

const answerArb: fc.Arbitrary<Answer> = fc.record({
  question: hostileText,
  passages: fc.array(passageArb, { maxLength: 6 }),
  suggestions: fc.array(contentText, { maxLength: 8 }),
});

const articleArb: fc.Arbitrary<Article> = fc.record({
  id: fc.constant('bone-brain-axis'),
  title: contentText,
  headline: fc.option(contentText, { nil: undefined }),
  publisher: fc.option(contentText, { nil: undefined }),
  url: fc.option(fc.oneof(fc.webUrl(), contentText, fc.constant('javascript:alert(1)')), { nil: undefined }),
  published: fc.option(contentText, { nil: undefined }),
  authors: fc.array(contentText, { maxLength: 30 }),
  study: fc.option(
    fc.record({
      kind: fc.option(contentText, { nil: undefined }),
      title: fc.option(contentText, { nil: undefined }),
      journal: fc.option(contentText, { nil: undefined }),
      authors: fc.array(fc.record({ name: contentText, affiliation: fc.option(contentText, { nil: undefined }) }), {
        maxLength: 60,
      }),
    }),
    { nil: undefined },
  ),
  tags: fc.array(contentText, { maxLength: 5 }),
  overview: fc.constant([]),
  questions: fc.constant([]),
  passages: fc.constant([]),
  file: fc.constant('content/x.md'),
}) as unknown as fc.Arbitrary<Article>;

const pagingArb = fc.record({ command: fc.constantFrom(...commandNames), input: hostileText });

const replyArb: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    answer: answerArb,
    page: fc.integer({ min: -5, max: 20 }),
    paging: pagingArb,
    heading: fc.option(hostileText, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('overview' as const),
    article: articleArb,
    parts: fc.array(fc.record({ heading: contentText, passage: passageArb }) as fc.Arbitrary<OverviewPart>, {
      maxLength: 30,
    }),
  }),
  fc.record({
    kind: fc.constant('tags' as const),
    tags: fc.array(fc.record({ tag: hostileText, articleId: fc.constantFrom('a', 'b'), article: hostileText }), {
      maxLength: 120,
    }),
    page: fc.integer({ min: -5, max: 20 }),
    paging: pagingArb,
  }),
  fc.record({ kind: fc.constant('citation' as const), article: articleArb }),
  fc.record({
    kind: fc.constant('help' as const),
    // Help lists our own commands: names as Discord allows them; descriptions and usage lines from the code.
    commands: fc.array(
      fc.record({
        name: fc.stringMatching(/^[-_a-z0-9]{1,32}$/),
        description: hostileText,
        // A usage line is one short line of our code (no lone surrogates), shown as a code span: hostile, but short.
        usage: hostileText.map((text) => text.slice(0, 200).replace(/\p{Cs}/gu, '')),
      }),
      { maxLength: 30 },
    ),
  }),
  fc.record({
    kind: fc.constant('notice' as const),
    tone: fc.constantFrom('info' as const, 'error' as const),
    message: hostileText,
  }),
) as fc.Arbitrary<Reply>;

describe('the renderer, with hostile replies', () => {
  it('every reply, in every context, renders within every limit with nothing that pings', async () => {
    const f: Figures = { name: 'renderer', times: [], handlerErrors: 0 };
    figures.push(f);
    const context = fc.record({
      private: fc.boolean(),
      inputClipped: fc.boolean(),
      command: fc.option(fc.constantFrom(...commandNames), { nil: undefined }),
      asMessageReply: fc.boolean(),
    });
    fc.assert(
      fc.property(replyArb, context, (reply, ctx) => {
        const data = timed(f, () =>
          ctx.asMessageReply
            ? renderMessageReply(reply, OWNER, { messageId: '1', channelId: '2', guildId: '3' })
            : renderReply(reply, {
                ownerId: OWNER,
                private: ctx.private,
                inputClipped: ctx.inputClipped,
                ...(ctx.command ? { command: ctx.command } : {}),
              }),
        );
        expectNone(messageViolations(data, false));
        // The question is the user's: shown back as the answer's title, it can never look like a mention.
        if (reply.kind === 'answer') {
          for (const embed of data.embeds) expect(liveMentions(embed.title ?? '', true)).toEqual([]);
        }
      }),
      { numRuns: 2500, seed: SEED },
    );
  });
});

import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { commandsFor } from '../../commands/index.js';
import type { Answer } from '../../src/answer/answer.js';
import { ConversationMemory } from '../../src/answer/conversations.js';
import { contentDir } from '../../src/config.js';
import { decodeButtonId, encodeButtonId } from '../../src/discord/custom-id.js';
import { describeInteraction, handleInteraction, MESSAGES } from '../../src/discord/interactions.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { choiceProblems, expectWithinDiscordRules, renderableMentions, visibleText } from './discord-rules.js';

const OWNER = '123456789012345678';
const STRANGER = '876543210987654321';

let kb: KnowledgeBase;
/** The real knowledge base, except that every question gets the same three passages: paging is then predictable. */
let threePassages: KnowledgeBase;

const fixedAnswer = (question: string): Answer => ({
  question,
  passages: [1, 2, 3].map((paragraph) => ({
    text: `Passage number ${paragraph}. It says something about bones.`,
    articleId: 'bone-brain-axis',
    article: 'The article',
    publisher: 'Publisher',
    paragraph,
    score: 1,
    highlights: [[0, 18]],
  })),
  suggestions: [],
});

beforeAll(() => {
  kb = loadKnowledgeBase(contentDir());
  threePassages = Object.assign(Object.create(kb) as KnowledgeBase, { answerQuestion: fixedAnswer });
});

let nextId = 1;
function interaction(fields: Record<string, unknown>, userId = OWNER): APIInteraction {
  return {
    id: String(1_000_000_000_000_000_000n + BigInt(nextId++)),
    application_id: '222222222222222222',
    token: 'interaction-token',
    version: 1,
    channel_id: '333333333333333333',
    guild_id: '444444444444444444',
    member: { user: { id: userId, username: 'someone' }, roles: [], permissions: '0' },
    ...fields,
  } as unknown as APIInteraction;
}

const command = (name: string, options: Array<Record<string, unknown>> = [], userId = OWNER) =>
  interaction({ type: 2, data: { id: '1', type: 1, name, options } }, userId);
const question = (value: string) => ({ name: 'question', type: 3, value });
const isPrivate = { name: 'private', type: 5, value: true };
const button = (customId: string, userId = OWNER) =>
  interaction({ type: 3, data: { component_type: 2, custom_id: customId }, message: { id: '5', flags: 0 } }, userId);
const autocomplete = (name: string, option: string, value: string) =>
  interaction({
    type: 4,
    data: { id: '1', type: 1, name, options: [{ name: option, type: 3, value, focused: true }] },
  });

/** The message data of a type-4 or type-7 response, checked against every Discord rule. */
function messageOf(response: APIInteractionResponse, type: 4 | 7 = 4) {
  expect(response.type).toBe(type);
  const data = (response as { data: Record<string, unknown> }).data;
  expectWithinDiscordRules(data);
  return data as {
    embeds: Array<{ title?: string; description?: string; footer?: { text: string }; fields?: unknown[] }>;
    components: Array<{ components: Array<{ label: string; custom_id: string; disabled?: boolean }> }>;
    flags?: number;
  };
}
const buttonsOf = (data: ReturnType<typeof messageOf>) => data.components.flatMap((row) => row.components);

describe('handleInteraction: commands', () => {
  it('answers /ask publicly, quoting a passage or saying politely that it is not covered', async () => {
    const data = messageOf(
      await handleInteraction(command('ask', [question('How does depression affect bones?')]), kb),
    );
    expect(data.flags).toBeUndefined();
    expect(data.embeds).toHaveLength(1);
    expect(data.embeds[0]?.title).toBe('“How does depression affect bones?”');
    expect(data.embeds[0]?.description).toMatch(/^> .*\*\*.+\*\*/s);
    expect(JSON.stringify(data.embeds[0]?.fields)).toMatch(/paragraph \d+/);
  });

  it("answers /ask as a follow-up of the same user's question before it in the channel, and says how it read it", async () => {
    const memory = new ConversationMemory();
    await handleInteraction(command('ask', [question('What does osteocalcin do?')]), kb, { conversations: memory });
    const ask = async (userId: string) =>
      messageOf(
        await handleInteraction(
          command('ask', [question('and what happens to it when depression is treated?')], userId),
          kb,
          { conversations: memory },
        ),
      );
    const followUp = await ask(OWNER);
    expect(followUp.embeds[0]?.title).toBe('“and what happens to it when depression is treated?”');
    expect(JSON.stringify(followUp)).toContain('I took this as: “and what happens to osteocalcin when depression');
    expect(followUp.embeds[0]?.description).toContain('osteocalcin, a hormone released by bones');
    expect(JSON.stringify(await ask(STRANGER))).not.toContain('I took this as');
  });

  it('leans on a first question the article has nothing on, but not on one not found after another', async () => {
    const askIn = (conversations: ConversationMemory) => async (text: string) =>
      JSON.stringify(messageOf(await handleInteraction(command('ask', [question(text)]), kb, { conversations })));
    const ask = askIn(new ConversationMemory());
    // "how old are the patients?" is not found; "why them?" still asks about the patients.
    await ask('how old are the patients they talk about');
    expect(await ask('why them especially')).toContain('I took this as: “why patients especially');
    // After an answer, a question not found is not leant on: the next one means the answer's question.
    const askOther = askIn(new ConversationMemory());
    await askOther('What does osteocalcin do?');
    await askOther('does it cure diabetes?');
    expect(await askOther('and what happens to it when depression is treated?')).toContain(
      'I took this as: “and what happens to osteocalcin when depression',
    );
  });

  it('answers privately (ephemeral, with "Post to channel") when asked to', async () => {
    const data = messageOf(await handleInteraction(command('ask', [question('What is osteocalcin?'), isPrivate]), kb));
    expect(data.flags).toBe(64);
    expect(buttonsOf(data).at(-1)?.label).toBe('Post to channel');
  });

  it('answers /axis with the overview, and with passages of this article for a question', async () => {
    const overview = messageOf(await handleInteraction(command('axis'), kb));
    expect(overview.embeds[0]?.fields?.length).toBeGreaterThanOrEqual(4);
    const asked = messageOf(await handleInteraction(command('axis', [question('What role does cortisol play?')]), kb));
    expect(asked.embeds[0]?.title).toBe('“What role does cortisol play?”');
  });

  it('answers /tags with the list, and with passages for one tag', async () => {
    const list = messageOf(await handleInteraction(command('tags'), kb));
    expect(list.embeds[0]?.title).toBe('Topics');
    expect(list.embeds[0]?.description).toContain('• Bone-brain axis');
    const one = messageOf(
      await handleInteraction(command('tags', [{ name: 'tag', type: 3, value: 'bone-brain AXIS' }]), kb),
    );
    expect(one.embeds[0]?.description).toContain('Tag: Bone-brain axis');
  });

  it('answers /source with the citation and /help with every command', async () => {
    const source = messageOf(await handleInteraction(command('source'), kb));
    expect(JSON.stringify(source.embeds[0]?.fields)).toContain('Authors');
    const help = messageOf(await handleInteraction(command('help', [isPrivate]), kb));
    expect(help.flags).toBe(64);
    const names = ((help.embeds[0]?.fields ?? []) as Array<{ name: string }>).map((f) => f.name);
    expect(names).toEqual([...commandsFor(kb.articles).map((c) => `/${c.schema.name}`), 'In a channel']);
  });

  it('answers an empty or wordless question with a private hint', async () => {
    const data = messageOf(await handleInteraction(command('ask', [question('  ?!  ')]), kb));
    expect(data.flags).toBe(64);
    expect(data.embeds[0]?.description).toContain('Please type a question in words');
  });

  it('answers hostile questions safely: mentions, markdown, 6000 characters, zero-width and right-to-left text', async () => {
    for (const text of [
      '@everyone what is osteocalcin?',
      '<@&123456789012345678> <@123456789012345678> bones?',
      '```js\nalert(1)``` **bold** ||spoiler|| # heading',
      `why ${'bones '.repeat(1000)}`,
      'what\u200b is\u200d osteo\u2060calcin\ufeff?',
      '\u202ewhat is osteocalcin\u202c \u05de\u05d4 \u0627\u0644\u0639\u0638\u0627\u0645?',
    ]) {
      const data = messageOf(await handleInteraction(command('ask', [question(text)]), kb));
      expect(renderableMentions(visibleText(data as never).replace(/\\./g, '')), text).toEqual([]);
      for (const b of buttonsOf(data)) expect(decodeButtonId(b.custom_id)?.ownerId).toBe(OWNER);
    }
  });

  it('answers a DM (user instead of member)', async () => {
    const dm = interaction({
      type: 2,
      data: { id: '1', type: 1, name: 'help' },
      member: undefined,
      user: { id: OWNER },
    });
    expect((await handleInteraction(dm, kb)).type).toBe(4);
  });

  it('answers an unknown command, or a context-menu command, with a polite private notice', async () => {
    const unknown = messageOf(await handleInteraction(command('gone'), kb));
    expect(unknown.flags).toBe(64);
    expect(unknown.embeds[0]?.description).toBe(MESSAGES.unknownCommand('gone'));
    const userCommand = interaction({ type: 2, data: { id: '1', type: 2, name: 'ask', target_id: OWNER } });
    expect(messageOf(await handleInteraction(userCommand, kb)).flags).toBe(64);
  });

  it('answers a command that throws with a short private error, reported to the logger', async () => {
    const broken = Object.assign(Object.create(kb) as KnowledgeBase, {
      answerQuestion: () => {
        throw new Error('index exploded');
      },
    });
    const logger = { error: vi.fn() };
    const data = messageOf(await handleInteraction(command('ask', [question('why?')]), broken, { logger }));
    expect(data.flags).toBe(64);
    expect(data.embeds[0]?.description).toBe(MESSAGES.failed);
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(Error), command: 'ask' }),
      'interaction handler failed',
    );
  });

  it('answers a modal submit, or a PING that reached it, with a private notice (the HTTP server answers PINGs)', async () => {
    expect(messageOf(await handleInteraction(interaction({ type: 1 }), kb)).flags).toBe(64);
    expect(
      messageOf(await handleInteraction(interaction({ type: 5, data: { custom_id: 'm', components: [] } }), kb)).flags,
    ).toBe(64);
  });
});

describe('handleInteraction: autocomplete', () => {
  it('offers at most 25 choices of 1 to 100 characters for every autocompleted option', async () => {
    const cases: Array<[string, string, string]> = [
      ['axis', 'question', ''],
      ['axis', 'question', 'osteo'],
      ['axis', 'question', 'x'.repeat(300)],
      ['axis', 'question', '@everyone <@&1>'],
      ['tags', 'tag', ''],
      ['tags', 'tag', 'bone'],
      ['ask', 'question', 'anything'],
      ['gone', 'x', 'y'],
    ];
    for (const [name, option, typed] of cases) {
      const response = await handleInteraction(autocomplete(name, option, typed), kb);
      expect(response.type).toBe(8);
      const choices = (response as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
      expect(choiceProblems(choices), `${name} ${typed}`).toEqual([]);
    }
    const osteo = (await handleInteraction(autocomplete('axis', 'question', 'osteo'), kb)) as {
      data: { choices: Array<{ name: string }> };
    };
    expect(osteo.data.choices.length).toBeGreaterThan(1);
    expect(osteo.data.choices.slice(1).every((c) => /osteo/i.test(c.name))).toBe(true);
  });

  it('offers no choices rather than an error when autocomplete throws', async () => {
    const broken = Object.assign(Object.create(kb) as KnowledgeBase, {
      suggestTopics: () => {
        throw new Error('boom');
      },
    });
    const logger = { error: vi.fn() };
    expect(await handleInteraction(autocomplete('axis', 'question', 'bone'), broken, { logger })).toEqual({
      type: 8,
      data: { choices: [] },
    });
    expect(logger.error).toHaveBeenCalledOnce();
  });
});

describe('handleInteraction: buttons', () => {
  const firstPage = async () =>
    messageOf(await handleInteraction(command('ask', [question('Why do bones matter?'), isPrivate]), threePassages));

  it('pages the owner through the answer, updating the message in place', async () => {
    const more = buttonsOf(await firstPage()).find((b) => b.label === 'More passages');
    const second = messageOf(await handleInteraction(button(more?.custom_id ?? ''), threePassages), 7);
    expect(second.embeds[0]?.footer?.text).toBe('Passage 2 of 3');
    expect(second.embeds[0]?.description).toContain('**Passage number 2.**');
    expect(second.flags).toBeUndefined(); // an update keeps the message's visibility
    expect(buttonsOf(second).map((b) => b.label)).toEqual(['Previous', 'More passages', 'Post to channel']);
    const back = buttonsOf(second).find((b) => b.label === 'Previous');
    const first = messageOf(await handleInteraction(button(back?.custom_id ?? ''), threePassages), 7);
    expect(first.embeds[0]?.footer?.text).toBe('Passage 1 of 3');
  });

  it('refuses someone else politely and privately, changing nothing', async () => {
    const more = buttonsOf(await firstPage()).find((b) => b.label === 'More passages');
    const refused = messageOf(await handleInteraction(button(more?.custom_id ?? '', STRANGER), threePassages));
    expect(refused.flags).toBe(64);
    expect(refused.embeds[0]?.description).toBe(MESSAGES.notYours);
  });

  it('posts a private answer to the channel: a new public message of the same page, without the post button', async () => {
    const post = buttonsOf(await firstPage()).find((b) => b.label === 'Post to channel');
    const posted = messageOf(await handleInteraction(button(post?.custom_id ?? ''), threePassages));
    expect(posted.flags).toBeUndefined();
    expect(posted.embeds[0]?.footer?.text).toBe('Passage 1 of 3');
    expect(buttonsOf(posted).map((b) => b.label)).toEqual(['Previous', 'More passages']);
    expect(buttonsOf(posted).every((b) => decodeButtonId(b.custom_id)?.private === false)).toBe(true);
  });

  it('posts a private overview, citation or help to the channel by re-running its command', async () => {
    for (const name of ['axis', 'source', 'help']) {
      const hidden = messageOf(await handleInteraction(command(name, [isPrivate]), kb));
      const post = buttonsOf(hidden);
      expect(
        post.map((b) => b.label),
        name,
      ).toEqual(['Post to channel']);
      const posted = messageOf(await handleInteraction(button(post[0]?.custom_id ?? ''), kb));
      expect(posted.flags, name).toBeUndefined();
      expect(posted.components, name).toEqual([]);
      expect(posted.embeds, name).toEqual(hidden.embeds);
    }
    expect(messageOf(await handleInteraction(command('source'), kb)).components).toEqual([]);
  });

  it('pages the tag list', async () => {
    const id = encodeButtonId({ action: 'page', ownerId: OWNER, command: 'tags', page: 0, private: false, input: '' });
    const page = messageOf(await handleInteraction(button(id), kb), 7);
    expect(page.embeds[0]?.title).toBe('Topics');
  });

  it('answers stale and unknown buttons politely and privately', async () => {
    for (const stale of [
      'button',
      'page:1:ask',
      encodeButtonId({ action: 'page', ownerId: OWNER, command: 'removed', page: 1, private: false, input: 'x' }),
    ]) {
      const data = messageOf(await handleInteraction(button(stale), kb));
      expect(data.flags).toBe(64);
      expect(data.embeds[0]?.description).toBe(MESSAGES.expired);
    }
  });
});

describe('describeInteraction', () => {
  it('names the interaction for logs without its token or what the user typed', async () => {
    const described = describeInteraction(command('ask', [question('secret question')]));
    expect(described).toMatchObject({ interactionType: 2, command: 'ask' });
    expect(JSON.stringify(described)).not.toMatch(/interaction-token|secret question/);
    const clicked = describeInteraction(
      button(encodeButtonId({ action: 'post', ownerId: OWNER, command: 'ask', page: 0, private: false, input: 'q' })),
    );
    expect(clicked).toMatchObject({ command: 'ask', action: 'post' });
  });
});

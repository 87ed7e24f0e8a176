import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../commands/types.js';
import type { Answer, QuotedPassage } from '../../src/answer/answer.js';
import type { Article } from '../../src/content/types.js';
import { decodeButtonId } from '../../src/discord/custom-id.js';
import {
  renderAnswerEmbed,
  renderMessageNotice,
  renderMessageReply,
  renderNotice,
  renderQuote,
  renderReply,
  TAGS_PER_PAGE,
} from '../../src/discord/render.js';
import { expectWithinDiscordRules, renderableMentions, visibleText } from './discord-rules.js';

const OWNER = '123456789012345678';

function passage(paragraph: number, text: string, highlights: QuotedPassage['highlights'] = []): QuotedPassage {
  return {
    text,
    articleId: 'bone-brain-axis',
    article: 'Brain-Bone Axis May Link Depression With Osteoporosis',
    publisher: 'ScienceAlert',
    paragraph,
    score: 1,
    highlights,
  };
}

const FIRST = 'Bones talk to the brain. Osteocalcin crosses the blood-brain barrier. It may affect mood.';
const answer: Answer = {
  question: 'What is osteocalcin?',
  passages: [
    passage(5, FIRST, [[25, 69]]),
    passage(6, 'Depression raises cortisol. Cortisol thins bone.', [[0, 27]]),
    passage(7, 'Exercise may help both.', []),
  ],
  suggestions: [],
};
const answerReply = (a: Answer = answer): Reply => ({
  kind: 'answer',
  answer: a,
  paging: { command: 'ask', input: a.question },
});

const article: Article = {
  id: 'bone-brain-axis',
  authors: [],
  title: 'Brain-Bone Axis May Link Depression With Osteoporosis',
  headline: 'The hidden connection',
  publisher: 'ScienceAlert',
  url: 'https://example.org/article',
  study: {
    kind: 'review',
    journal: 'Biomolecules',
    authors: [
      { name: 'Pengpeng Li', affiliation: 'Xi’an Aerospace Hospital' },
      { name: 'Yangyang Gao', affiliation: 'Ningxia Medical University' },
    ],
  },
  tags: ['Bone-brain axis'],
  overview: [],
  questions: [],
  passages: [],
  file: 'x.md',
};

function buttonsOf(data: ReturnType<typeof renderReply>) {
  return data.components.flatMap((row) => row.components) as Array<{
    label: string;
    custom_id: string;
    disabled?: boolean;
  }>;
}

describe('renderReply: answers', () => {
  it('quotes one passage per page, its best sentence in bold, with its source', () => {
    const data = renderReply(answerReply(), { page: 0, ownerId: OWNER, private: false });
    expect(data.embeds).toHaveLength(1);
    const [embed] = data.embeds;
    expect(embed?.title).toBe('“What is osteocalcin?”');
    expect(embed?.description).toBe(
      '> Bones talk to the brain. **Osteocalcin crosses the blood-brain barrier.** It may affect mood.',
    );
    expect(embed?.fields).toEqual([
      {
        name: 'Source',
        value: 'ScienceAlert, *Brain-Bone Axis May Link Depression With Osteoporosis*, paragraph 5',
      },
    ]);
    expect(embed?.footer?.text).toBe('Passage 1 of 3');
    expect(data.flags).toBeUndefined();
    expectWithinDiscordRules(data);
  });

  it('pages with "Previous" and "More passages" carrying owner, page and input; only the owner may use them', () => {
    const first = buttonsOf(renderReply(answerReply(), { page: 0, ownerId: OWNER, private: false }));
    expect(first.map((b) => [b.label, b.disabled === true])).toEqual([
      ['Previous', true],
      ['More passages', false],
    ]);
    expect(decodeButtonId(first[1]?.custom_id ?? '')).toEqual({
      action: 'page',
      ownerId: OWNER,
      command: 'ask',
      page: 1,
      private: false,
      clipped: false,
      input: 'What is osteocalcin?',
    });
    const last = renderReply(answerReply(), { page: 2, ownerId: OWNER, private: false });
    expect(last.embeds[0]?.footer?.text).toBe('Passage 3 of 3');
    expect(buttonsOf(last).map((b) => [b.label, b.disabled === true])).toEqual([
      ['Previous', false],
      ['More passages', true],
    ]);
    expect(decodeButtonId(buttonsOf(last)[0]?.custom_id ?? '')?.page).toBe(1);
    expectWithinDiscordRules(last);
  });

  it('clamps a page past the end (an answer that changed since) to the last one', () => {
    const data = renderReply(answerReply(), { page: 9, ownerId: OWNER, private: false });
    expect(data.embeds[0]?.footer?.text).toBe('Passage 3 of 3');
  });

  it('shows no paging for a single passage', () => {
    const single = { ...answer, passages: answer.passages.slice(0, 1) };
    const data = renderReply(answerReply(single), { page: 0, ownerId: OWNER, private: false });
    expect(data.components).toEqual([]);
    expect(data.embeds[0]?.footer).toBeUndefined();
  });

  it('makes a private answer ephemeral, with a "Post to channel" button for the same page', () => {
    const data = renderReply(answerReply(), { page: 1, ownerId: OWNER, private: true });
    expect(data.flags).toBe(64);
    const buttons = buttonsOf(data);
    expect(buttons.map((b) => b.label)).toEqual(['Previous', 'More passages', 'Post to channel']);
    expect(decodeButtonId(buttons[2]?.custom_id ?? '')).toMatchObject({ action: 'post', page: 1, private: false });
    expect(decodeButtonId(buttons[1]?.custom_id ?? '')).toMatchObject({ action: 'page', page: 2, private: true });
    expectWithinDiscordRules(data);
  });

  it('shows the question escaped and clipped, and no mention can render', () => {
    const question = `**@everyone** <@123> <@&456> \`\`\`code\`\`\` ${'very long '.repeat(100)}`;
    const data = renderReply(answerReply({ ...answer, question }), { page: 0, ownerId: OWNER, private: false });
    const title = data.embeds[0]?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title).toContain('\\*\\*@\u200beveryone\\*\\*');
    expect(title).toContain('\\`\\`\\`code\\`\\`\\`');
    expect(title.endsWith('…”') || title.endsWith('…')).toBe(true);
    expect(renderableMentions(visibleText(data as never))).toEqual([]);
    expectWithinDiscordRules(data);
  });

  it('says when later pages answer only the start of a clipped question', () => {
    const data = renderReply(answerReply(), { page: 1, ownerId: OWNER, private: false, inputClipped: true });
    expect(data.embeds[0]?.description).toContain('these pages answer its start');
    expect(data.embeds[0]?.title).toBe('“What is osteocalcin?…”');
    expect(decodeButtonId(buttonsOf(data)[0]?.custom_id ?? '')?.clipped).toBe(true);
  });

  it('cuts a huge passage within the limits, at a sentence, keeping the bold markers paired', () => {
    const sentence = 'The skeleton sends signals to the brain through hormones like osteocalcin. ';
    const text = sentence.repeat(200); // ~15,000 characters
    const huge = { ...answer, passages: [passage(1, text, [[sentence.length * 50, sentence.length * 150]])] };
    const data = renderReply(answerReply(huge), { page: 0, ownerId: OWNER, private: true });
    const description = data.embeds[0]?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description.endsWith('. …') || description.endsWith('.** …')).toBe(true);
    expect((description.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expectWithinDiscordRules(data);
  });

  it('escapes markdown inside the quote but bolds the highlight', () => {
    const tricky = passage(2, 'Use *stars* and `ticks`. Then <@1> and [a](b).', [[0, 24]]);
    expect(renderQuote(tricky, 1000)).toBe('**Use \\*stars\\* and \\`ticks\\`.** Then \\<@1\\> and \\[a\\](b).');
  });

  it('renders "not found" politely, with suggestions and a hint to /tags', () => {
    const notFound = { question: 'pizza?', passages: [], suggestions: ['Bone-brain axis', 'Osteocalcin'] };
    const data = renderReply(answerReply(notFound), { page: 0, ownerId: OWNER, private: false });
    const description = data.embeds[0]?.description ?? '';
    expect(description).toContain("couldn't find");
    expect(description).toContain('• Bone-brain axis');
    expect(description).toContain('/tags');
    expect(data.components).toEqual([]);
    expectWithinDiscordRules(data);
  });

  it('says in "not found" what the article talks about and what it lacks', () => {
    const notFound = {
      question: 'Does osteocalcin cure diabetes?',
      passages: [],
      suggestions: [],
      missing: ['diabetes'],
      mentioned: ['osteocalcin'],
    };
    const data = renderReply(answerReply(notFound), { page: 0, ownerId: OWNER, private: false });
    expect(data.embeds[0]?.description).toContain(
      'The article talks about osteocalcin but says nothing about diabetes.',
    );
    expectWithinDiscordRules(data);
  });

  it('refuses to render a passage that does not exist', () => {
    expect(() => renderAnswerEmbed(answer, 3)).toThrow(RangeError);
  });
});

describe('renderReply: other replies', () => {
  it('renders an overview with one field per section, all within the total', () => {
    const long = 'A sentence about bones and the brain that goes on for a while. '.repeat(40);
    const parts = Array.from({ length: 30 }, (_, i) => ({ heading: `Section ${i}`, passage: passage(i + 1, long) }));
    const data = renderReply({ kind: 'overview', article, parts }, { ownerId: OWNER, private: false });
    expect(data.embeds[0]?.fields).toHaveLength(25);
    expect(data.embeds[0]?.fields?.[0]?.value).toMatch(/— paragraph 1$/);
    expectWithinDiscordRules(data);
    const four = renderReply(
      { kind: 'overview', article, parts: parts.slice(0, 4) },
      { ownerId: OWNER, private: false },
    );
    expect(four.embeds[0]?.fields?.map((f) => f.name)).toEqual(['Section 0', 'Section 1', 'Section 2', 'Section 3']);
    expectWithinDiscordRules(four);
  });

  it('pages the tag list', () => {
    const tags = Array.from({ length: 45 }, (_, i) => ({ tag: `Tag ${i}`, articleId: 'a', article: 'A' }));
    const reply: Reply = { kind: 'tags', tags, paging: { command: 'tags', input: '' } };
    const first = renderReply(reply, { ownerId: OWNER, private: false, page: 0 });
    expect(first.embeds[0]?.description?.split('\n')).toHaveLength(TAGS_PER_PAGE);
    expect(first.embeds[0]?.footer?.text).toMatch(/^Page 1 of 3 · 45 tags/);
    expect(buttonsOf(first).map((b) => b.label)).toEqual(['Previous', 'More tags']);
    expect(decodeButtonId(buttonsOf(first)[1]?.custom_id ?? '')).toMatchObject({ command: 'tags', page: 1, input: '' });
    const last = renderReply(reply, { ownerId: OWNER, private: false, page: 7 });
    expect(last.embeds[0]?.description?.split('\n')).toHaveLength(5);
    expectWithinDiscordRules(first);
    const few = renderReply(
      { kind: 'tags', tags: tags.slice(0, 3), paging: { command: 'tags', input: '' } },
      { ownerId: OWNER, private: false },
    );
    expect(few.components).toEqual([]);
  });

  it('renders the citation: article, publisher, study, journal, authors with affiliations', () => {
    const data = renderReply({ kind: 'citation', article }, { ownerId: OWNER, private: false });
    const [embed] = data.embeds;
    expect(embed?.url).toBe('https://example.org/article');
    expect(Object.fromEntries(embed?.fields?.map((f) => [f.name, f.value]) ?? [])).toEqual({
      Publisher: 'ScienceAlert',
      Link: 'https://example.org/article',
      Study: 'review',
      Journal: '*Biomolecules*',
      Authors: 'Pengpeng Li — Xi’an Aerospace Hospital\nYangyang Gao — Ningxia Medical University',
    });
    const written = renderReply(
      { kind: 'citation', article: { ...article, authors: ['Jane Roe', 'John Doe'], published: '2025-03-14' } },
      { ownerId: OWNER, private: false },
    );
    const fields = Object.fromEntries(written.embeds[0]?.fields?.map((f) => [f.name, f.value]) ?? []);
    expect(fields['Written by']).toBe('Jane Roe, John Doe');
    expect(fields.Published).toBe('2025-03-14');
    // The passages that say where it comes from: their bold sentences, each with its paragraph, cut to share a field.
    const text = `${'Long words here. '.repeat(10)}This review, in *Biomolecules*, says so. ${'More after. '.repeat(60)}`;
    const start = text.indexOf('This review');
    const end = text.indexOf(' More after');
    const quoting = renderReply(
      {
        kind: 'citation',
        article,
        passages: [
          { text, highlights: [[start, end]], paragraph: 9, score: 1, articleId: 'a', article: 'A', publisher: 'P' },
          {
            text: 'x'.repeat(3000),
            highlights: [[0, 3000]],
            paragraph: 2,
            score: 1,
            articleId: 'a',
            article: 'A',
            publisher: 'P',
          },
        ],
      },
      { ownerId: OWNER, private: false },
    );
    const said = quoting.embeds[0]?.fields?.find((f) => f.name === 'In the article')?.value ?? '';
    expect(said.split('\n')[0]).toBe('¶9 “This review, in \\*Biomolecules\\*, says so.”');
    expect(said.split('\n')[1]).toMatch(/^¶2 “x+…”$/);
    expectWithinDiscordRules(quoting);
    const many = { ...article, url: 'javascript:alert(1)' };
    many.study = {
      authors: Array.from({ length: 200 }, (_, i) => ({ name: `Author ${i}`, affiliation: 'Somewhere' })),
    };
    const crowded = renderReply({ kind: 'citation', article: many }, { ownerId: OWNER, private: false });
    expect(crowded.embeds[0]?.url).toBeUndefined();
    expect(crowded.embeds[0]?.fields?.at(-1)?.value).toMatch(/…and \d+ more$/);
    expectWithinDiscordRules(crowded);
  });

  it('renders help with every command', () => {
    const commands = [
      { name: 'ask', description: 'Ask.', usage: '/ask question:<q>' },
      { name: 'help', description: 'Help.', usage: '/help' },
    ];
    const data = renderReply({ kind: 'help', commands }, { ownerId: OWNER, private: true });
    expect(data.embeds[0]?.fields?.map((f) => f.name)).toEqual(['/ask', '/help', 'In a channel']);
    expect(data.flags).toBe(64);
    expectWithinDiscordRules(data);
  });

  it('renders notices ephemeral and escaped', () => {
    const data = renderReply(
      { kind: 'notice', tone: 'info', message: 'Type **words** @everyone' },
      {
        ownerId: OWNER,
        private: false,
      },
    );
    expect(data.flags).toBe(64);
    expect(data.embeds[0]?.description).toBe('Type \\*\\*words\\*\\* @everyone');
    expectWithinDiscordRules(renderNotice('x'.repeat(5000), 'error'));
  });
});

describe('channel replies', () => {
  const target = { messageId: '111111111111111111', channelId: '222222222222222222', guildId: '333333333333333333' };

  it('reply to the message without pinging its author, never ephemeral', () => {
    const data = renderMessageReply(answerReply(), OWNER, target);
    expect(data.message_reference).toEqual({
      message_id: target.messageId,
      channel_id: target.channelId,
      guild_id: target.guildId,
      fail_if_not_exists: false,
    });
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(data.flags).toBeUndefined();
    expect(decodeButtonId(buttonsOf(data)[1]?.custom_id ?? '')?.ownerId).toBe(OWNER);
    expectWithinDiscordRules(data);
    const notice = renderMessageReply({ kind: 'notice', tone: 'info', message: 'Hi' }, OWNER, target);
    expect(notice.flags).toBeUndefined();
    expectWithinDiscordRules(notice);
    expectWithinDiscordRules(renderMessageNotice('Slow down', target));
  });
});

describe('any reply, any input (property)', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 6000 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          '@everyone',
          '@here',
          '<@123456789012345678>',
          '<@&1>',
          '```',
          '**',
          '\u200b',
          '\u202e',
          '#',
          '\n',
        ),
        { maxLength: 50 },
      )
      .map((parts) => parts.join(' ')),
  );

  it('stays within the rules and lets no mention render', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.nat(5), fc.boolean(), (question, text, page, isPrivate) => {
        const a: Answer = {
          question,
          passages: [passage(1, text || 'x', [[0, Math.floor(text.length / 2)]]), passage(2, text || 'y')],
          suggestions: [question],
        };
        for (const found of [a, { ...a, passages: [] }]) {
          const data = renderReply(answerReply(found), { page, ownerId: OWNER, private: isPrivate });
          expectWithinDiscordRules(data);
          expect(renderableMentions((data.embeds[0]?.title ?? '').replace(/\\./g, ''))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

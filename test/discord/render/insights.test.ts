/** /insights fits Discord's rules whatever the store holds, and nothing people typed can ping or format. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/discord/render.js';
import type { Insights } from '../../../src/store/records.js';
import { messageProblems, renderableMentions, visibleText } from '../discord-rules.js';

const hostile = fc.oneof(
  fc.string({ maxLength: 1200 }),
  fc.constantFrom('@everyone', '<@123456789012345678>', '**bold** `code` ||spoiler||', '```\nfence', 'a'.repeat(1000)),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const count = fc.nat({ max: 1_000_000 });

const insights: fc.Arbitrary<Insights> = fc.record({
  days: fc.integer({ min: 1, max: 365 }),
  questions: count,
  answered: count,
  notFound: count,
  helpful: count,
  unhelpful: count,
  unanswered: fc.array(fc.record({ question: hostile, count }), { maxLength: 10 }),
  missing: fc.array(fc.record({ word: hostile, count }), { maxLength: 10 }),
  leastHelpful: fc.array(fc.record({ article: hostile, paragraph: count, helpful: count, unhelpful: count }), {
    maxLength: 5,
  }),
  perDay: fc.array(fc.record({ day: fc.constant('2026-12-04'), questions: count }), { maxLength: 366 }),
  comments: fc.array(fc.record({ question: hostile, comment: hostile }), { maxLength: 5 }),
});

describe('the /insights embed', () => {
  it('fits every Discord limit, is private, and shows nothing that could ping, whatever the data', () => {
    fc.assert(
      fc.property(insights, (data) => {
        const message = renderReply({ kind: 'insights', insights: data }, { ownerId: '1', private: false });
        expect(messageProblems(message as never)).toEqual([]);
        expect(message.flags).toBe(64);
        expect(renderableMentions(visibleText(message as never).replace(/\\./g, ''))).toEqual([]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('says what was asked, what was missing and what did not help', () => {
    const message = renderReply(
      {
        kind: 'insights',
        insights: {
          days: 7,
          questions: 4,
          answered: 3,
          notFound: 1,
          helpful: 2,
          unhelpful: 1,
          unanswered: [{ question: 'Does osteocalcin cure diabetes?', count: 1 }],
          missing: [{ word: 'diabetes', count: 1 }],
          leastHelpful: [{ article: 'The bone-brain axis', paragraph: 5, helpful: 0, unhelpful: 1 }],
          perDay: [
            { day: '2026-12-03', questions: 1 },
            { day: '2026-12-04', questions: 3 },
          ],
          comments: [{ question: 'What is osteocalcin?', comment: 'the dose' }],
        },
      },
      { ownerId: '1', private: false },
    );
    const [embed] = message.embeds;
    expect(embed?.description).toBe(
      '**4** questions: 3 answered (75%), 1 not found (25%).\nVotes: 👍 2 helpful, 👎 1 not helpful.',
    );
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      'Questions per day',
      'Most asked, not answered',
      'Asked about, missing from the content',
      'Least helpful passages',
      'What people were looking for',
    ]);
    expect(embed?.fields?.[0]?.value).toBe('```\n12-03 ████         1\n12-04 ████████████ 3\n```');
    expect(embed?.fields?.[2]?.value).toBe('diabetes (1)');
  });
});

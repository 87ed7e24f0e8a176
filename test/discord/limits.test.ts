import type { APIEmbed } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  ELLIPSIS,
  fitChoices,
  fitMessage,
  type MessagePayload,
  truncate,
} from '../../src/discord/limits.js';
import { choiceProblems, expectWithinDiscordRules } from './discord-rules.js';

const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('truncate', () => {
  it('returns text that fits unchanged, including exactly at the limit', () => {
    expect(truncate('hello', 10)).toBe('hello');
    expect(truncate('hello', 5)).toBe('hello');
    expect(truncate('', 0)).toBe('');
  });

  it('cuts one over the limit to exactly the limit, ending in an ellipsis', () => {
    const text = 'abcdefghij'; // no space at all: a hard cut
    expect(truncate(text, 9)).toBe(`abcdefgh${ELLIPSIS}`);
    expect(truncate(text, 9)).toHaveLength(9);
  });

  it('prefers the end of a sentence', () => {
    const text = 'The first sentence is here. The second one is much longer and will not fit at all.';
    expect(truncate(text, 40)).toBe(`The first sentence is here. ${ELLIPSIS}`);
  });

  it('keeps a closing quote with its sentence', () => {
    const text = 'He called it “the bone-brain axis.” Then the text goes on and on and on for a while.';
    expect(truncate(text, 50)).toBe(`He called it “the bone-brain axis.” ${ELLIPSIS}`);
  });

  it('falls back to the end of a word when no sentence ends in the kept half', () => {
    const text = 'one two three four five six seven eight nine ten';
    const cut = truncate(text, 20);
    expect(cut).toBe(`one two three four${ELLIPSIS}`);
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('keeps a whole word that ends exactly at the cut', () => {
    expect(truncate('alpha beta gamma', 11)).toBe(`alpha beta${ELLIPSIS}`);
  });

  it('drops dangling punctuation before the ellipsis', () => {
    expect(truncate('first part, second part goes on', 16)).toBe(`first part${ELLIPSIS}`);
  });

  it('hard-cuts a long word rather than lose more than half', () => {
    const text = `a ${'x'.repeat(50)}`;
    const cut = truncate(text, 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(cut.startsWith('a xxx')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(10); // 20 code units
    for (let max = 0; max <= 21; max++) {
      const cut = truncate(emoji, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(hasLoneSurrogate(cut)).toBe(false);
    }
    expect(truncate(emoji, 6)).toBe(`😀😀${ELLIPSIS}`);
  });

  it('handles tiny limits', () => {
    expect(truncate('hello', 0)).toBe('');
    expect(truncate('hello', 1)).toBe(ELLIPSIS);
    expect(truncate('hello', 2)).toBe(`h${ELLIPSIS}`);
    expect(() => truncate('x', -1)).toThrow(RangeError);
  });

  it('always fits, is a prefix plus an ellipsis, and adds no lone surrogate (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.nat(320), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(cut).toBe(text);
        else {
          expect(cut.endsWith(ELLIPSIS) || max < 1).toBe(true);
          const kept = cut.slice(0, -ELLIPSIS.length).trimEnd();
          expect(text.startsWith(kept)).toBe(true);
        }
        expect(hasLoneSurrogate(cut)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

const base = (extra: Partial<MessagePayload> = {}): MessagePayload => ({
  embeds: [],
  components: [],
  allowed_mentions: { parse: [] },
  ...extra,
});

describe('fitMessage', () => {
  it('cuts content to 2000 and drops empty content', () => {
    expect(fitMessage(base({ content: 'x'.repeat(2000) })).content).toHaveLength(2000);
    expect(fitMessage(base({ content: 'word '.repeat(500) })).content?.length).toBeLessThanOrEqual(2000);
    expect(fitMessage(base({ content: '' }))).not.toHaveProperty('content');
  });

  it('cuts every embed text to its limit, keeping texts at the limit unchanged', () => {
    const embed: APIEmbed = {
      title: 't'.repeat(257),
      description: 'd'.repeat(4097),
      footer: { text: 'f'.repeat(2049) },
      author: { name: 'a'.repeat(257) },
      fields: [
        { name: 'n'.repeat(257), value: 'v'.repeat(1025) },
        { name: 'n'.repeat(256), value: 'v'.repeat(1024) },
      ],
    };
    const [fitted] = fitMessage(base({ embeds: [embed] })).embeds;
    expect(fitted?.title).toHaveLength(256);
    expect(fitted?.author?.name).toHaveLength(256);
    expect(fitted?.fields?.[0]?.name).toHaveLength(256);
    expect(fitted?.fields?.[0]?.value).toHaveLength(1024);
    expect(fitted?.fields?.[1]).toEqual({ name: 'n'.repeat(256), value: 'v'.repeat(1024) });
    // The total rule then shrinks the longest texts: everything ends within the limits.
    expectWithinDiscordRules(fitMessage(base({ embeds: [embed] })));
  });

  it('keeps 25 fields and 10 embeds at most', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    const embeds = Array.from({ length: 12 }, () => ({ fields }));
    const fitted = fitMessage(base({ embeds }));
    expect(fitted.embeds).toHaveLength(10);
    expect(fitted.embeds[0]?.fields).toHaveLength(25);
  });

  it('fits 6000 characters in total across embeds, at 6000 exactly unchanged', () => {
    const exactly = [{ description: 'x'.repeat(4000) }, { description: 'y'.repeat(2000) }];
    expect(fitMessage(base({ embeds: exactly })).embeds).toEqual(exactly);
    const over = [{ description: 'x'.repeat(4000) }, { description: 'y'.repeat(2001) }];
    const fitted = fitMessage(base({ embeds: over }));
    expect(fitted.embeds.reduce((n, e) => n + (e.description?.length ?? 0), 0)).toBeLessThanOrEqual(6000);
    expect(fitted.embeds[0]?.description).toBe('x'.repeat(4000)); // the last embed gives way first
  });

  it('gives empty field names and values a placeholder (Discord refuses empty ones)', () => {
    const [embed] = fitMessage(base({ embeds: [{ fields: [{ name: '', value: '' }] }] })).embeds;
    expect(embed?.fields?.[0]).toEqual({ name: '\u200b', value: '\u200b' });
  });

  it('keeps 5 rows of 5 buttons, labels of 80, and drops buttons whose custom_id is over 100', () => {
    const button = (id: string, label = 'ok') => ({ type: 2 as const, style: 1 as const, label, custom_id: id });
    const row = (n: number) => ({
      type: 1 as const,
      components: Array.from({ length: n }, (_, i) => button(`b${i}`, 'L'.repeat(81))),
    });
    const fitted = fitMessage(base({ components: [row(6), row(1), row(1), row(1), row(1), row(1)] }));
    expect(fitted.components).toHaveLength(5);
    expect(fitted.components[0]?.components).toHaveLength(5);
    expect(fitted.components[0]?.components[0]).toMatchObject({ label: expect.stringMatching(/^L{79}…$/) });
    const ids = fitMessage(
      base({ components: [{ type: 1, components: [button('x'.repeat(100)), button('y'.repeat(101))] }] }),
    );
    expect(ids.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id.length : 0))).toEqual([100]);
    const none = fitMessage(base({ components: [{ type: 1, components: [button('y'.repeat(101))] }] }));
    expect(none.components).toEqual([]);
  });

  it('never lets a message ping: allowed_mentions is forced to parse nothing', () => {
    const loose = { ...base(), allowed_mentions: { parse: ['everyone', 'users', 'roles'] as never, users: ['1'] } };
    expect(fitMessage(loose).allowed_mentions).toEqual({ parse: [] });
    const reply = fitMessage(base({ message_reference: { message_id: '1' } }));
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('keeps any message within the rules (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 7000 });
    const field = fc.record({ name: fc.string({ maxLength: 300 }), value: fc.string({ maxLength: 1200 }) });
    const embed = fc.record({
      title: text,
      description: text,
      fields: fc.array(field, { maxLength: 30 }),
      footer: fc.record({ text }),
    });
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), fc.option(text, { nil: undefined }), (embeds, content) => {
        expectWithinDiscordRules(fitMessage(base({ embeds, ...(content !== undefined ? { content } : {}) })));
      }),
      { numRuns: 200 },
    );
  });
});

describe('fitChoices', () => {
  it('keeps 25 choices of 1 to 100 characters, without blanks or repeats', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `choice ${i}`, value: `choice ${i}` }));
    expect(fitChoices(many)).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    const odd = fitChoices([
      { name: '   ', value: 'x' },
      { name: 'n'.repeat(150), value: 'v'.repeat(150) },
      { name: 'dup', value: 'same' },
      { name: 'dup again', value: 'same' },
    ]);
    expect(odd).toHaveLength(2);
    expect(choiceProblems(odd)).toEqual([]);
    expect(odd[0]?.name).toHaveLength(100);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButtonId, encodeButtonId } from '../../src/discord/custom-id.js';

const OWNER = '123456789012345678';

describe('button custom ids', () => {
  it('round-trip everything needed to re-run a command', () => {
    const id = encodeButtonId({
      action: 'page',
      ownerId: OWNER,
      command: 'ask',
      page: 2,
      private: true,
      input: 'why: bones?',
    });
    expect(id).toBe(`page:${OWNER}:ask:2:p:why: bones?`);
    expect(decodeButtonId(id)).toEqual({
      action: 'page',
      ownerId: OWNER,
      command: 'ask',
      page: 2,
      private: true,
      clipped: false,
      input: 'why: bones?',
    });
    const post = encodeButtonId({
      action: 'post',
      ownerId: OWNER,
      command: 'tags',
      page: 0,
      private: false,
      input: '',
    });
    expect(decodeButtonId(post)).toMatchObject({ action: 'post', command: 'tags', input: '', private: false });
  });

  it('clip a long input at a word boundary and say so, staying within 100 characters', () => {
    const input =
      'how does chronic stress and the hormone cortisol lead to bone loss in older depressed patients over time';
    const id = encodeButtonId({ action: 'page', ownerId: OWNER, command: 'ask', page: 1, private: false, input });
    expect(id.length).toBeLessThanOrEqual(100);
    const key = decodeButtonId(id);
    expect(key?.clipped).toBe(true);
    expect(input.startsWith(key?.input ?? 'x')).toBe(true);
    expect(input[key?.input.length ?? 0]).toBe(' ');
  });

  it('fit any input in 100 characters and decode back to a prefix of it (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 600 }),
        fc.nat(2000),
        fc.boolean(),
        fc.constantFrom('ask', 'axis', 'tags'),
        (input, page, isPrivate, command) => {
          const id = encodeButtonId({ action: 'page', ownerId: OWNER, command, page, private: isPrivate, input });
          expect(id.length).toBeLessThanOrEqual(100);
          const key = decodeButtonId(id);
          expect(key).toBeDefined();
          expect(input.startsWith(key?.input ?? '\u0000')).toBe(true);
          expect(key?.page).toBe(Math.min(page, 999));
          expect(key?.private).toBe(isPrivate);
          expect(key?.clipped).toBe(key?.input !== input);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuse ids this version did not make', () => {
    for (const stale of [
      '',
      'button',
      'page:1:ask:0',
      `next:${OWNER}:ask:1:-:x`,
      `page:not-a-user:ask:1:-:x`,
      `page:${OWNER}:ask:one:-:x`,
      `page:${OWNER}:ask:1:zz:x`,
      `page:${OWNER}:ask:1::x`,
      `page:${OWNER}:a sk:1:-:x`,
      `page:${OWNER}:ask:1:-:${'x'.repeat(100)}`,
    ]) {
      expect(decodeButtonId(stale), stale).toBeUndefined();
    }
  });
});

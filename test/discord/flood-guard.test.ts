import { describe, expect, it } from 'vitest';
import { questionKey } from '../../src/answer/question-key.js';
import {
  COOLDOWN_MS,
  DEDUPLICATE_MS,
  FloodGuard,
  MAX_COOLDOWN_MS,
  messageLink,
} from '../../src/discord/flood-guard.js';

const USER = '200000000000000002';
const CHANNEL = '300000000000000003';
let ids = 0;
const id = () => String(600_000_000_000_000_000n + BigInt(ids++));

describe('FloodGuard', () => {
  it('answers, then tells a user who asks too fast once per cooldown, then answers again after it', () => {
    let now = 0;
    const guard = new FloodGuard({ now: () => now });
    expect(guard.check(USER, CHANNEL, 'one?', id()).kind).toBe('answer');
    now += 1000;
    expect(guard.check(USER, CHANNEL, 'two?', id()).kind).toBe('cooldown-notice');
    now += 1000;
    expect(guard.check(USER, CHANNEL, 'three?', id()).kind).toBe('ignore');
    expect(guard.check('someone else', CHANNEL, 'four?', id()).kind).toBe('answer');
    now = COOLDOWN_MS;
    expect(guard.check(USER, CHANNEL, 'five?', id()).kind).toBe('answer');
  });

  it("takes the server's own cooldown: none at 0, and up to ten minutes", () => {
    let now = 0;
    const guard = new FloodGuard({ now: () => now });
    expect(guard.check(USER, CHANNEL, 'a?', id(), 0).kind).toBe('answer');
    expect(guard.check(USER, CHANNEL, 'b?', id(), 0).kind).toBe('answer');
    expect(guard.check('u2', CHANNEL, 'c?', id(), MAX_COOLDOWN_MS).kind).toBe('answer');
    now = MAX_COOLDOWN_MS - 1;
    expect(guard.check('u2', CHANNEL, 'd?', id(), MAX_COOLDOWN_MS).kind).toBe('cooldown-notice');
    now = MAX_COOLDOWN_MS;
    expect(guard.check('u2', CHANNEL, 'e?', id(), MAX_COOLDOWN_MS).kind).toBe('answer');
  });

  it('answers the same question in a channel once per window, and points another asker at that answer', () => {
    let now = 0;
    const guard = new FloodGuard({ now: () => now });
    const first = id();
    expect(guard.check('a', CHANNEL, 'What is osteocalcin?', first).kind).toBe('answer');
    // Until the answer is sent, a repeat points at the question; then at the answer.
    expect(guard.check('b', CHANNEL, '  what IS   osteocalcin ??', id())).toEqual({ kind: 'repeat', messageId: first });
    guard.answered(CHANNEL, 'what is osteocalcin', '900000000000000009');
    expect(guard.check('c', CHANNEL, 'What is osteocalcin?', id())).toEqual({
      kind: 'repeat',
      messageId: '900000000000000009',
    });
    // The asker's own repeat stays quiet; another channel is answered.
    expect(guard.check('a', CHANNEL, 'What is osteocalcin?', id()).kind).toBe('ignore');
    expect(guard.check('d', 'another channel', 'What is osteocalcin?', id()).kind).toBe('answer');
    now = DEDUPLICATE_MS;
    expect(guard.check('b', CHANNEL, 'What is osteocalcin?', id()).kind).toBe('answer');
  });

  it('forgets old entries as it goes', () => {
    let now = 0;
    const guard = new FloodGuard({ now: () => now });
    for (let i = 0; i < 1000; i++) guard.check(`user${i}`, CHANNEL, `question ${i}`, id());
    now = MAX_COOLDOWN_MS + DEDUPLICATE_MS;
    guard.check('late', CHANNEL, 'q', id());
    const sizes = guard as unknown as { lastAnswer: Map<string, unknown>; recentQuestions: Map<string, unknown> };
    expect(sizes.lastAnswer.size).toBe(1);
    expect(sizes.recentQuestions.size).toBe(1);
  });

  it('normalizes case, spacing and final punctuation', () => {
    expect(questionKey('  What   IS it?!  ')).toBe('what is it');
  });

  it('links to a message as Discord does, @me for DMs', () => {
    expect(messageLink('1', '2', '3')).toBe('https://discord.com/channels/1/2/3');
    expect(messageLink(undefined, '2', '3')).toBe('https://discord.com/channels/@me/2/3');
  });
});

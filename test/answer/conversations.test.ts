import { describe, expect, it } from 'vitest';
import {
  answerConversationKey,
  CONVERSATION_TTL_MS,
  ConversationMemory,
  channelConversationKey,
} from '../../src/answer/conversations.js';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('ConversationMemory', () => {
  it('recalls the question last understood under a key, for ten minutes after it', () => {
    const time = clock();
    const memory = new ConversationMemory({ now: time.now });
    memory.remember('k', 'What is osteocalcin?');
    time.advance(CONVERSATION_TTL_MS - 1);
    expect(memory.recall('k')).toBe('What is osteocalcin?');
    time.advance(1);
    expect(memory.recall('k')).toBeUndefined();
    expect(memory.size).toBe(0);
  });

  it('forgets the least recently used conversation past its limit', () => {
    const memory = new ConversationMemory({ limit: 2 });
    memory.remember('a', 'one');
    memory.remember('b', 'two');
    memory.remember('a', 'three');
    memory.remember('c', 'four');
    expect([memory.recall('a'), memory.recall('b'), memory.recall('c')]).toEqual(['three', undefined, 'four']);
  });

  it('forgets a conversation on request', () => {
    const memory = new ConversationMemory();
    memory.remember('a', 'one');
    memory.forget('a');
    expect(memory.recall('a')).toBeUndefined();
  });

  it('opens a reply to an answer on what that answer was for, and keeps the new question under its own key', () => {
    const memory = new ConversationMemory();
    const asker = channelConversationKey('c1', 'u1');
    const other = channelConversationKey('c1', 'u2');
    memory.remember(asker, 'What is osteocalcin?');
    memory.remember(answerConversationKey('m1'), 'What is osteocalcin?');
    memory.remember(other, 'What is cortisol?');

    const conversation = memory.open(other, answerConversationKey('m1'));
    expect(conversation.previous).toBe('What is osteocalcin?');
    expect(conversation.understood).toBeUndefined();
    conversation.remember('where does osteocalcin come from?');
    expect(conversation.understood).toBe('where does osteocalcin come from?');
    expect(memory.recall(other)).toBe('where does osteocalcin come from?');
    expect(memory.open(other, answerConversationKey('gone')).previous).toBe('where does osteocalcin come from?');
  });
});

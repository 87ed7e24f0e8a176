import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ForumQuestion, ForumThreads } from '../../src/discord/forum-threads.js';

const FORUM = '100';
const POSTER = '200';
const thread = (id: string, extra: object = {}) => ({
  id,
  guild_id: '1',
  parent_id: FORUM,
  owner_id: POSTER,
  name: 'What does osteocalcin do?',
  newly_created: true,
  ...extra,
});
const message = (id: string, channel: string, content: string, author = POSTER) => ({
  id,
  channel_id: channel,
  content,
  author: { id: author },
});

describe('ForumThreads', () => {
  let due: ForumQuestion[];
  let forum: ForumThreads;

  beforeEach(() => {
    vi.useFakeTimers();
    due = [];
    forum = new ForumThreads(
      {
        isForum: (id) => id === FORUM,
        tagNames: (_forum, ids) => ids.map((id) => (id === '9' ? 'SOLVED' : 'other')),
        solvedTags: ['Solved'],
      },
      (question) => due.push(question),
      { settleMs: 100, maxAnswers: 2 },
    );
  });
  afterEach(() => vi.useRealTimers());

  it('asks once, after the post settles, with the title, the edited starter and a second message', () => {
    forum.threadCreated(thread('5'));
    forum.message(message('5', '5', 'hello'));
    forum.messageUpdated(message('5', '5', 'it is for my mum'));
    forum.message(message('6', '5', 'she is 80'));
    expect(due).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(due).toEqual([
      {
        threadId: '5',
        guildId: '1',
        posterId: POSTER,
        question: 'What does osteocalcin do?\nit is for my mum\nshe is 80',
      },
    ]);
    vi.advanceTimersByTime(1000);
    expect(due).toHaveLength(1);
  });

  it('takes a starter that arrives before its thread', () => {
    forum.message(message('7', '7', 'the starter came first'));
    forum.threadCreated(thread('7'));
    vi.advanceTimersByTime(100);
    expect(due[0]?.question).toBe('What does osteocalcin do?\nthe starter came first');
  });

  it('leaves other forums, old threads, and posts tagged solved at creation alone', () => {
    forum.threadCreated(thread('8', { parent_id: '999' }));
    forum.threadCreated(thread('9', { newly_created: false }));
    forum.threadCreated(thread('10', { applied_tags: ['9'] }));
    vi.advanceTimersByTime(100);
    expect(due).toEqual([]);
  });

  it('takes follow-ups from the poster only, up to the maximum, until someone else replies or it is solved', () => {
    forum.threadCreated(thread('11'));
    forum.threadCreated(thread('12'));
    vi.advanceTimersByTime(100);
    forum.counted('11');
    forum.counted('12');
    const followUp = message('13', '11', 'and then?');
    expect(forum.isFollowUp(followUp)).toBe(true);
    expect(forum.isFollowUp(message('14', '11', 'and then?', 'someone'))).toBe(false);
    forum.counted('11');
    expect(forum.isFollowUp(followUp)).toBe(false); // 2 answers: the maximum here
    forum.message(message('15', '12', 'I can help', 'someone'));
    expect(forum.isFollowUp(message('16', '12', 'more?'))).toBe(false);
    expect(forum.stoppedIn('12')).toBe('someone else replied');
  });

  it('stops when the post is archived, locked or tagged solved', () => {
    for (const [id, change] of [
      ['20', { thread_metadata: { archived: true } }],
      ['21', { thread_metadata: { locked: true } }],
      ['22', { applied_tags: ['9'] }],
    ] as const) {
      forum.threadCreated(thread(id));
      vi.advanceTimersByTime(100);
      forum.threadUpdated({ ...thread(id), ...change });
    }
    expect(['20', '21', '22'].map((id) => forum.stoppedIn(id))).toEqual(['archived', 'locked', 'tagged solved']);
  });
});

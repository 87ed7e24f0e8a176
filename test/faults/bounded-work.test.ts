/**
 * Fault suite, part 5: bounded work per request. The handlers enforce their schemas' limits themselves (question
 * 500, tag and autocomplete text 100 characters, declared options only, at most 25), whatever the transport
 * delivers, so the largest payloads a hostile client can send are answered like ordinary ones. Behaviour is
 * asserted (what reaches the search); the time and memory each takes are printed, never asserted.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentDir } from '../../src/config.js';
import { handleInteraction } from '../../src/discord/interactions.js';
import { loadKnowledgeBase } from '../../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { messageProblems } from '../discord/discord-rules.js';

const HUGE = 'bone '.repeat(12_288); // 60 KiB, as the attack run sent
let kb: KnowledgeBase;
const figures: string[] = [];

beforeAll(() => {
  kb = loadKnowledgeBase(contentDir());
});
afterAll(() => {
  for (const line of figures) console.log(`[faults/bounded-work] ${line}`);
});

let nextId = 1;
function interaction(type: number, name: string, options: unknown[]): APIInteraction {
  return {
    id: String(1_000_000_000_000_000_000n + BigInt(nextId++)),
    application_id: '222222222222222222',
    token: 'interaction-token',
    version: 1,
    type,
    channel_id: '333333333333333333',
    guild_id: '444444444444444444',
    member: { user: { id: '123456789012345678', username: 'someone' }, roles: [], permissions: '0' },
    data: { id: '1', type: 1, name, options },
  } as unknown as APIInteraction;
}

/** Handles one interaction and reports the time it took and the heap it grew by. */
async function measured(payload: APIInteraction) {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const response = await handleInteraction(payload, kb);
  const ms = performance.now() - started;
  const heapMb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  return { response, ms, heapMb };
}

const HOSTILE: Array<[string, () => APIInteraction]> = [
  ['/tags with a 60 KiB tag', () => interaction(2, 'tags', [{ name: 'tag', type: 3, value: HUGE }])],
  ['/ask with a 60 KiB question', () => interaction(2, 'ask', [{ name: 'question', type: 3, value: HUGE }])],
  ['/axis with a 60 KiB question', () => interaction(2, 'axis', [{ name: 'question', type: 3, value: HUGE }])],
  [
    'autocomplete of /tags with 60 KiB typed',
    () => interaction(4, 'tags', [{ name: 'tag', type: 3, value: HUGE, focused: true }]),
  ],
  [
    'autocomplete of /axis with 60 KiB typed',
    () => interaction(4, 'axis', [{ name: 'question', type: 3, value: HUGE, focused: true }]),
  ],
  [
    '/ask with 100,000 options',
    () =>
      interaction(
        2,
        'ask',
        Array.from({ length: 100_000 }, (_, i) => ({ name: i === 0 ? 'question' : `o${i}`, type: 3, value: HUGE })),
      ),
  ],
];

describe('every handler enforces its schema limits itself', () => {
  it('a 60 KiB tag reaches the search as at most 100 characters, and is answered within the rules', async () => {
    const search = vi.spyOn(kb, 'passagesForTag');
    const { response } = await measured(interaction(2, 'tags', [{ name: 'tag', type: 3, value: HUGE }]));
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0].length).toBeLessThanOrEqual(100);
    expect(response.type).toBe(4);
    expect(messageProblems((response as { data: Parameters<typeof messageProblems>[0] }).data)).toEqual([]);
    search.mockRestore();
  });

  it('a 60 KiB question reaches the search as at most 500 characters', async () => {
    const search = vi.spyOn(kb, 'answerQuestion');
    await measured(interaction(2, 'ask', [{ name: 'question', type: 3, value: HUGE }]));
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0].length).toBeLessThanOrEqual(500);
    search.mockRestore();
  });

  it('autocomplete text is cut to 100 characters before suggesting', async () => {
    const suggest = vi.spyOn(kb, 'suggestTopics');
    const { response } = await measured(interaction(4, 'tags', [{ name: 'tag', type: 3, value: HUGE, focused: true }]));
    for (const [typed] of suggest.mock.calls) expect(typed.length).toBeLessThanOrEqual(100);
    expect(response.type).toBe(8);
    suggest.mockRestore();
  });

  it('options the schema does not declare, or of the wrong type, are ignored', async () => {
    const search = vi.spyOn(kb, 'answerQuestion');
    const { response } = await measured(
      interaction(2, 'ask', [
        { name: 'question', type: 3, value: 'What is osteocalcin?' },
        { name: 'private', type: 3, value: 'yes' }, // a string where the schema declares a boolean
        { name: 'limit', type: 4, value: 1_000_000 },
      ]),
    );
    expect(search).toHaveBeenCalledTimes(1);
    expect(((response as { data: { flags?: number } }).data.flags ?? 0) & 64).toBe(0); // not made private
    search.mockRestore();
  });

  it('the largest payloads are answered like ordinary ones (figures printed)', async () => {
    const ordinary = interaction(2, 'ask', [{ name: 'question', type: 3, value: 'What does osteocalcin do?' }]);
    await measured(ordinary); // warm
    const baseline = (await measured(ordinary)).ms;
    for (const [label, make] of HOSTILE) {
      const payload = make();
      const runs = [await measured(payload), await measured(payload), await measured(payload)];
      for (const { response } of runs) expect([4, 8]).toContain(response.type);
      const median = runs.map((r) => r.ms).sort((a, b) => a - b)[1] ?? 0;
      const heap = Math.max(...runs.map((r) => r.heapMb));
      figures.push(
        `${label}: median ${median.toFixed(2)} ms (ordinary question ${baseline.toFixed(2)} ms), heap +${heap.toFixed(1)} MB`,
      );
    }
  });
});

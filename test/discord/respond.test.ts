import type { APIInteraction, APIInteractionResponse, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { type InteractionTransport, respondInTime } from '../../src/discord/respond.js';

type Call = [kind: 'callback' | 'editOriginal' | 'followUp', body: unknown];

function recordingTransport(): { transport: InteractionTransport; calls: Call[]; sent: Promise<void> } {
  const calls: Call[] = [];
  let markSent: () => void = () => {};
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const transport: InteractionTransport = {
    async callback(_interaction, response) {
      calls.push(['callback', response]);
      markSent();
    },
    async editOriginal(_interaction, data) {
      calls.push(['editOriginal', data]);
    },
    async followUp(_interaction, data) {
      calls.push(['followUp', data]);
    },
  };
  return { transport, calls, sent };
}

const command = (options: unknown[] = []) =>
  ({
    id: '1',
    token: 't',
    application_id: '2',
    type: 2,
    data: { type: 1, name: 'ask', options },
  }) as never as APIInteraction;
const buttonClick = {
  id: '1',
  token: 't',
  application_id: '2',
  type: 3,
  data: { custom_id: 'x' },
} as never as APIInteraction;
const autocomplete = {
  id: '1',
  token: 't',
  application_id: '2',
  type: 4,
  data: { name: 'axis' },
} as never as APIInteraction;

const message = (type: 4 | 7, data: APIInteractionResponseCallbackData): APIInteractionResponse =>
  ({ type, data }) as APIInteractionResponse;
const answer: APIInteractionResponseCallbackData = { content: 'answer', flags: 64, allowed_mentions: { parse: [] } };

/** A computation that finishes only when the test says so: "slow" without any clock in the assertions. */
function gate<T>(value: T) {
  let open: () => void = () => {};
  const promise = new Promise<T>((resolve) => {
    open = () => resolve(value);
  });
  return { promise, open };
}

describe('respondInTime', () => {
  it('sends a fast response directly, as the one callback', async () => {
    const { transport, calls } = recordingTransport();
    const outcome = await respondInTime(command(), () => message(4, answer), transport, 1_000);
    expect(outcome).toBe('answered');
    expect(calls).toEqual([['callback', { type: 4, data: answer }]]);
  });

  it('defers a slow command (ephemeral when private), then edits the original without flags', async () => {
    const { transport, calls, sent } = recordingTransport();
    const slow = gate(message(4, answer));
    const done = respondInTime(command([{ name: 'private', type: 5, value: true }]), () => slow.promise, transport, 1);
    await sent; // the deferral went out while the answer was still being computed
    expect(calls).toEqual([['callback', { type: 5, data: { flags: 64 } }]]);
    slow.open();
    expect(await done).toBe('deferred');
    expect(calls[1]).toEqual(['editOriginal', { content: 'answer', allowed_mentions: { parse: [] } }]);
  });

  it('defers a slow public command without flags', async () => {
    const { transport, calls, sent } = recordingTransport();
    const slow = gate(message(4, { content: 'x', allowed_mentions: { parse: [] } }));
    const done = respondInTime(command(), () => slow.promise, transport, 1);
    await sent;
    expect(calls[0]).toEqual(['callback', { type: 5 }]);
    slow.open();
    await done;
  });

  it('acknowledges a slow button, then updates its message or posts a follow-up', async () => {
    for (const [type, expected] of [
      [7, 'editOriginal'],
      [4, 'followUp'],
    ] as const) {
      const { transport, calls, sent } = recordingTransport();
      const slow = gate(message(type, answer));
      const done = respondInTime(buttonClick, () => slow.promise, transport, 1);
      await sent;
      expect(calls[0]).toEqual(['callback', { type: 6 }]);
      slow.open();
      await done;
      expect(calls[1]?.[0]).toBe(expected);
    }
  });

  it('sends late autocomplete choices as they are (it cannot be deferred)', async () => {
    const { transport, calls } = recordingTransport();
    const slow = gate({ type: 8, data: { choices: [] } } as APIInteractionResponse);
    const done = respondInTime(autocomplete, () => slow.promise, transport, 1);
    setTimeout(slow.open, 5);
    expect(await done).toBe('answered');
    expect(calls).toEqual([['callback', { type: 8, data: { choices: [] } }]]);
  });

  it('rejects when Discord cannot be told, so the caller can log it', async () => {
    const failing: InteractionTransport = {
      callback: async () => {
        throw new Error('503');
      },
      editOriginal: async () => {},
      followUp: async () => {},
    };
    await expect(respondInTime(command(), () => message(4, answer), failing)).rejects.toThrow('503');
  });
});

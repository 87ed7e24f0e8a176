/**
 * Button custom ids carry everything needed to re-run a command for another page, so any process (a gateway shard,
 * any HTTP replica) answers a click without shared memory: `<action>:<ownerId>:<command>:<page>:<flags>:<input>`,
 * within Discord's 100 characters. Each field: docs/scaling.md, "Replicas".
 */
import { DISCORD_LIMITS } from './limits.js';
import { splitsSurrogatePair, withoutLoneSurrogates } from './text-units.js';

type ButtonAction = 'page' | 'post';

export interface ButtonKey {
  action: ButtonAction;
  ownerId: string;
  command: string;
  page: number;
  /** The answer was private (ephemeral): its pages stay private and it offers "Post to channel". */
  private: boolean;
  /** The input below is the start of a longer one that did not fit. */
  clipped: boolean;
  input: string;
}

const SNOWFLAKE = /^\d{1,20}$/;
const COMMAND = /^[-_\p{L}\p{N}]{1,32}$/u;
const MAX_PAGE = 999;

/** The custom id for a button; the input is clipped (at a word boundary when it can) so the id fits. */
export function encodeButtonId(key: Omit<ButtonKey, 'clipped'> & { clipped?: boolean }): string {
  if (!SNOWFLAKE.test(key.ownerId)) throw new Error(`encodeButtonId: invalid owner id ${JSON.stringify(key.ownerId)}`);
  if (!COMMAND.test(key.command)) throw new Error(`encodeButtonId: invalid command ${JSON.stringify(key.command)}`);
  const page = Math.min(Math.max(0, Math.trunc(key.page)), MAX_PAGE);
  const room = (flags: string) =>
    DISCORD_LIMITS.customId - `${key.action}:${key.ownerId}:${key.command}:${page}:${flags}:`.length;
  // A lone surrogate is not valid text for Discord (the id would be refused): U+FFFD instead.
  let input = withoutLoneSurrogates(key.input);
  let clipped = key.clipped === true;
  if (input.length > room(flagsOf(key.private, clipped))) {
    clipped = true;
    input = clipInput(input, room(flagsOf(key.private, true)));
  }
  return `${key.action}:${key.ownerId}:${key.command}:${page}:${flagsOf(key.private, clipped)}:${input}`;
}

/** The key in a custom id, or undefined for anything this version did not make (old buttons, other bots' ids). */
export function decodeButtonId(customId: string): ButtonKey | undefined {
  if (customId.length > DISCORD_LIMITS.customId) return undefined;
  const parts = customId.split(':');
  if (parts.length < 6) return undefined;
  const [action, ownerId, command, pageText, flags] = parts as [string, string, string, string, string];
  const input = parts.slice(5).join(':');
  if (action !== 'page' && action !== 'post') return undefined;
  if (!SNOWFLAKE.test(ownerId) || !COMMAND.test(command)) return undefined;
  if (!/^\d{1,3}$/.test(pageText) || !/^(-|p?c?)$/.test(flags) || flags === '') return undefined;
  return {
    action,
    ownerId,
    command,
    page: Number(pageText),
    private: flags.includes('p'),
    clipped: flags.includes('c'),
    input,
  };
}

function flagsOf(isPrivate: boolean, clipped: boolean): string {
  return `${isPrivate ? 'p' : ''}${clipped ? 'c' : ''}` || '-';
}

/** The start of `input` within `room` code units, ending at a word boundary if that keeps most of it. */
function clipInput(input: string, room: number): string {
  if (room <= 0) return '';
  const end = splitsSurrogatePair(input, room) ? room - 1 : room;
  const head = input.slice(0, end);
  const space = head.lastIndexOf(' ');
  return (space >= room / 2 ? head.slice(0, space) : head).trimEnd();
}

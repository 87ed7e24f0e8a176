/** What the handlers read off a raw interaction: who, where, with what permissions, about which message. */
import type { APIInteraction } from 'discord-api-types/v10';
import type { Caller } from '../../commands/types.js';

/** Manage Server or Administrator: the bits Discord sends as the member's permissions in this channel. */
const MANAGES_SERVER = (1n << 5n) | (1n << 3n);

export function callerOf(interaction: APIInteraction): Caller | undefined {
  const userId = userIdOf(interaction);
  if (!userId) return undefined;
  const raw = interaction as {
    guild_id?: unknown;
    channel_id?: unknown;
    channel?: { id?: unknown };
    member?: { permissions?: unknown };
  };
  const channelId = raw.channel_id ?? raw.channel?.id;
  const permissions = typeof raw.member?.permissions === 'string' ? raw.member.permissions : '0';
  return {
    userId,
    ...(typeof raw.guild_id === 'string' ? { guildId: raw.guild_id } : {}),
    ...(typeof channelId === 'string' ? { channelId } : {}),
    managesServer: /^\d{1,20}$/.test(permissions) && (BigInt(permissions) & MANAGES_SERVER) !== 0n,
  };
}

export function userIdOf(interaction: APIInteraction): string | undefined {
  const raw = interaction as { member?: { user?: { id?: unknown } }; user?: { id?: unknown } };
  const id = raw.member?.user?.id ?? raw.user?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Channel type numbers as Discord sends them in `resolved.channels`. */
const FORUM = 15;
const TEXT = new Set([0, 5]);

/** The kind of each channel an interaction's options name (forum, text, other), from its resolved data. */
export function channelKindsOf(interaction: APIInteraction): Record<string, 'forum' | 'text' | 'other'> {
  const resolved = (interaction as { data?: { resolved?: { channels?: unknown } } }).data?.resolved?.channels;
  const kinds: Record<string, 'forum' | 'text' | 'other'> = {};
  if (!resolved || typeof resolved !== 'object') return kinds;
  for (const [id, channel] of Object.entries(resolved as Record<string, { type?: unknown }>)) {
    kinds[id] = channel?.type === FORUM ? 'forum' : TEXT.has(channel?.type as number) ? 'text' : 'other';
  }
  return kinds;
}

/** The text of the message a message command was used on ('' when it has none, or the payload lacks it). */
export function targetMessageText(interaction: APIInteraction): string {
  const data = (interaction as { data?: { target_id?: unknown; resolved?: { messages?: unknown } } }).data;
  const messages = data?.resolved?.messages as Record<string, { content?: unknown }> | undefined;
  const target = typeof data?.target_id === 'string' ? messages?.[data.target_id] : undefined;
  return typeof target?.content === 'string' ? target.content : '';
}

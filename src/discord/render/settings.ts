/** /settings as one private embed: what changed, then the server's settings, channels shown as channel links. */
import type { APIEmbed } from 'discord-api-types/v10';
import type { EffectiveSettings } from '../../store/server-settings.js';
import { escapeMarkdown } from '../escape.js';
import { COLORS } from './parts.js';

const SNOWFLAKE = /^\d{17,20}$/;
/** Channel links: they open the channel and ping nobody. Only ids, never text anyone typed. */
const channels = (ids: string[]) => {
  const shown = ids.filter((id) => SNOWFLAKE.test(id)).map((id) => `<#${id}>`);
  return shown.length > 0 ? shown.slice(0, 40).join(' ') : 'none';
};

export function renderSettingsEmbed(headline: string, notes: string[], settings: EffectiveSettings): APIEmbed {
  return {
    title: escapeMarkdown(headline),
    ...(notes.length > 0 ? { description: notes.map((n) => `*${escapeMarkdown(n)}*`).join('\n') } : {}),
    color: COLORS.info,
    fields: [
      { name: 'Forum channels answered on their own', value: channels(settings.forumChannels) },
      { name: 'Ask channels (questions ending in "?")', value: channels(settings.askChannels) },
      { name: 'Private by default', value: settings.privateByDefault ? 'yes' : 'no', inline: true },
      { name: 'Cooldown', value: `${settings.cooldownSeconds} s`, inline: true },
    ],
  };
}

/**
 * /settings — a server's own settings over the operator's defaults: forum and ask channels, private answers, the
 * cooldown. Manage Server only (registered so, and checked again on every use). Changes apply at once, everywhere.
 */
import { ChannelType, OptionType } from './discord-values.js';
import { type CommandContext, type CommandOptions, defineCommand, notice, type Reply, SERVER_ADMIN } from './types.js';

const MAX_COOLDOWN = 600;
const enabled = { type: OptionType.Boolean, name: 'enabled', description: 'On or off.', required: true } as const;
const channel = (description: string, types: number[]) =>
  ({ type: OptionType.Channel, name: 'channel', description, required: true, channel_types: types }) as const;

export const settings = defineCommand({
  schema: {
    name: 'settings',
    description: "This server's settings for the bot: forum and ask channels, private answers, the cooldown.",
    ...SERVER_ADMIN,
    options: [
      { type: OptionType.Subcommand, name: 'view', description: "Show this server's settings." },
      {
        type: OptionType.Subcommand,
        name: 'forum-channel',
        description: 'Answer each new post in a forum channel on its own, or stop.',
        options: [channel('The forum channel.', [ChannelType.GuildForum]), enabled],
      },
      {
        type: OptionType.Subcommand,
        name: 'ask-channel',
        description: 'Answer every message ending in "?" in a text channel without a mention, or stop.',
        options: [channel('The text channel.', [ChannelType.GuildText, ChannelType.GuildAnnouncement]), enabled],
      },
      {
        type: OptionType.Subcommand,
        name: 'private-by-default',
        description: 'Answers only the asker sees (private:false still posts them).',
        options: [enabled],
      },
      {
        type: OptionType.Subcommand,
        name: 'cooldown',
        description: `Seconds between one member's questions in channels (0 to ${MAX_COOLDOWN}).`,
        options: [
          {
            type: OptionType.Integer,
            name: 'seconds',
            description: `0 to ${MAX_COOLDOWN}.`,
            required: true,
            min_value: 0,
            max_value: MAX_COOLDOWN,
          },
        ],
      },
    ],
  },
  usage: '/settings view | forum-channel | ask-channel | private-by-default | cooldown',
  async run(typed, context) {
    const options = typed as CommandOptions;
    const { caller, settings: access } = context;
    if (!caller?.guildId) return notice('/settings changes a server: run it in one.');
    if (!caller.managesServer) {
      return notice('Only members who can manage this server (Manage Server) can change its settings.', 'error');
    }
    if (!access) return notice('Settings are not available here.');
    const guildId = caller.guildId;
    const shown = (headline: string, notes: string[] = []): Reply => ({
      kind: 'settings',
      headline,
      notes,
      settings: access.forGuild(guildId),
    });
    if (options.subcommand === 'view' || options.subcommand === undefined) return shown("This server's settings");
    if (!access.writable) {
      return notice(
        'Settings are kept in the store, and storage is off (DATABASE_URL=off): nothing can change.',
        'error',
      );
    }
    const saved = await change(options, guildId, context);
    if ('kind' in saved) return saved;
    if (!saved.ok) {
      return notice(
        'The store cannot be reached right now, so nothing changed. Please try again in a minute.',
        'error',
      );
    }
    return shown(saved.headline, saved.notes);
  },
});

type Saved = { ok: boolean; headline: string; notes: string[] };

async function change(options: CommandOptions, guildId: string, context: CommandContext): Promise<Saved | Reply> {
  const access = context.settings;
  if (!access) return notice('Settings are not available here.');
  const on = options.enabled === true;
  const reads = access.readsMessages;
  switch (options.subcommand) {
    case 'forum-channel':
    case 'ask-channel': {
      const kind = options.subcommand === 'forum-channel' ? 'forum' : 'ask';
      const id = typeof options.channel === 'string' ? options.channel : '';
      const actual = context.channelKinds?.[id];
      if (!/^\d{17,20}$/.test(id) || actual !== (kind === 'forum' ? 'forum' : 'text')) {
        return notice(
          kind === 'forum'
            ? 'That is not a forum channel: choose a forum (the channels made of posts).'
            : 'That is not a text channel: choose a text or announcement channel.',
          'error',
        );
      }
      const ok = await access.setChannel(guildId, id, kind, on);
      const what = kind === 'forum' ? 'New posts in that forum' : 'Questions ending in "?" in that channel';
      const notes =
        on && !reads
          ? [
              kind === 'forum'
                ? 'This bot runs without the Message Content intent: it answers posts from their titles only, and not follow-ups.'
                : 'This bot runs without the Message Content intent, so it cannot read messages there yet: its operator has to enable the intent and restart it.',
            ]
          : [];
      return {
        ok,
        headline: `${what} ${on ? 'are now answered on their own' : 'are no longer answered on their own'}.`,
        notes,
      };
    }
    case 'private-by-default': {
      const ok = await access.setServer(guildId, { privateByDefault: on });
      return {
        ok,
        headline: on ? 'Answers are now private by default.' : 'Answers are now public by default.',
        notes: [],
      };
    }
    case 'cooldown': {
      const seconds = Number(options.seconds);
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_COOLDOWN) {
        return notice(`The cooldown is a whole number of seconds from 0 to ${MAX_COOLDOWN}.`, 'error');
      }
      const ok = await access.setServer(guildId, { cooldownSeconds: seconds });
      return {
        ok,
        headline: seconds === 0 ? 'No cooldown between questions.' : `Cooldown set to ${seconds} s.`,
        notes: [],
      };
    }
    default:
      return notice('Unknown setting: try /settings view.');
  }
}

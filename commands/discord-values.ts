/**
 * The few discord-api-types enum values the command schemas use, restated: the console and `npm run ask` load
 * commands/ but not Discord, and that package costs about 30 ms to load. The annotations make the compiler check
 * each value against discord-api-types' own enum, so they cannot drift.
 */
import type {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType as DiscordChannelType,
  InteractionContextType,
} from 'discord-api-types/v10';

export const OptionType: {
  readonly Subcommand: ApplicationCommandOptionType.Subcommand;
  readonly String: ApplicationCommandOptionType.String;
  readonly Integer: ApplicationCommandOptionType.Integer;
  readonly Boolean: ApplicationCommandOptionType.Boolean;
  readonly Channel: ApplicationCommandOptionType.Channel;
} = { Subcommand: 1, String: 3, Integer: 4, Boolean: 5, Channel: 7 };

export const CommandType: { readonly Message: ApplicationCommandType.Message } = { Message: 3 };

export const ChannelType: {
  readonly GuildText: DiscordChannelType.GuildText;
  readonly GuildAnnouncement: DiscordChannelType.GuildAnnouncement;
  readonly GuildForum: DiscordChannelType.GuildForum;
} = { GuildText: 0, GuildAnnouncement: 5, GuildForum: 15 };

/** Permission bits as Discord's `default_member_permissions` takes them (a decimal string). */
export const Permission = {
  /** Manage Server (MANAGE_GUILD, 1 << 5). */
  ManageGuild: '32',
} as const;

export const ContextType: {
  readonly Guild: InteractionContextType.Guild;
  readonly BotDM: InteractionContextType.BotDM;
  readonly PrivateChannel: InteractionContextType.PrivateChannel;
} = { Guild: 0, BotDM: 1, PrivateChannel: 2 };

export const IntegrationType: {
  readonly GuildInstall: ApplicationIntegrationType.GuildInstall;
  readonly UserInstall: ApplicationIntegrationType.UserInstall;
} = { GuildInstall: 0, UserInstall: 1 };

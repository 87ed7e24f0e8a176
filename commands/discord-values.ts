/**
 * The few discord-api-types enum values the command schemas use, restated: the console and `npm run ask` load
 * commands/ but not Discord, and that package costs about 30 ms to load. The annotations make the compiler check
 * each value against discord-api-types' own enum, so they cannot drift.
 */
import type {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord-api-types/v10';

export const OptionType: {
  readonly String: ApplicationCommandOptionType.String;
  readonly Integer: ApplicationCommandOptionType.Integer;
  readonly Boolean: ApplicationCommandOptionType.Boolean;
} = { String: 3, Integer: 4, Boolean: 5 };

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

/**
 * What a command is, for every front end: a schema (the JSON Discord
 * registers, also used to parse console input) and plain functions that take
 * parsed options and the knowledge base and return a neutral Reply. No
 * Discord objects come in or go out; each front end renders Replies itself.
 */
import type {
  APIApplicationCommandOptionChoice,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Answer, QuotedPassage } from '../src/answer/answer.js';
import type { Conversation } from '../src/answer/conversations.js';
import type { Article } from '../src/content/types.js';
import type { KnowledgeBase, TagInfo } from '../src/search/knowledge-base.js';
import type { Insights, InsightsQuery } from '../src/store/records.js';
import type { EffectiveSettings } from '../src/store/server-settings.js';
import { ContextType, IntegrationType, OptionType, Permission } from './discord-values.js';
import { MAX_INPUT_LENGTH } from './limits.js';

/** Option values as parsed by a front end: strings, or booleans for flags. */
export type CommandOptions = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandContext {
  kb: KnowledgeBase;
  /** The conversation the question belongs to, when the front end keeps one: follow-ups lean on it. */
  conversation?: Conversation;
  /** Who runs the command, and where: known on Discord, absent in the console. */
  caller?: Caller;
  /** The store, for the commands that read or delete what it keeps; absent when nothing is stored. */
  store?: StoreAccess;
  /** Per-server settings (/settings); absent in the console. */
  settings?: SettingsAccess;
  /** What kind each channel named in the options is, as the front end knows it. */
  channelKinds?: Readonly<Record<string, 'forum' | 'text' | 'other'>>;
}

/** What /settings may read and change. */
export interface SettingsAccess {
  readonly writable: boolean;
  /** Whether the bot can read messages (the Message Content intent): forum posts are answered from titles without it. */
  readonly readsMessages: boolean;
  forGuild(guildId: string): EffectiveSettings;
  /** Just the server's switches, for every question (the lists take longer to make). */
  server(guildId: string): { privateByDefault: boolean; cooldownSeconds: number };
  setChannel(guildId: string, channelId: string, kind: 'forum' | 'ask', enabled: boolean): Promise<boolean>;
  setServer(guildId: string, change: { privateByDefault?: boolean; cooldownSeconds?: number }): Promise<boolean>;
}

export interface Caller {
  userId: string;
  guildId?: string;
  channelId?: string;
  /** Manage Server or Administrator, from the permissions Discord sent with this very interaction. */
  managesServer: boolean;
}

/** What commands may ask of the store ('unavailable': it cannot be reached just now). */
interface StoreAccess {
  insights(query: InsightsQuery): Promise<Insights | 'unavailable'>;
  forgetUser(userId: string): Promise<{ questions: number; votes: number } | 'unavailable'>;
}

/** What the user can page through: the command and its text input, re-run to show another page. */
interface PagingKey {
  command: string;
  /** The question or tag the answer was for ('' for none). */
  input: string;
}

/** One section of an overview: a heading and the passage it quotes. */
export interface OverviewPart {
  heading: string;
  passage: Answer['passages'][number];
}

export type Reply =
  | { kind: 'answer'; answer: Answer; paging: PagingKey; heading?: string }
  | { kind: 'overview'; article: Article; parts: OverviewPart[] }
  | { kind: 'tags'; tags: TagInfo[]; paging: PagingKey }
  /** The article's citation, with the passages that say where its facts come from (the journal, the authors). */
  | { kind: 'citation'; article: Article; passages?: readonly QuotedPassage[] }
  /** Every article loaded (when there are several and none was chosen), and what was asked for if none matched. */
  | { kind: 'library'; articles: readonly Article[]; missing?: string }
  | { kind: 'help'; commands: ReadonlyArray<{ name: string; description: string; usage: string }> }
  /** A server's summary, for the people who run it: always private. */
  | { kind: 'insights'; insights: Insights }
  /** A server's settings after a change (or as they are), with what changed: always private. */
  | { kind: 'settings'; headline: string; notes: string[]; settings: EffectiveSettings }
  | { kind: 'notice'; tone: 'info' | 'error'; message: string };

export type Choice = APIApplicationCommandOptionChoice<string>;

/** A chat-input command's schema, as Discord's bulk overwrite takes it, with the name and description it needs. */
type ChatInputSchema = RESTPostAPIChatInputApplicationCommandsJSONBody & { name: string; description: string };
/** A message command (right-click a message > Apps): no options; its handler gets the message's text as `question`. */
type MessageSchema = RESTPostAPIContextMenuApplicationCommandsJSONBody & {
  name: string;
  type: ApplicationCommandType.Message;
};
export type CommandSchema = ChatInputSchema | MessageSchema;

export interface Command<R extends Reply | Promise<Reply> = Reply | Promise<Reply>> {
  /** The schema registered with Discord, verbatim. */
  readonly schema: CommandSchema;
  /** How to use it, one line, for /help and the console. */
  readonly usage: string;
  /** Answering commands reply at once; those that read the store return a promise. */
  run(options: CommandOptions, context: CommandContext): R;
  /** Choices for the focused option as the user types (max 25). */
  autocomplete?(option: string, typed: string, context: CommandContext): Choice[];
}

/** The options a schema declares, by name: booleans for Boolean options, text for the rest (numbers come as text). */
type OptionsOf<S extends CommandSchema> = S extends ChatInputSchema
  ? {
      readonly [O in NonNullable<
        S['options']
      >[number] as O['name']]?: O['type'] extends ApplicationCommandOptionType.Boolean ? boolean : string;
    }
  : { readonly question?: string };

/** A command whose handlers read its options by the names and types its own schema declares. */
export interface TypedCommand<S extends CommandSchema, R extends Reply | Promise<Reply>> {
  readonly schema: S;
  readonly usage: string;
  run(options: OptionsOf<S>, context: CommandContext): R;
  autocomplete?(option: string, typed: string, context: CommandContext): Choice[];
}

/**
 * Declares a command: its schema constant types its handlers' options. Front ends see the plain Command, and the
 * options they pass have been checked against this same schema (parseOptions in src/discord/interactions.ts).
 */
export function defineCommand<const S extends CommandSchema, R extends Reply | Promise<Reply>>(
  command: TypedCommand<S, R>,
): Command<R> {
  return command as unknown as Command<R>;
}

/** Where a command can be used: servers, the bot's DMs, and (when a user installs the app) any DM or group DM. */
export const EVERYWHERE = {
  contexts: [ContextType.Guild, ContextType.BotDM, ContextType.PrivateChannel],
  integration_types: [IntegrationType.GuildInstall, IntegrationType.UserInstall],
} satisfies Pick<CommandSchema, 'contexts' | 'integration_types'>;

/** For the people who run a server: in servers only, shown to Manage Server by default (handlers check again). */
export const SERVER_ADMIN = {
  contexts: [ContextType.Guild],
  integration_types: [IntegrationType.GuildInstall],
  default_member_permissions: Permission.ManageGuild,
} satisfies Pick<CommandSchema, 'contexts' | 'integration_types' | 'default_member_permissions'>;

/** A short reply that is not an answer: a refusal, a confirmation, a hint. */
export function notice(message: string, tone: 'info' | 'error' = 'info'): Reply {
  return { kind: 'notice', tone, message };
}

/** The `private` flag every answering command has. */
export const PRIVATE_OPTION = {
  type: OptionType.Boolean,
  name: 'private',
  description: 'Only you will see the answer (you can still post it to the channel).',
  required: false,
} as const;

/** An optional text option with autocomplete (a tag, an article title): what the command lists when left empty. */
export function autocompletedOption<N extends string>(name: N, description: string, maxLength: number) {
  return {
    type: OptionType.String,
    name,
    description,
    required: false,
    autocomplete: true,
    max_length: maxLength,
  } as const;
}

/**
 * Suggestions as choices, best first: whitespace collapsed, blanks and repeats (ignoring case) dropped. How many a
 * front end shows and how long each may be are its own rules (Discord's live in src/discord/limits.ts).
 */
export function toChoices(texts: Iterable<string>): Choice[] {
  const choices: Choice[] = [];
  const seen = new Set<string>();
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ').trim();
    const key = text.toLowerCase();
    if (text.length === 0 || seen.has(key)) continue;
    seen.add(key);
    choices.push({ name: text, value: text });
  }
  return choices;
}

/**
 * The option a command's free text goes to (its first string option: `question`, `tag`), or undefined when it
 * takes none. Front ends use it to pass typed text (console) or a paged input (buttons) to the command.
 */
export function freeTextOption(command: Command): string | undefined {
  if (!('options' in command.schema)) return 'question';
  return command.schema.options?.find((option) => option.type === OptionType.String)?.name;
}

/** What a command is for, in a line: its description, or (message commands have none) how to use it. */
export function describeCommand(command: Command): string {
  return 'description' in command.schema && command.schema.description ? command.schema.description : command.usage;
}

/** The text option of a command, cut to `maxLength` characters and trimmed; '' when absent. */
export function textOption<O extends Readonly<Record<string, string | boolean | undefined>>>(
  options: O,
  name: keyof O & string,
  maxLength: number = MAX_INPUT_LENGTH,
): string {
  const value = options[name];
  return typeof value === 'string' ? value.slice(0, maxLength).trim() : '';
}

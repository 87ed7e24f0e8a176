/** Options of an interaction, read against the command's own schema: what any client sends is bounded here. */
import { type APIApplicationCommandInteractionDataOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Command, CommandOptions } from '../../commands/types.js';

export function optionsOf(data: { options?: unknown } | undefined): APIApplicationCommandInteractionDataOption[] {
  return Array.isArray(data?.options) ? (data.options as APIApplicationCommandInteractionDataOption[]) : [];
}

/**
 * Top-level option values as the command's schema declares them, whatever the transport delivered: only declared
 * names, only their types (strings, booleans; numbers as text), text cut to the option's max_length. Discord
 * enforces the same limits, but a hostile or buggy client of the HTTP endpoint need not.
 */
export function parseOptions(
  options: readonly APIApplicationCommandInteractionDataOption[],
  schema: Command['schema'],
): CommandOptions {
  return parseDeclared(options, declaredOptions(schema));
}

/**
 * A subcommand's name goes to `subcommand`, and its own options are read against its own declaration, so
 * /settings forum-channel channel:… enabled:… parses as { subcommand, channel, enabled }.
 */
function parseDeclared(
  options: readonly APIApplicationCommandInteractionDataOption[],
  declaredList: readonly DeclaredOption[],
): Record<string, string | boolean> {
  const parsed: Record<string, string | boolean> = {};
  for (const option of options.slice(0, MAX_OPTIONS)) {
    const raw = option as { name?: unknown; options?: unknown } | null;
    const declared = declaredList.find((d) => d.name === raw?.name);
    if (!declared) continue;
    if (declared.type === ApplicationCommandOptionType.Subcommand) {
      const nested = (declared as { options?: readonly DeclaredOption[] }).options ?? [];
      const given = Array.isArray(raw?.options) ? (raw.options as APIApplicationCommandInteractionDataOption[]) : [];
      return { ...parseDeclared(given, nested), subcommand: declared.name };
    }
    if (!('value' in (option as object))) continue;
    const value: unknown = (option as { value?: unknown }).value;
    if (declared.type === ApplicationCommandOptionType.Boolean) {
      if (typeof value === 'boolean') parsed[declared.name] = value;
    } else if (typeof value === 'string') {
      parsed[declared.name] = value.slice(0, maxLengthOf(declared));
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      parsed[declared.name] = String(value);
    }
  }
  return parsed;
}

/** The focused option of an autocomplete, if the schema declares it, with its text cut to the option's limit. */
export function findFocused(
  options: readonly APIApplicationCommandInteractionDataOption[],
  schema: Command['schema'],
): { name: string; value: string } | undefined {
  for (const option of options.slice(0, MAX_OPTIONS)) {
    if (!option || !('focused' in option) || option.focused !== true) continue;
    const declared = declaredOptions(schema).find((d) => d.name === (option as { name?: unknown }).name);
    if (!declared) return undefined;
    const value: unknown = option.value;
    const text = typeof value === 'string' ? value : String(value ?? '');
    return { name: declared.name, value: text.slice(0, Math.min(maxLengthOf(declared), MAX_AUTOCOMPLETE_VALUE)) };
  }
  return undefined;
}

/** Discord allows 25 options per command: more in a payload are not from Discord. */
const MAX_OPTIONS = 25;
/** What a user can type into an autocompleted option is capped at 100 characters by Discord. */
const MAX_AUTOCOMPLETE_VALUE = 100;
/** Discord's own cap on a string option's value. */
const MAX_STRING_OPTION = 6_000;

type DeclaredOption = { name: string; type: number };

function declaredOptions(schema: Command['schema']): readonly DeclaredOption[] {
  return 'options' in schema ? ((schema.options ?? []) as readonly DeclaredOption[]) : [];
}

function maxLengthOf(option: DeclaredOption): number {
  const max = (option as { max_length?: unknown }).max_length;
  return typeof max === 'number' ? max : MAX_STRING_OPTION;
}

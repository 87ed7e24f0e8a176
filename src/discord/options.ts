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
  const parsed: Record<string, string | boolean> = {};
  for (const option of options.slice(0, MAX_OPTIONS)) {
    const declared = declaredOption(schema, option);
    if (!declared) continue;
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
    const declared = declaredOption(schema, option);
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

type DeclaredOption = NonNullable<Command['schema']['options']>[number];

function declaredOption(schema: Command['schema'], option: unknown): DeclaredOption | undefined {
  const raw = option as { name?: unknown; value?: unknown } | null;
  if (!raw || typeof raw.name !== 'string' || !('value' in raw)) return undefined;
  return schema.options?.find((declared) => declared.name === raw.name);
}

function maxLengthOf(option: DeclaredOption): number {
  const max = (option as { max_length?: unknown }).max_length;
  return typeof max === 'number' ? max : MAX_STRING_OPTION;
}

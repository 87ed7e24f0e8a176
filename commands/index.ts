/**
 * Every command, declared once. Front ends route by name through
 * findCommand(); the deploy script registers exactly commandSchemas().
 */
import { ask } from './ask.js';
import { axis } from './axis.js';
import { helpCommand } from './help.js';
import { source } from './source.js';
import { tags } from './tags.js';
import type { Command } from './types.js';

export const commands: readonly Command[] = [ask, axis, tags, source, helpCommand(() => commands)];

const byName = new Map(commands.map((c) => [c.schema.name, c]));

export function findCommand(name: string): Command | undefined {
  return byName.get(name);
}

/** The bodies for Discord's bulk overwrite (PUT .../commands). */
export function commandSchemas() {
  return commands.map((c) => c.schema);
}

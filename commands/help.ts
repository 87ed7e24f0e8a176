/** /help — what the bot does and how to ask it. */
import { type Command, PRIVATE_OPTION } from './types.js';

/** Filled in by the command list, so /help always lists exactly the registered commands. */
let listed: readonly Command[] = [];

export function setHelpCommands(commands: readonly Command[]): void {
  listed = commands;
}

export const help: Command = {
  schema: {
    name: 'help',
    description: 'What this bot does and how to ask it.',
    contexts: [0, 1, 2],
    options: [PRIVATE_OPTION],
  },
  usage: '/help',
  run() {
    return {
      kind: 'help',
      commands: listed.map((c) => ({ name: c.schema.name, description: c.schema.description, usage: c.usage })),
    };
  },
};

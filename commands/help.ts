/** /help — what the bot does and how to ask it. */
import type { KnowledgeBase } from '../src/search/knowledge-base.js';
import { type Command, PRIVATE_OPTION } from './types.js';

/**
 * The /help command for a list of commands (itself included), so /help always lists exactly the registered ones.
 * The list is read when /help runs, which lets it contain the help command being made.
 */
export function helpCommand(listed: (kb: KnowledgeBase) => readonly Command[]): Command {
  return {
    schema: {
      name: 'help',
      description: 'What this bot does and how to ask it.',
      contexts: [0, 1, 2],
      options: [PRIVATE_OPTION],
    },
    usage: '/help',
    run(_options, { kb }) {
      return {
        kind: 'help',
        commands: listed(kb).map((c) => ({ name: c.schema.name, description: c.schema.description, usage: c.usage })),
      };
    },
  };
}

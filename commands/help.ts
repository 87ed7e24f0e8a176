/** /help — what the bot does and how to ask it. */
import type { KnowledgeBase } from '../src/search/knowledge-base.js';
import { type Command, defineCommand, describeCommand, EVERYWHERE, PRIVATE_OPTION, type Reply } from './types.js';

/**
 * The /help command for a list of commands (itself included), so /help always lists exactly the registered ones.
 * The list is read when /help runs, which lets it contain the help command being made.
 */
export function helpCommand(listed: (kb: KnowledgeBase) => readonly Command[]): Command<Reply> {
  return defineCommand({
    schema: {
      name: 'help',
      description: 'What this bot does and how to ask it.',
      ...EVERYWHERE,
      options: [PRIVATE_OPTION],
    },
    usage: '/help',
    run(_options, { kb }) {
      return {
        kind: 'help',
        commands: listed(kb).map((c) => ({ name: c.schema.name, description: describeCommand(c), usage: c.usage })),
      };
    },
  });
}

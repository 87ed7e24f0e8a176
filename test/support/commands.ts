/** Running a command in a test: the answering commands must reply at once, and this says so if one does not. */
import { findCommand } from '../../commands/index.js';
import type { CommandContext, CommandOptions, Reply } from '../../commands/types.js';
import type { KnowledgeBase } from '../../src/search/knowledge-base.js';

export function runNow(name: string, options: CommandOptions, context: CommandContext & { kb: KnowledgeBase }): Reply {
  const command = findCommand(name, context.kb);
  if (!command) throw new Error(`no /${name}`);
  const reply = command.run(options, context);
  if (reply instanceof Promise) throw new Error(`/${name} did not answer at once`);
  return reply;
}

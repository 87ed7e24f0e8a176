/**
 * Every command, declared once. Front ends route by name through
 * findCommand(); the deploy script registers exactly commandSchemas().
 */

import { cleanQuestion } from './answering.js';
import { ask } from './ask.js';
import { axis } from './axis.js';
import { helpCommand } from './help.js';
import { questionIntent } from './intents.js';
import { source } from './source.js';
import { tags } from './tags.js';
import { type Command, textOption } from './types.js';

/**
 * /ask (and so mentions, DMs and the console) with questions about the article or the bot itself routed to the
 * overview or the help.
 */
const routedAsk: Command = {
  ...ask,
  run(options, context, page) {
    const intent = questionIntent(cleanQuestion(textOption(options, 'question')));
    const target = intent === 'help' ? findCommand('help') : intent === 'overview' ? axis : undefined;
    if (target) {
      const reply = target.run({ private: options.private }, context);
      if (reply.kind !== 'notice') return reply;
    }
    return ask.run(options, context, page);
  },
};

export const commands: readonly Command[] = [routedAsk, axis, tags, source, helpCommand(() => commands)];

const byName = new Map(commands.map((c) => [c.schema.name, c]));

export function findCommand(name: string): Command | undefined {
  return byName.get(name);
}

/** The bodies for Discord's bulk overwrite (PUT .../commands). */
export function commandSchemas() {
  return commands.map((c) => c.schema);
}

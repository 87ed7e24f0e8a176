/**
 * Every command, declared once: the bot's own (/ask, /tags, /source, /help) and those the content declares (an
 * article's `command:`, such as the bone-brain article's /axis). Front ends route by name through
 * findCommand(name, kb); the deploy script registers exactly commandSchemas(articles).
 */

import type { Article } from '../src/content/types.js';
import type { KnowledgeBase } from '../src/search/knowledge-base.js';
import { cleanQuestion } from './answering.js';
import { ask } from './ask.js';
import { askTheArticle } from './ask-the-article.js';
import { forgetMe } from './forget-me.js';
import { helpCommand } from './help.js';
import { insights } from './insights.js';
import { questionIntent } from './intents.js';
import { settings } from './settings.js';
import { source, studyCitation } from './source.js';
import { tags } from './tags.js';
import { overviewOf, topicCommand } from './topic.js';
import { type Command, type CommandContext, notice, type Reply, textOption } from './types.js';

/**
 * /ask as a plain function, for the front ends that take a question without a command (mentions, DMs, the console,
 * `ask`): questions about the bot go to the help, questions about the article ("what is this article about?") to
 * its overview, or to the list of articles when there are several, and asking for its source to the citation.
 */
export function askQuestion(question: string, context: CommandContext, isPrivate?: boolean): Reply {
  // A crisis and another language are answered by every command that takes a question (answering.ts).
  const intent = questionIntent(cleanQuestion(question));
  // A hello gets what the bot can do; thanks or a nod get a word back, not "the article doesn't cover that".
  if (intent === 'help' || intent === 'greeting') return help.run({ private: isPrivate }, context);
  if (intent === 'thanks') return notice('You’re welcome! Ask me anything else about the article whenever you like.');
  if (intent === 'acknowledgement') return notice('👍 Ask me anything else about the article whenever you like.');
  // The bot quotes the article and cannot put it in other words: say so, and how to get a better answer.
  if (intent === 'confusion') {
    return notice(
      'I can only quote the article, not put it in other words. Try asking about one thing at a time, or `/help` for what I can do.',
    );
  }
  if (intent === 'complaint') {
    return notice(
      'Sorry about that. Try asking in other words; on Discord, the “Not helpful” button under an answer tells the people who run me what was missing.',
    );
  }
  if (intent === 'source') return source.run({ private: isPrivate }, context);
  // "What kind of study is this?": the citation, the passage that tells the study first.
  if (intent === 'study') return studyCitation(context.kb) ?? source.run({ private: isPrivate }, context);
  if (intent === 'overview') {
    const [only] = context.kb.articles;
    if (context.kb.articles.length > 1) return source.run({ private: isPrivate }, context);
    if (only && only.overview.length > 0) return overviewOf(only);
  }
  return ask.run({ question, private: isPrivate }, context);
}

const routedAsk: Command<Reply> = {
  ...ask,
  run: (options, context) =>
    askQuestion(textOption(options, 'question'), context, options.private === true ? true : undefined),
};

const help = helpCommand((kb) => commandsFor(kb.articles));

/** The bot's own commands, whatever the content. */
const BUILT_IN: readonly Command[] = [routedAsk, tags, source, help, askTheArticle, settings, insights, forgetMe];

const listed = new WeakMap<readonly Article[], readonly Command[]>();

/** The commands for this content, in the order /help lists them. */
export function commandsFor(articles: readonly Article[]): readonly Command[] {
  const known = listed.get(articles);
  if (known) return known;
  const topics = articles.map(topicCommand).filter((command): command is Command => command !== undefined);
  // After /ask, where /help lists them: an article's own command is the next thing to try.
  const [first, ...rest] = BUILT_IN;
  const all = first ? [first, ...topics, ...rest] : topics;
  listed.set(articles, all);
  return all;
}

/** The command called `name` for this knowledge base's content; the bot's own are found without one. */
export function findCommand(name: string, kb?: KnowledgeBase): Command | undefined {
  const commands = kb ? commandsFor(kb.articles) : BUILT_IN;
  return commands.find((command) => command.schema.name === name);
}

/** The bodies for Discord's bulk overwrite (PUT .../commands). */
export function commandSchemas(articles: readonly Article[]) {
  return commandsFor(articles).map((c) => c.schema);
}

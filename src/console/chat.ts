/**
 * The offline console chat: the same commands and answers as the Discord
 * bot, typed at a prompt. Deliberately free of discord.js (start-up speed).
 */
import { createInterface, type Interface } from 'node:readline';
import { askQuestion, findCommand } from '../../commands/index.js';
import { type CommandOptions, freeTextOption, type Reply } from '../../commands/types.js';
import { type Conversation, ConversationMemory } from '../answer/conversations.js';
import { type ContentSource, currentKnowledgeBase } from '../search/index/live-content.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { renderReplyText } from './render-reply.js';

/**
 * Reads one line as the bot would: "/name text" runs a command (Discord-style
 * "question:..." prefixes are accepted), anything else is a question for /ask.
 */
export async function replyToLine(line: string, kb: KnowledgeBase, conversation?: Conversation): Promise<Reply> {
  const text = line.trim();
  if (!text.startsWith('/')) {
    return askQuestion(text, { kb, conversation });
  }
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  const command = findCommand(name.toLowerCase(), kb);
  if (!command) return unknownCommand(name);
  const options: Record<string, string | boolean> = {};
  let free = rest.replace(/(^|\s)private:(true|false)\b/i, (_m, space: string, value: string) => {
    options.private = value.toLowerCase() === 'true';
    return space;
  });
  const optionName = freeTextOption(command);
  if (optionName) {
    free = free.replace(new RegExp(`^\\s*${optionName}:`, 'i'), '').trim();
    if (free) options[optionName] = free;
  }
  return command.run(options as CommandOptions, { kb, conversation });
}

function unknownCommand(name: string): Reply {
  return { kind: 'notice', tone: 'info', message: `There is no /${name} command. Type /help to see what I can do.` };
}

export interface ChatIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  /**
   * A terminal on both ends: line editing, arrow keys and the session's history (up/down) through readline.
   * The history stays in memory: questions are never written to disk. Piped input reads plain lines.
   */
  terminal?: boolean;
}

/** Questions kept for the up arrow, in this session only. */
const HISTORY_SIZE = 100;

const CHAT_BANNER = [
  'Offline mode: no DISCORD_TOKEN is set, so this is a console chat that answers exactly as the bot would.',
  'To connect to Discord, put DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see .env.example), then `npm run deploy` and `npm start`.',
  'Type a question, /help for the commands, or /quit to leave.',
].join('\n');

/** Runs the chat until the input ends or the user types /quit. */
export async function runConsoleChat(content: ContentSource, io: ChatIo): Promise<void> {
  const write = (text: string) => io.output.write(`${text}\n`);
  write(CHAT_BANNER);
  const { articles, passages } = currentKnowledgeBase(content).stats;
  write(`Loaded ${articles} article${articles === 1 ? '' : 's'}, ${passages} passages.\n`);
  const terminal = io.terminal === true;
  const rl: Interface = createInterface({
    input: io.input,
    output: io.output,
    terminal,
    historySize: terminal ? HISTORY_SIZE : 0,
    removeHistoryDuplicates: true,
    prompt: '> ',
  });
  const prompt = () => (terminal ? rl.prompt() : io.output.write('> '));
  // The chat since it started is one conversation: a follow-up leans on the question before it.
  const memory = new ConversationMemory();
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    // "quit" and "exit" leave too, with or without the slash: no one means them as a question about the article.
    if (/^\/?(?:quit|exit)[.!]*$/iu.test(text)) break;
    if (text) {
      try {
        const reply = await replyToLine(text, currentKnowledgeBase(content), memory.open('console'));
        write(`${renderReplyText(reply, { color: io.color })}\n`);
      } catch (error) {
        // Same rule as the bot: a failing command answers with a short error, and the chat goes on.
        write(`Sorry, something went wrong answering that (${error instanceof Error ? error.message : 'error'}).\n`);
      }
    }
    prompt();
  }
  rl.close();
  write('Bye.');
}

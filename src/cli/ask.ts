/**
 * `npm run ask -- [--json] [--stdin] [--conversation] "QUESTION"`: answers from the command line, exactly as the
 * bot would. The JSON form is a contract other tools rely on: {"kind", "question", "answers": [{text, article,
 * paragraph, score}]}, plus "missing" and "suggestions" when kind is "not-found", and "understood" (the standalone
 * question answered) with --conversation, where the lines form one conversation and a blank line starts another.
 */
import { createInterface } from 'node:readline';
import { askQuestion } from '../../commands/index.js';
import type { Reply } from '../../commands/types.js';
import type { Answer, QuotedPassage } from '../answer/answer.js';
import { ConversationMemory } from '../answer/conversations.js';
import { contentDir } from '../config.js';
import { renderReplyText } from '../console/render-reply.js';
import { ContentError } from '../content/parse.js';
import { loadKnowledgeBase } from '../search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../search/knowledge-base.js';
import { runAsProgram } from './entry-point.js';

const USAGE = `Usage: npm run ask -- [--json] "QUESTION"
       npm run ask -- --json --stdin   (one question per line)
       npm run ask -- --json --stdin --conversation
                                       (the lines are one conversation: a follow-up leans on the question
                                        before it; a blank line starts a new conversation)`;

/** The ask contract's JSON object for one answer. */
function answerJson(answer: Answer) {
  const found = answer.passages.length > 0;
  return {
    kind: found ? 'answer' : 'not-found',
    question: answer.question,
    answers: answer.passages.map(passageJson),
    ...(found ? {} : { suggestions: answer.suggestions, missing: answer.missing ?? [] }),
  };
}

function passageJson(p: QuotedPassage) {
  return {
    text: p.text,
    article: p.article,
    paragraph: p.paragraph,
    score: p.score,
    articleId: p.articleId,
    ...(p.url ? { url: p.url } : {}),
    highlights: p.highlights,
  };
}

/** The ask contract's JSON object for any reply /ask gives: an answer, an overview, the help or a notice. */
function replyJson(question: string, reply: Reply): Record<string, unknown> {
  switch (reply.kind) {
    case 'answer':
      return answerJson(reply.answer);
    case 'overview':
      return {
        kind: 'overview',
        question,
        answers: reply.parts.map((part) => ({ ...passageJson(part.passage), heading: part.heading })),
      };
    case 'help':
      return { kind: 'help', question, answers: [], commands: reply.commands };
    case 'citation':
      return {
        kind: 'source',
        question,
        answers: (reply.passages ?? []).map(passageJson),
        article: reply.article.title,
      };
    case 'library':
      return { kind: 'source', question, answers: [], articles: reply.articles.map((a) => a.title) };
    case 'notice':
      return { kind: 'notice', question, answers: [], message: reply.message };
    case 'tags':
      // /ask never lists tags; should it one day, the line still says what it holds.
      return { kind: 'notice', question, answers: [], message: reply.tags.map((t) => t.tag).join(', ') };
    case 'insights':
    case 'settings':
      // Only /insights and /settings give these, and never to `ask`.
      return {
        kind: 'notice',
        question,
        answers: [],
        message: 'Insights are shown on Discord and by npm run insights.',
      };
  }
}

/**
 * The ask contract's JSON line for a reply. In a conversation (`understood`) the line also says what was
 * understood: the standalone question answered, or the question itself.
 */
export function replyToJson(question: string, reply: Reply, options: { understood?: boolean } = {}): string {
  const line = replyJson(question, reply);
  if (!options.understood) return JSON.stringify(line);
  const understood = reply.kind === 'answer' ? (reply.answer.understood ?? reply.answer.question) : question;
  return JSON.stringify({ ...line, understood });
}

const CONVERSATION_KEY = 'ask';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: NodeJS.ReadableStream;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const words = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--json', '--stdin', '--conversation', '--help'].includes(f));
  if (flags.has('--help')) {
    io.out(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    io.err(`ask: unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const json = flags.has('--json');
  const fromStdin = flags.has('--stdin');
  const inConversation = flags.has('--conversation');
  const question = words.join(' ').trim();
  if (!fromStdin && question.length === 0) {
    io.err(`ask: the question is empty. ${USAGE}`);
    return 2;
  }

  let kb: KnowledgeBase;
  try {
    kb = loadKnowledgeBase(contentDir());
  } catch (error) {
    if (error instanceof ContentError) {
      io.err(`ask: cannot load the content: ${error.message}`);
      return 1;
    }
    throw error;
  }
  // Through /ask, as the bot answers: questions about the article or the bot get the overview or the help.
  // One conversation for all the lines (until a blank one), as a DM with the bot would be.
  const memory = new ConversationMemory();
  const answerOne = (q: string) => {
    const conversation = inConversation ? memory.open(CONVERSATION_KEY) : undefined;
    const reply = askQuestion(q, { kb, conversation });
    io.out(json ? replyToJson(q.trim(), reply, { understood: inConversation }) : renderReplyText(reply));
  };

  if (!fromStdin) {
    answerOne(question);
    return 0;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    // One output line per input line keeps the two in step.
    if (line.trim().length === 0 && inConversation) {
      // A blank line ends the conversation, and prints nothing: the next line starts a new one.
      memory.forget(CONVERSATION_KEY);
      continue;
    }
    if (line.trim().length === 0) {
      // An empty line is no question: a notice line, so the output stays in step with the input.
      if (json)
        io.out(
          replyToJson('', { kind: 'notice', tone: 'info', message: 'The line was empty: type a question in words.' }),
        );
      else io.err('ask: skipped an empty question');
      continue;
    }
    answerOne(line);
  }
  if (question) answerOne(question);
  return 0;
}

runAsProgram(
  import.meta.url,
  () =>
    main(process.argv.slice(2), {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      stdin: process.stdin,
    }),
  { name: 'ask' },
);

/**
 * `npm run eval [-- FILE...] [--content DIR] [--answers FILE] [--json] [--no-misses]`: scores the answer engine on
 * question sets (default ../shared/eval/questions.jsonl): hit@1, hit@3, bold@1, out-of-scope declined, unanswered,
 * per article, and the misses; or follow-up conversations with and without their context; several sets, one row each
 * and pooled (eval-summary.ts). README, "Answer quality".
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { askQuestion } from '../commands/index.js';
import type { Reply } from '../commands/types.js';
import type { Answer } from '../src/answer/answer.js';
import type { Conversation } from '../src/answer/conversations.js';
import { runAsProgram } from '../src/cli/entry-point.js';
import { contentDir } from '../src/config.js';
import { ContentError } from '../src/content/parse.js';
import { PROJECT_ROOT } from '../src/project.js';
import { loadKnowledgeBase } from '../src/search/index/load-knowledge-base.js';
import type { KnowledgeBase } from '../src/search/knowledge-base.js';
import { formatSummary, type SetResult } from './eval-summary.js';
import { type EvalQuestion, evaluate, formatEvaluation, readQuestions, withAnswers } from './evaluate.js';
import {
  evaluateConversations,
  formatConversationEvaluation,
  isConversationFile,
  readConversations,
} from './evaluate-conversations.js';
import { importRawFolder, isRawFolder } from './raw-content.js';

export const DEFAULT_QUESTIONS = join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');

const USAGE = `Usage: npm run eval -- [FILE...] [--content DIR] [--answers FILE] [--json] [--no-misses]

Scores the answer engine on a question set (one JSON object a line:
{"question": "...", "expect": ["phrase the right passage contains", ...], "article": "optional"};
"expect": [] marks a question the content does not cover), or on conversations
({"turns": [{"question", "expect"}, ...]} a line: follow-ups with and without their context).

  FILE            the question set (default: ${DEFAULT_QUESTIONS}); with several, one
                  row each (a style) and the sets pooled; with --json, one line each
  --content DIR   the content folder, or a folder of raw .txt articles
                  (default: CONTENT_DIR, else the project's content/)
  --answers FILE  answer strings, one row per question ({"question", "answers": [...]}), for bold@1
                  (default: answers.jsonl beside a questions.jsonl, when there is one)
  --json          print the figures and misses as one JSON object
  --no-misses     leave out the list of misses`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** answers.jsonl beside a questions.jsonl (the SQuAD set's layout), when there is one. */
function siblingAnswers(file: string): string | undefined {
  const answers = join(dirname(file), 'answers.jsonl');
  return basename(file) === 'questions.jsonl' && existsSync(answers) ? answers : undefined;
}

/** What the bot's /ask gives a question, as an Answer: the passages it quotes (an overview's too), or none. */
export function askAsTheBotDoes(kb: KnowledgeBase) {
  return (question: string, conversation?: Conversation): Answer => {
    const reply: Reply = askQuestion(question, { kb, conversation });
    if (reply.kind === 'answer') return reply.answer;
    // The overview's passages and the citation's, as `ask --json` gives them.
    const passages =
      reply.kind === 'overview'
        ? reply.parts.map((p) => p.passage)
        : reply.kind === 'citation'
          ? [...(reply.passages ?? [])]
          : [];
    return { question, passages, suggestions: [] };
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function main(argv: readonly string[], io: Io): number {
  let values: { content?: string; answers?: string; json?: boolean; 'no-misses'?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        answers: { type: 'string' },
        json: { type: 'boolean' },
        'no-misses': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`eval: ${message(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const files = positionals.length > 0 ? positionals.map((f) => resolve(f)) : [DEFAULT_QUESTIONS];
  const given = values.content ? resolve(values.content) : contentDir();
  const imported = existsSync(given) && isRawFolder(given) ? importRawFolder(given) : undefined;
  try {
    return score(files, imported ?? given, values, io);
  } finally {
    if (imported) rmSync(imported, { recursive: true, force: true });
  }
}

function score(
  files: readonly string[],
  dir: string,
  values: { answers?: string; json?: boolean; 'no-misses'?: boolean },
  io: Io,
): number {
  let kb: KnowledgeBase;
  try {
    kb = loadKnowledgeBase(dir, { write: 'never' });
  } catch (error) {
    if (error instanceof ContentError) {
      io.err(`eval: cannot load the content: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const misses = !values['no-misses'];
  const results: SetResult[] = [];
  for (const file of files) {
    let result: SetResult;
    try {
      result = scoreFile(file, kb, values);
    } catch (error) {
      io.err(`eval: ${message(error)}`);
      return 1;
    }
    const figures = 'questions' in result ? result.questions : result.conversations;
    if (values.json)
      io.out(JSON.stringify({ file, content: dir, ...figures, misses: misses ? figures.misses : undefined }));
    results.push(result);
  }
  if (values.json) return 0;
  const header = `content: ${dir} (${kb.stats.articles} articles, ${kb.stats.passages} passages)`;
  const [only] = results;
  if (results.length > 1 || !only) io.out(`${header}\n\n${formatSummary(results)}`);
  else if ('questions' in only) io.out(`${only.file}\n${header}\n${formatEvaluation(only.questions, { misses })}`);
  else io.out(`${only.file}\n${header}\n${formatConversationEvaluation(only.conversations, { misses })}`);
  return 0;
}

/** One set's figures: a question set, or follow-up conversations. Throws on a file it cannot read. */
function scoreFile(file: string, kb: KnowledgeBase, values: { answers?: string }): SetResult {
  if (existsSync(file) && isConversationFile(file)) {
    return { file, conversations: evaluateConversations(readConversations(file), askAsTheBotDoes(kb)) };
  }
  let questions: EvalQuestion[] = readQuestions(file);
  const answersFile = values.answers ? resolve(values.answers) : siblingAnswers(file);
  if (answersFile) questions = withAnswers(questions, answersFile);
  return { file, questions: evaluate(questions, askAsTheBotDoes(kb)) };
}

runAsProgram(
  import.meta.url,
  () =>
    main(process.argv.slice(2), {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
    }),
  { name: 'eval', stack: true },
);

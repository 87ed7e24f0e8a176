/**
 * `npm run eval [-- FILE] [--content DIR] [--json] [--no-misses]`
 *
 * Scores the answer engine on a question set (default: the shared set,
 * ../shared/eval/questions.jsonl beside the project): hit@1, hit@3, the share
 * of out-of-scope questions answered "not found", in-scope questions left
 * unanswered, per-article figures when the questions name their article, and
 * the misses. The content is the project's (or CONTENT_DIR, or --content).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runAsProgram } from '../src/cli/entry-point.js';
import { contentDir } from '../src/config.js';
import { ContentError } from '../src/content/parse.js';
import { PROJECT_ROOT } from '../src/project.js';
import { loadKnowledgeBase } from '../src/search/load-knowledge-base.js';
import { evaluate, formatEvaluation, readQuestions } from './evaluate.js';

export const DEFAULT_QUESTIONS = join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');

const USAGE = `Usage: npm run eval -- [FILE] [--content DIR] [--json] [--no-misses]

Scores the answer engine on a question set (one JSON object a line:
{"question": "...", "expect": ["phrase the right passage contains", ...], "article": "optional"};
"expect": [] marks a question the content does not cover).

  FILE            the question set (default: ${DEFAULT_QUESTIONS})
  --content DIR   the content folder (default: CONTENT_DIR, else the project's content/)
  --json          print the figures and misses as one JSON object
  --no-misses     leave out the list of misses`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export function main(argv: readonly string[], io: Io): number {
  let values: { content?: string; json?: boolean; 'no-misses'?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        json: { type: 'boolean' },
        'no-misses': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`eval: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    io.err(`eval: one question file at most\n${USAGE}`);
    return 2;
  }
  const file = positionals[0] ? resolve(positionals[0]) : DEFAULT_QUESTIONS;
  let questions: ReturnType<typeof readQuestions>;
  try {
    questions = readQuestions(file);
  } catch (error) {
    io.err(`eval: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const dir = values.content ? resolve(values.content) : contentDir();
  let kb: ReturnType<typeof loadKnowledgeBase>;
  try {
    kb = loadKnowledgeBase(dir, { write: 'never' });
  } catch (error) {
    if (error instanceof ContentError) {
      io.err(`eval: cannot load the content: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const result = evaluate(questions, (q) => kb.answerQuestion(q));
  if (values.json) {
    io.out(JSON.stringify({ file, content: dir, ...result, misses: values['no-misses'] ? undefined : result.misses }));
  } else {
    io.out(`${file}\ncontent: ${dir} (${kb.stats.articles} articles, ${kb.stats.passages} passages)\n`);
    io.out(formatEvaluation(result, { misses: !values['no-misses'] }));
  }
  return 0;
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

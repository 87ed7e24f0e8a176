/**
 * Scores the answer engine on a question set: one JSON object a line,
 *   {"question": "...", "expect": ["phrase", ...], "article": "optional title"}
 * where the right passage contains one of the phrases, and `expect: []` means
 * the content does not cover the question (it should be answered "not found").
 */
import { readFileSync } from 'node:fs';
import type { Answer, QuotedPassage } from '../src/answer/answer.js';

export interface EvalQuestion {
  question: string;
  /** Phrases one of which the right passage contains; empty when the content does not cover the question. */
  expect: string[];
  /** The article the question is about, when the set says (for per-article figures). */
  article?: string;
  /** The answer itself, as strings one of which the bold sentence should hold (for bold@1), when the set has them. */
  answers?: string[];
}

type MissKind = 'wrong-first' | 'not-in-top-3' | 'unanswered' | 'out-of-scope-answered' | 'debris';

interface Miss {
  kind: MissKind;
  question: string;
  article?: string;
  /** What came first: "article ¶N: start of the text", when something was quoted. */
  got?: string;
}

interface Scores {
  inScope: number;
  outOfScope: number;
  /** Right passage first, over in-scope questions. */
  hit1: number;
  /** Right passage among the first three, over in-scope questions. */
  hit3: number;
  /** Right passage first with the answer in its bold sentence, over questions with answer strings (null: none). */
  bold1: number | null;
  /** Out-of-scope questions answered "not found", as a share (1 when there are none). */
  refused: number;
  outOfScopeRefused: number;
  /** In-scope questions answered "not found". */
  unanswered: number;
  /** Passages quoted that look like scraping debris (should always be 0). */
  debris: number;
}

export interface Evaluation {
  overall: Scores;
  /** Per article, when the questions carry `article`. */
  articles: Array<{ article: string } & Scores>;
  /** Unweighted mean of the per-article figures (null without articles). */
  macro: (Pick<Scores, 'hit1' | 'hit3' | 'bold1' | 'refused'> & { unanswered: number }) | null;
  misses: Miss[];
}

/** Reads a question file; throws with the line number on a malformed line. */
export function readQuestions(path: string): EvalQuestion[] {
  return parseQuestions(readFileSync(path, 'utf8'), path);
}

export function parseQuestions(text: string, name = 'questions'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${index + 1}: not JSON`);
    }
    const row = value as Partial<EvalQuestion>;
    if (
      typeof row.question !== 'string' ||
      !Array.isArray(row.expect) ||
      row.expect.some((e) => typeof e !== 'string')
    ) {
      throw new Error(`${name}:${index + 1}: expected {"question": string, "expect": string[]}`);
    }
    questions.push({
      question: row.question,
      expect: row.expect,
      ...(typeof row.article === 'string' ? { article: row.article } : {}),
    });
  });
  return questions;
}

/**
 * Adds each question's answer strings from a file in SQuAD's shape, one row per question in the same order:
 * {"question", "answers": [...]}. Throws when a row does not match its question.
 */
export function withAnswers(questions: readonly EvalQuestion[], path: string): EvalQuestion[] {
  const rows = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim());
  if (rows.length !== questions.length) {
    throw new Error(`${path}: ${rows.length} answer rows for ${questions.length} questions`);
  }
  return questions.map((q, i) => {
    const row = JSON.parse(rows[i] as string) as { question?: unknown; answers?: unknown };
    const answers = Array.isArray(row.answers) ? row.answers.filter((a): a is string => typeof a === 'string') : [];
    if (row.question !== q.question || answers.length === 0) {
      throw new Error(`${path}:${i + 1}: expected the answers to "${q.question.slice(0, 60)}"`);
    }
    return { ...q, answers };
  });
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Does one of the passage's highlighted sentences hold one of the answers (whitespace collapsed)? */
export function boldHolds(passage: Pick<QuotedPassage, 'text' | 'highlights'>, answers: readonly string[]): boolean {
  const bold = passage.highlights.map(([start, end]) => collapse(passage.text.slice(start, end)));
  return answers.some((answer) => bold.some((sentence) => sentence.includes(collapse(answer))));
}

/** Text that a scraper leaves at the end of a page, or a paragraph with no word in it. */
const DEBRIS = /^(?:leave a (?:reply|comment)|cancel reply|want to join the discussion|feel free to contribute)/i;
export function looksLikeDebris(text: string): boolean {
  return !/[\p{L}\p{N}]{2}/u.test(text) || DEBRIS.test(text.trim());
}

function preview(answer: Answer): string | undefined {
  const first = answer.passages[0];
  if (!first) return undefined;
  const text = first.text.length > 70 ? `${first.text.slice(0, 70)}…` : first.text;
  return `${first.article} ¶${first.paragraph}: ${text}`;
}

interface Tally {
  inScope: number;
  outOfScope: number;
  hit1: number;
  hit3: number;
  withAnswers: number;
  bold1: number;
  refused: number;
  unanswered: number;
  debris: number;
}

function emptyTally(): Tally {
  return {
    inScope: 0,
    outOfScope: 0,
    hit1: 0,
    hit3: 0,
    withAnswers: 0,
    bold1: 0,
    refused: 0,
    unanswered: 0,
    debris: 0,
  };
}

function toScores(t: Tally): Scores {
  return {
    inScope: t.inScope,
    outOfScope: t.outOfScope,
    hit1: t.inScope ? t.hit1 / t.inScope : 1,
    hit3: t.inScope ? t.hit3 / t.inScope : 1,
    bold1: t.withAnswers ? t.bold1 / t.withAnswers : null,
    refused: t.outOfScope ? t.refused / t.outOfScope : 1,
    outOfScopeRefused: t.refused,
    unanswered: t.unanswered,
    debris: t.debris,
  };
}

/** Asks every question and scores the answers. `ask` is usually `(q) => kb.answerQuestion(q)`. */
export function evaluate(questions: readonly EvalQuestion[], ask: (question: string) => Answer): Evaluation {
  const overall = emptyTally();
  const byArticle = new Map<string, Tally>();
  const misses: Miss[] = [];
  for (const q of questions) {
    const answer = ask(q.question);
    const tallies = [overall];
    if (q.article !== undefined) {
      let t = byArticle.get(q.article);
      if (!t) {
        t = emptyTally();
        byArticle.set(q.article, t);
      }
      tallies.push(t);
    }
    const where = q.article !== undefined ? { article: q.article } : {};
    const got = preview(answer);
    const debris = answer.passages.filter((p) => looksLikeDebris(p.text)).length;
    if (debris > 0) misses.push({ kind: 'debris', question: q.question, ...where, got });
    for (const t of tallies) t.debris += debris;

    if (q.expect.length === 0) {
      for (const t of tallies) t.outOfScope++;
      if (answer.passages.length === 0) for (const t of tallies) t.refused++;
      else misses.push({ kind: 'out-of-scope-answered', question: q.question, ...where, got });
      continue;
    }
    for (const t of tallies) t.inScope++;
    if (q.answers) for (const t of tallies) t.withAnswers++;
    if (answer.passages.length === 0) {
      for (const t of tallies) t.unanswered++;
      misses.push({ kind: 'unanswered', question: q.question, ...where });
      continue;
    }
    const right = answer.passages.map((p) => q.expect.some((phrase) => p.text.includes(phrase)));
    if (right[0]) for (const t of tallies) t.hit1++;
    if (right[0] && q.answers && boldHolds(answer.passages[0] as QuotedPassage, q.answers)) {
      for (const t of tallies) t.bold1++;
    }
    if (right.slice(0, 3).some(Boolean)) for (const t of tallies) t.hit3++;
    if (!right[0]) {
      misses.push({
        kind: right.slice(0, 3).some(Boolean) ? 'wrong-first' : 'not-in-top-3',
        question: q.question,
        ...where,
        got,
      });
    }
  }
  const articles = [...byArticle].map(([article, t]) => ({ article, ...toScores(t) }));
  const mean = (f: (s: Scores) => number) => articles.reduce((sum, a) => sum + f(a), 0) / articles.length;
  const macro =
    articles.length > 0
      ? {
          hit1: mean((a) => a.hit1),
          hit3: mean((a) => a.hit3),
          bold1: articles.every((a) => a.bold1 !== null) ? mean((a) => a.bold1 ?? 0) : null,
          refused: mean((a) => a.refused),
          unanswered: mean((a) => (a.inScope ? a.unanswered / a.inScope : 0)),
        }
      : null;
  return { overall: toScores(overall), articles, macro, misses };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The evaluation as readable lines. */
export function formatEvaluation(evaluation: Evaluation, options: { misses?: boolean } = {}): string {
  const { overall: o, articles, macro, misses } = evaluation;
  const lines = [
    `questions: ${o.inScope} in scope, ${o.outOfScope} out of scope`,
    `hit@1: ${o.hit1.toFixed(3)}   hit@3: ${o.hit3.toFixed(3)}${o.bold1 === null ? '' : `   bold@1: ${o.bold1.toFixed(3)}`}`,
    o.outOfScope > 0
      ? `out of scope answered "not found": ${o.outOfScopeRefused}/${o.outOfScope} (${percent(o.refused)})`
      : 'out of scope answered "not found": no out-of-scope questions in the set',
    `in scope left unanswered: ${o.unanswered}/${o.inScope} (${percent(o.inScope ? o.unanswered / o.inScope : 0)})`,
    `debris quoted: ${o.debris}`,
  ];
  if (macro) {
    lines.push('', 'per article:');
    const width = Math.max(...articles.map((a) => a.article.length));
    for (const a of articles) {
      lines.push(
        `  ${a.article.padEnd(width)}  n=${String(a.inScope + a.outOfScope).padStart(4)}  hit@1 ${a.hit1.toFixed(3)}  hit@3 ${a.hit3.toFixed(3)}${a.bold1 === null ? '' : `  bold@1 ${a.bold1.toFixed(3)}`}  unanswered ${a.unanswered}`,
      );
    }
    lines.push(
      `  ${'macro (mean of articles)'.padEnd(width)}             hit@1 ${macro.hit1.toFixed(3)}  hit@3 ${macro.hit3.toFixed(3)}${macro.bold1 === null ? '' : `  bold@1 ${macro.bold1.toFixed(3)}`}  unanswered ${percent(macro.unanswered)}`,
    );
  }
  if (options.misses !== false && misses.length > 0) {
    lines.push('', `misses (${misses.length}):`);
    for (const m of misses) {
      const where = m.article ? `[${m.article}] ` : '';
      lines.push(`  ${m.kind.padEnd(21)} ${where}${m.question.trim()}${m.got ? `\n${' '.repeat(24)}-> ${m.got}` : ''}`);
    }
  }
  return lines.join('\n');
}

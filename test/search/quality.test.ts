/**
 * The answer engine's quality targets (issue 3), as deterministic assertions:
 *  - the shared question set and the project's own set on the bone-brain article: hit@1 >= 0.90,
 *    hit@3 >= 0.97, out-of-scope answered "not found" >= 0.90, at most one in-scope question in 30 unanswered;
 *  - the 12 SQuAD articles in one content folder (imported from raw text here, as `npm run import` would):
 *    hit@1 >= 0.80, hit@3 >= 0.93, at most 3% unanswered.
 * `npm run eval` prints the same figures with the list of misses.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Evaluation, evaluate, formatEvaluation, readQuestions } from '../../bench/evaluate.js';
import { formatArticleFile, slugify } from '../../src/content/article-file.js';
import { loadContent } from '../../src/content/load.js';
import { parseRawArticle } from '../../src/content/raw-article.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';

const SHARED = join(PROJECT_ROOT, '..', 'shared', 'eval');
const SHARED_QUESTIONS = join(SHARED, 'questions.jsonl');
const SQUAD_RAW = join(SHARED, 'squad', 'raw');
const SQUAD_QUESTIONS = join(SHARED, 'squad', 'questions.jsonl');
/** Written before any tuning. */
const OWN_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own.jsonl');
/** Written later, after the first round of tuning, as questions the engine had not been tuned on. */
const OWN_LATER_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-later.jsonl');

/** Everyday styles (lay words, personal stories, slang), written before tuning for them began. */
const OWN_LAY_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own-lay.jsonl');

function expectArticleTargets(result: Evaluation): void {
  const o = result.overall;
  const report = formatEvaluation(result);
  expect(o.inScope, report).toBeGreaterThan(0);
  expect(o.hit1, report).toBeGreaterThanOrEqual(0.9);
  expect(o.hit3, report).toBeGreaterThanOrEqual(0.97);
  expect(o.refused, report).toBeGreaterThanOrEqual(0.9);
  expect(o.unanswered * 30, report).toBeLessThanOrEqual(o.inScope);
  expect(o.debris, report).toBe(0);
}

describe('quality on the bone-brain article', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = KnowledgeBase.build(loadContent(join(PROJECT_ROOT, 'content')));
  });

  it("meets the targets on the project's own questions (both sets together)", () => {
    const questions = [...readQuestions(OWN_QUESTIONS), ...readQuestions(OWN_LATER_QUESTIONS)];
    expect(questions.filter((q) => q.expect.length > 0).length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => q.expect.length === 0).length).toBeGreaterThanOrEqual(15);
    expectArticleTargets(evaluate(questions, (q) => kb.answerQuestion(q)));
  });

  it('does not fall below its level on our own everyday-style questions (the targets, 0.90 and 0.92, are open work)', () => {
    const result = evaluate(readQuestions(OWN_LAY_QUESTIONS), (q) => kb.answerQuestion(q));
    const report = formatEvaluation(result);
    expect(result.overall.inScope, report).toBeGreaterThanOrEqual(24);
    expect(result.overall.hit1, report).toBeGreaterThanOrEqual(0.7);
    expect(result.overall.refused, report).toBeGreaterThanOrEqual(0.8);
  });

  it.skipIf(!existsSync(SHARED_QUESTIONS))('meets the targets on the shared question set', () => {
    expectArticleTargets(evaluate(readQuestions(SHARED_QUESTIONS), (q) => kb.answerQuestion(q)));
  });
});

describe.skipIf(!existsSync(SQUAD_RAW))('quality on the SQuAD articles (12 articles in one content folder)', () => {
  let dir: string;
  let result: Evaluation;

  beforeAll(() => {
    // Import the raw articles into a temporary content folder, as `npm run import -- <raw> --out <dir>` does.
    dir = mkdtempSync(join(tmpdir(), 'squad-content-'));
    for (const name of readdirSync(SQUAD_RAW).filter((n) => n.endsWith('.txt'))) {
      const raw = parseRawArticle(readFileSync(join(SQUAD_RAW, name), 'utf8'), name);
      const id = slugify(raw.title);
      writeFileSync(join(dir, `${id}.md`), formatArticleFile({ id, ...raw }));
    }
    const kb = KnowledgeBase.build(loadContent(dir));
    expect(kb.stats).toEqual({ articles: 12, passages: 496 });
    result = evaluate(readQuestions(SQUAD_QUESTIONS), (q) => kb.answerQuestion(q));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('puts the right paragraph first for 80% of the questions, in the top 3 for 93%', () => {
    const report = formatEvaluation(result, { misses: false });
    expect(result.overall.inScope).toBe(2945);
    expect(result.overall.hit1, report).toBeGreaterThanOrEqual(0.8);
    expect(result.overall.hit3, report).toBeGreaterThanOrEqual(0.93);
    expect(result.macro?.hit1, report).toBeGreaterThanOrEqual(0.8);
    expect(result.macro?.hit3, report).toBeGreaterThanOrEqual(0.93);
  });

  it('leaves at most 3% of the questions unanswered', () => {
    expect(result.overall.unanswered / result.overall.inScope).toBeLessThanOrEqual(0.03);
    expect(result.overall.debris).toBe(0);
  });
});

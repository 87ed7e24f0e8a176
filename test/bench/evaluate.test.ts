import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../bench/eval.js';
import {
  boldHolds,
  type EvalQuestion,
  evaluate,
  formatEvaluation,
  looksLikeDebris,
  parseQuestions,
} from '../../bench/evaluate.js';
import type { Answer } from '../../src/answer/answer.js';

function answer(question: string, texts: string[]): Answer {
  return {
    question,
    suggestions: [],
    passages: texts.map((text, i) => ({
      text,
      articleId: 'a',
      article: 'A',
      paragraph: i + 1,
      score: 1,
      highlights: [],
    })),
  };
}

describe('evaluate', () => {
  const questions = parseQuestions(
    [
      '{"question": "first right", "expect": ["alpha"], "article": "A"}',
      '{"question": "second right", "expect": ["beta", "gamma"], "article": "A"}',
      '{"question": "unanswered", "expect": ["delta"], "article": "B"}',
      '{"question": "refused", "expect": [], "article": "B"}',
      '{"question": "answered anyway", "expect": [], "article": "B"}',
      '',
    ].join('\n'),
  );
  const answers: Record<string, string[]> = {
    'first right': ['alpha one', 'beta'],
    'second right': ['nothing', 'gamma two'],
    unanswered: [],
    refused: [],
    'answered anyway': ['something'],
  };
  const result = evaluate(questions, (q) => answer(q, answers[q] ?? []));

  it('scores hit@1, hit@3, refusals and unanswered questions', () => {
    expect(result.overall).toEqual({
      inScope: 3,
      outOfScope: 2,
      hit1: 1 / 3,
      hit3: 2 / 3,
      bold1: null,
      refused: 0.5,
      outOfScopeRefused: 1,
      unanswered: 1,
      debris: 0,
    });
  });

  it('gives per-article and macro figures when questions name their article', () => {
    expect(result.articles.map((a) => [a.article, a.hit1, a.hit3])).toEqual([
      ['A', 0.5, 1],
      ['B', 0, 0],
    ]);
    expect(result.macro).toEqual({ hit1: 0.25, hit3: 0.5, bold1: null, refused: 0.75, unanswered: 0.5 });
  });

  it('lists the misses by kind', () => {
    expect(result.misses.map((m) => [m.kind, m.question])).toEqual([
      ['wrong-first', 'second right'],
      ['unanswered', 'unanswered'],
      ['out-of-scope-answered', 'answered anyway'],
    ]);
    expect(formatEvaluation(result)).toContain('hit@1: 0.333   hit@3: 0.667');
  });

  it('scores bold@1: the right passage first with the answer in its highlighted sentence', () => {
    const passage = (text: string, highlights: Array<[number, number]>) => ({
      question: 'q',
      suggestions: [],
      passages: [{ text, articleId: 'a', article: 'A', paragraph: 1, score: 1, highlights }],
    });
    const text = 'The Rhine is long. It runs 1,230 km to the sea.';
    const set: EvalQuestion[] = [
      { question: 'bold right', expect: ['Rhine'], answers: ['1,230 km'] },
      { question: 'bold elsewhere', expect: ['Rhine'], answers: ['1,230 km'] },
      { question: 'no answers known', expect: ['Rhine'] },
    ];
    const scored = evaluate(set, (q) => passage(text, q === 'bold right' ? [[19, 47]] : [[0, 18]]));
    expect(scored.overall.bold1).toBe(0.5);
    expect(boldHolds({ text, highlights: [[19, 47]] }, ['1,230  km'])).toBe(true);
    expect(boldHolds({ text, highlights: [[0, 18]] }, ['1,230 km'])).toBe(false);
    expect(formatEvaluation(scored)).toContain('bold@1: 0.500');
  });

  it('flags scraping debris', () => {
    expect(looksLikeDebris(',')).toBe(true);
    expect(looksLikeDebris('Leave a Reply')).toBe(true);
    expect(looksLikeDebris('A real paragraph.')).toBe(false);
  });

  it('rejects a malformed question file with the line number', () => {
    expect(() => parseQuestions('{"question": "q", "expect": []}\n{"question": 3}', 'set')).toThrow('set:2');
    expect(() => parseQuestions('not json', 'set')).toThrow('set:1: not JSON');
  });
});

describe('npm run eval', () => {
  function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  writeFileSync(
    join(dir, 'tea.md'),
    '---\nid: tea\ntitle: Tea\ntags: [Green tea]\noverview:\n  - heading: Brewing\n    paragraph: 1\n---\n\nGreen tea is brewed at about 80 degrees.\n\nBikes have chains.\n',
  );
  const file = join(dir, 'questions.jsonl');
  writeFileSync(
    file,
    '{"question": "At what temperature is green tea brewed?", "expect": ["80 degrees"]}\n{"question": "What is the capital of France?", "expect": []}\n',
  );

  it('prints the figures for a question file and a content folder', () => {
    const { code, out } = run([file, '--content', dir, '--no-misses']);
    expect(code).toBe(0);
    expect(out).toContain('hit@1: 1.000   hit@3: 1.000');
    expect(out).toContain('out of scope answered "not found": 1/1 (100.0%)');
  });

  it('prints JSON with --json', () => {
    const { code, out } = run([file, '--content', dir, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).overall).toMatchObject({ hit1: 1, refused: 1, unanswered: 0 });
  });

  it('prints one row per set and the sets pooled, for several files; one JSON line each with --json', () => {
    const other = join(dir, 'more.jsonl');
    writeFileSync(
      other,
      '{"question": "Do bikes have chains?", "expect": ["chains"]}\n{"question": "How hot is green tea brewed?", "expect": ["Bikes"]}\n',
    );
    const talk = join(dir, 'talk.jsonl');
    writeFileSync(
      talk,
      '{"turns": [{"question": "how is green tea brewed", "expect": ["80 degrees"]}, {"question": "and bikes?", "expect": ["chains"]}]}\n',
    );
    const { code, out } = run([file, other, talk, '--content', dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/questions\.jsonl\s+1\s+1\.000\s+1\.000\s+–\s+1\/1\s+0\/1/);
    expect(out).toMatch(/more\.jsonl\s+2\s+0\.500\s+/);
    expect(out).toMatch(/pooled \(2 sets\)\s+3\s+0\.667 \(2\)\s+0\.667\s+–\s+1\/1 \(1\.000\)\s+0\/3/);
    expect(out).toMatch(/talk\.jsonl\s+1\s+\d\.\d{3}\s+\d\.\d{3}\n/);
    expect(out).toMatch(/pooled \(1 set\)\s+1\s/);
    const lines = run([file, other, '--content', dir, '--json']).out.split('\n');
    expect(lines.map((l) => JSON.parse(l).overall.inScope)).toEqual([1, 2]);
  });

  it('scores what /ask answers: a question about the article itself by the overview it gets', () => {
    const about = join(dir, 'about.jsonl');
    writeFileSync(about, '{"question": "what is the thesis of the article?", "expect": ["80 degrees"]}\n');
    const { code, out } = run([about, '--content', dir, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).overall).toMatchObject({ hit1: 1, unanswered: 0 });
  });

  it('fails clearly on a missing file or content folder', () => {
    expect(run([join(dir, 'nope.jsonl'), '--content', dir]).code).toBe(1);
    expect(run([file, '--content', join(dir, 'nope')]).err).toMatch(/cannot load the content/);
    expect(run(['--bogus']).code).toBe(2);
  });
});

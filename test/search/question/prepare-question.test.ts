import { describe, expect, it } from 'vitest';
import { prepareQuestion } from '../../../src/search/question/prepare-question.js';
import { analyzeQuestion } from '../../../src/search/question/query.js';
import { DEFAULT_RANKING } from '../../../src/search/rank/ranking-options.js';
import { rootOf, terms } from '../../../src/search/text/text.js';

/** Document frequencies of these passages, roots included, as the index counts them. */
function frequencies(...passages: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const passage of passages) {
    const own = new Set(terms(passage).flatMap((t) => [t, rootOf(t) ?? t]));
    for (const term of own) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return df;
}

const alternativesOf = (question: string, df: Map<string, number>) => [
  ...(prepareQuestion(analyzeQuestion(question, []), df, DEFAULT_RANKING).concepts[0]?.alternatives.keys() ?? []),
];

describe('prepareQuestion', () => {
  it('keeps a root where it meets another form of the word', () => {
    const df = frequencies('Inflammatory responses rise.', 'Stress hormones rise.');
    expect(alternativesOf('inflammation', df)).toContain(rootOf(terms('inflammation')[0] ?? ''));
  });

  it('drops a root that meets other words only, though the word itself is in the content', () => {
    // "osteoporosis" and "osteopontin" share the root "osteop": only osteoporosis is osteoporosis.
    const df = frequencies('Osteoporosis thins bones.', 'Osteopontin calms the brain.', 'Osteopontin again.');
    const alternatives = alternativesOf('osteoporosis', df);
    expect(alternatives).toContain(terms('osteoporosis')[0]);
    expect(alternatives.some((t) => t.startsWith('^'))).toBe(false);
  });
});

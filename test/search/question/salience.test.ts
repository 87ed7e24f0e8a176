import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/search/question/query.js';
import { salience } from '../../../src/search/question/salience.js';
import { DEFAULT_RANKING } from '../../../src/search/rank/ranking-options.js';

/** The salience of a question's word, as if the content lacked it. */
function salienceOf(question: string, word: string): number {
  const concept = analyzeQuestion(question, []).concepts.find((c) => c.word === word);
  if (!concept) throw new Error(`no concept "${word}" in "${question}"`);
  return salience(concept, false, DEFAULT_RANKING);
}

describe('salience', () => {
  it('weighs a verb that only passes on what is asked about as little as an asking word', () => {
    // "How was religion HANDLED", "how long did the plague STICK around", "how do doctors DEAL with it": the thing
    // handled is what is asked about, not the handling.
    for (const [question, verb] of [
      ['How was religion handled in the Mongol Empire?', 'handled'],
      ['For how long did the plague stick around?', 'stick'],
      ['how do doctors deal with osteoporosis', 'deal'],
      ['do both hormones act on the brain', 'act'],
      // "Carries a gene variant" has it.
      ['my dad carries a gene variant for depression, is that in the article?', 'carries'],
    ] as const) {
      expect(salienceOf(question, verb), verb).toBeLessThan(0.2);
    }
    // A verb that says what happened still counts.
    expect(salienceOf('How was religion banned in the Mongol Empire?', 'banned')).toBeGreaterThan(0.2);
  });
});

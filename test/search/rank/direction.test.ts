import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/content/types.js';
import { prepareQuestion } from '../../../src/search/question/prepare-question.js';
import { analyzeQuestion } from '../../../src/search/question/query.js';
import { flowInPassage, flowOf } from '../../../src/search/rank/direction.js';
import { weighConcepts } from '../../../src/search/rank/rank.js';
import { DEFAULT_RANKING } from '../../../src/search/rank/ranking-options.js';
import { terms } from '../../../src/search/text/text.js';

const CONTENT = [
  'Depression can also impact bone health through chronic stress pathways.',
  'Bones are organs that can impact distant organs, including the brain.',
  'Osteocalcin can cross the blood-brain barrier and impact cognitive function.',
];

function passage(text: string): Passage {
  return { articleId: 'a', paragraph: 1, text };
}

/** The question's flow, its words weighed against CONTENT (every term of it known and equally rare). */
function flow(question: string) {
  const known = new Set(CONTENT.flatMap((t) => terms(t)));
  const frequencies = new Map([...known].map((term) => [term, 1]));
  const analyzed = prepareQuestion(analyzeQuestion(question, []), frequencies, DEFAULT_RANKING);
  const stats = { idf: (term: string) => (known.has(term) ? 2 : 3), hasTerm: (term: string) => known.has(term) };
  return flowOf(weighConcepts(analyzed, [], stats, DEFAULT_RANKING), analyzed);
}

describe('flowOf: which way a question says one thing acts on another', () => {
  it('reads what acts before the effect verb and what is acted on after it', () => {
    const found = flow('does bone health impact the brain?');
    expect(found && [...found.from]).toEqual(expect.arrayContaining(['bone', 'health']));
    expect(found && [...found.to]).toEqual(['brain']);
  });

  it('reads a passive with "by" the other way round', () => {
    const found = flow('is the brain impacted by bones?');
    expect(found && [...found.from]).toEqual(['bone']);
    expect(found && [...found.to]).toEqual(['brain']);
  });

  it('finds none without an effect verb, or with one side the content lacks', () => {
    expect(flow('what is osteocalcin?')).toBeUndefined();
    expect(flow('does coffee impact?')).toBeUndefined();
  });
});

describe('flowInPassage: which way a passage says it runs', () => {
  const bonesOnBrain = flow('does bone health impact the brain?');
  const brainOnBones = flow('can depression impact the bones?');

  it('reads the object of a sentence’s effect verb: the question’s target is forward, its source reverse', () => {
    if (!bonesOnBrain || !brainOnBones) throw new Error('no flow read');
    expect(flowInPassage(bonesOnBrain, passage(CONTENT[0] as string))).toBe(-1);
    expect(flowInPassage(brainOnBones, passage(CONTENT[0] as string))).toBe(1);
    // ", including the brain" goes on with the object.
    expect(flowInPassage(bonesOnBrain, passage(CONTENT[1] as string))).toBe(1);
  });

  it('takes no word before the verb for its subject ("the blood-brain barrier"), nor one past the clause', () => {
    if (!bonesOnBrain) throw new Error('no flow read');
    expect(flowInPassage(bonesOnBrain, passage(CONTENT[2] as string))).toBe(0);
    expect(flowInPassage(bonesOnBrain, passage('Stress can impact mood. The brain is malleable.'))).toBe(0);
  });
});

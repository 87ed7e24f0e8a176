/**
 * Ranking on its own, against a stub of term statistics (every known term equally rare): the re-ranking signals
 * and "not found" are checked without MiniSearch or an article, on candidates written for each signal.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/content/types.js';
import { prepareQuestion } from '../../../src/search/question/prepare-question.js';
import { analyzeQuestion } from '../../../src/search/question/query.js';
import {
  type Candidate,
  type Ranked,
  rerank,
  type TermStatistics,
  weighConcepts,
} from '../../../src/search/rank/rank.js';
import { DEFAULT_RANKING } from '../../../src/search/rank/ranking-options.js';
import { missingWords, selectAnswers } from '../../../src/search/rank/select.js';
import { terms } from '../../../src/search/text/text.js';

function passage(paragraph: number, text: string): Passage {
  return { articleId: 'a', paragraph, text };
}

/** Candidates as MiniSearch would return them: every question term the passage holds matched, equal scores. */
function candidates(question: string, passages: Passage[]): Candidate[] {
  const asked = new Set(terms(question));
  return passages.map((p) => {
    const matched = terms(p.text).filter((t) => asked.has(t));
    return { passage: p, score: 1, matchedTerms: matched, queryTerms: matched };
  });
}

/** Every term of these texts is known and equally rare; anything else is absent from the content. */
function stats(...texts: string[]): TermStatistics {
  const known = new Set(texts.flatMap((t) => terms(t)));
  return { idf: (term) => (known.has(term) ? 2 : 3), hasTerm: (term) => known.has(term) };
}

/** Each term of these texts in one passage (so equally rare, as in `stats`). */
function frequencies(...texts: string[]): Map<string, number> {
  return new Map(texts.flatMap((t) => terms(t)).map((term) => [term, 1]));
}

function rank(question: string, passages: Passage[], options = DEFAULT_RANKING) {
  const texts = passages.map((p) => p.text);
  const analyzed = prepareQuestion(analyzeQuestion(question, []), frequencies(...texts), options);
  const found = candidates(question, passages);
  const weighed = weighConcepts(analyzed, found, stats(...texts), options);
  return { ranked: rerank(analyzed, found, weighed, options), weighed };
}

describe('rerank', () => {
  it('prefers, among equal BM25 scores, the passage holding the kind of answer asked for (a number)', () => {
    const { ranked } = rank('How many volunteers walked every day?', [
      passage(1, 'The volunteers walked every day along the river and enjoyed it.'),
      passage(2, 'In all, 400 volunteers walked every day for a year.'),
    ]);
    expect(ranked.map((r) => r.passage.paragraph)).toEqual([2, 1]);
  });

  it('prefers the passage where the question words stand together in one sentence', () => {
    const { ranked } = rank('Does cortisol weaken bones?', [
      passage(1, 'Cortisol is a hormone. Many things can weaken a person. Bones are living tissue.'),
      passage(2, 'High cortisol can weaken bones over the years.'),
    ]);
    expect(ranked[0]?.passage.paragraph).toBe(2);
    const [start, end] = ranked[0]?.highlights[0] ?? [0, 0];
    expect(ranked[0]?.passage.text.slice(start, end)).toBe('High cortisol can weaken bones over the years.');
  });

  it('gives the lead paragraph the close call only when it meets as much of the question as any other', () => {
    const lead = passage(1, 'A low mood and weak bones often come together.');
    const same = passage(3, 'A low mood and weak bones often come together.');
    expect(rank('Do a low mood and weak bones come together?', [same, lead]).ranked[0]?.passage.paragraph).toBe(1);
    // The lead names both but not the link asked about; the other passage does, if less tightly.
    const linking = passage(3, 'A low mood often comes with weak bones, many studies found. The two are linked.');
    expect(rank('Is a low mood linked to weak bones?', [linking, lead]).ranked[0]?.passage.paragraph).toBe(3);
  });

  it('weighs the words of a tag alternative ("or is that a myth?") less than the question they doubt', () => {
    const passages = [
      passage(1, 'Coffee and the heart: a myth that will not die.'),
      passage(2, 'Coffee can protect the heart.'),
    ];
    const question = 'can coffee protect the heart or is that just a myth';
    expect(rank(question, passages).ranked[0]?.passage.paragraph).toBe(2);
    // Weighed in full, "myth" would pull up the passage that only names the link.
    const full = rank(question, passages, { ...DEFAULT_RANKING, tagWordWeight: 1 });
    expect(full.ranked[0]?.passage.paragraph).toBe(1);
  });

  it('meets a count the question gives ("the 2 hormones") only with a count, not with "a two-way street"', () => {
    const street = passage(1, 'Bones and the brain share a two-way street of hormone signals.');
    const named = passage(2, 'Bones release two hormones, osteocalcin and osteopontin.');
    const unnumbered = passage(3, 'Osteocalcin is a hormone released by bones.');
    expect(rank('what are the 2 bone hormones', [street, unnumbered]).ranked[0]?.passage.paragraph).toBe(3);
    expect(rank('what are the 2 bone hormones', [unnumbered, named]).ranked[0]?.passage.paragraph).toBe(2);
  });

  it('for "what does X stand for?", prefers the sentence that spells out its letters', () => {
    const uses = passage(1, 'As the home team in the yearly rotation between AFC and NFC teams, Denver wore white.');
    const spells = passage(
      2,
      'In 2015, the champion of the American Football Conference (AFC), the Denver Broncos, won the title again.',
    );
    for (const question of [
      'What does AFC stand for?',
      'What is the AFC short for?',
      'what does the acronym AFC mean',
    ]) {
      expect(rank(question, [uses, spells]).ranked[0]?.passage.paragraph).toBe(2);
    }
  });

  it('takes the spelt-out letters for what "acronym" and "stand for" ask, though the article never says them', () => {
    const spells = passage(
      1,
      'Work began on a Command/Service Module (CSM) that would carry three astronauts to the Moon.',
    );
    const [best] = rank('What does the acronym CSM stand for?', [spells]).ranked;
    expect(best?.covers).toBe(true);
    expect(best?.coverage).toBeCloseTo(1);
  });

  it('for "what is X?", prefers the sentence that defines X', () => {
    const { ranked } = rank('What is osteocalcin?', [
      passage(1, 'Researchers measured osteocalcin in the blood of the volunteers.'),
      passage(2, 'Osteocalcin is a hormone made by bone cells.'),
    ]);
    expect(ranked[0]?.passage.paragraph).toBe(2);
  });

  it('for "what is X?", takes a definition of X with its first two words in either order', () => {
    const { ranked } = rank('What is the brain bone axis?', [
      passage(1, 'Depression and the brain bone axis were studied by the team.'),
      passage(2, 'This concept, known as the “bone-brain axis,” is new.'),
    ]);
    expect(ranked[0]?.passage.paragraph).toBe(2);
  });

  it('for "what is X?", takes "X is" as defining X only where it opens the sentence, not of a kind of X', () => {
    const { ranked } = rank('What is the immune system?', [
      passage(
        1,
        'The immune system is a system of many biological structures and processes that protects against disease.',
      ),
      passage(2, 'Pathogens can evolve. The adaptive immune system is then needed.'),
    ]);
    expect(ranked[0]?.passage.paragraph).toBe(1);
  });
});

describe('not found', () => {
  it('quotes nothing when the best passage covers too little, and names the words the content lacks', () => {
    const { ranked, weighed } = rank('Does osteocalcin cure migraines in teenagers?', [
      passage(1, 'Osteocalcin from walking every day kept the bones of older adults strong.'),
    ]);
    expect(selectAnswers(ranked, DEFAULT_RANKING)).toEqual([]);
    const { missing, mentioned } = missingWords(weighed, DEFAULT_RANKING);
    expect(missing).toEqual(expect.arrayContaining(['migraines', 'teenagers']));
    expect(mentioned).toContain('osteocalcin');
  });

  it('in a yes/no claim, covers only with a passage that names what the claim is about', () => {
    const passages = [
      passage(1, 'Osteocalcin is a hormone made by bone cells.'),
      passage(2, 'Chronic stress causes bone loss, and in time osteoporosis.'),
    ];
    const { ranked } = rank('Does osteocalcin cause osteoporosis?', passages);
    expect(ranked.filter((r) => r.covers).map((r) => r.passage.paragraph)).not.toContain(2);
    expect(rank('Does stress cause osteoporosis?', passages).ranked[0]).toMatchObject({ covers: true });
    // What someone thinks is the claim, not the thinkers.
    const thought = rank('Do doctors think stress causes osteoporosis?', passages).ranked[0];
    expect(thought).toMatchObject({ covers: true, passage: { paragraph: 2 } });
  });

  it('in a yes/no claim made of "this", takes the verb for no subject a passage must name', () => {
    const passages = [
      passage(1, 'Depression and osteoporosis are common among older people.'),
      passage(2, 'Osteocalcin can affect cognitive function.'),
    ];
    const { ranked } = rank('Does this affect older people more?', passages);
    expect(ranked.find((r) => r.passage.paragraph === 1)).toMatchObject({ covers: true });
    expect(ranked.find((r) => r.passage.paragraph === 2)).toMatchObject({ covers: false });
  });

  it('meets a "what ERA" the content never names with the kind of answer it asks for (a time)', () => {
    const passages = [
      passage(1, 'Prior to the early 1960s, access to the forest was highly restricted.'),
      passage(2, 'Farms in the forest grew crops.'),
    ];
    expect(rank('Access to the forest was restricted before what era?', passages).ranked[0]).toMatchObject({
      covers: true,
      passage: { paragraph: 1 },
    });
    // A head the answer's kind does not meet still needs an instance named: "what fence" is not met by a year.
    const fence = rank('Access to the forest was restricted by what fence?', passages).ranked;
    expect(fence.filter((r) => r.covers)).toEqual([]);
  });

  it('reads "happen" and "occur", when the content lacks them, as phrasing around the event asked about', () => {
    const passages = [passage(1, 'The khan died in 1227.'), passage(2, 'His death was mourned.')];
    for (const question of ["When did the khan's death occur?", "When did the khan's death happen?"]) {
      expect(rank(question, passages).ranked[0], question).toMatchObject({ covers: true });
    }
  });

  it('quotes the passage that covers the question', () => {
    const { ranked } = rank('Does walking keep bones strong?', [
      passage(1, 'Walking every day kept the bones of older adults strong.'),
    ]);
    expect(selectAnswers(ranked, DEFAULT_RANKING).map((r) => r.passage.paragraph)).toEqual([1]);
  });

  // Rows are [paragraph, score, coverage]; a passage covers the question from twice the least coverage up.
  it.each([
    // The best (a paragraph on the Master) covers little; "Twelve actors have headlined ..." covers it all.
    [
      'after a best that covers too little, one scored nearly as well that covers alone',
      '32 2.62 0.3, 3 2.54 1, 49 1 0.9',
      [3, 49],
    ],
    // Too far below the best, or covering only part: the question is likely asked of something else.
    ['not one scored far below the best', '32 2.62 0.3, 3 1.1 1', []],
    ['not one that covers only part', '32 2.62 0.3, 3 2.6 0.5', []],
    // A best that covers is quoted first, as always.
    ['a best that covers first', '1 3 0.7, 2 2.9 0.3, 3 2.8 1', [1, 3]],
  ])('quotes %s', (_case, rows, expected) => {
    const ranked: Ranked[] = rows.split(', ').map((row) => {
      const [paragraph = 0, score = 0, coverage = 0] = row.split(' ').map(Number);
      const covers = coverage >= DEFAULT_RANKING.minCoverage * 2;
      return {
        passage: passage(paragraph, `Paragraph ${paragraph}.`),
        score,
        coverage,
        covers,
        highlights: [],
        typed: false,
      };
    });
    expect(selectAnswers(ranked, DEFAULT_RANKING).map((r) => r.passage.paragraph)).toEqual(expected);
  });
});

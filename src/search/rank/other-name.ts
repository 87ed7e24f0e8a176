/**
 * "Are the authors from AMERICA?", "was it published in NATURE?" (or "why did they publish in Nature?", which takes
 * it for granted): a yes/no question about a name the content never
 * mentions, closing with "from/in/by/at" that name, is answered "no" by the sentence that gives another name in the
 * same place ("three neurologists from China", "published in the journal Biomolecules"). Declining would be true of
 * the word but no help to the asker. A name the content relates to nothing the question says ("is osteoporosis
 * common in Japan?") is still declined.
 */

import { THE_TEXT } from '../question/asking-sentence.js';
import type { AnalyzedQuestion } from '../question/query.js';
import { foldCase, wordTable } from '../text/text.js';
import { infoOf } from './passage-facts.js';
import type { Ranked, WeightedConcept } from './rank.js';

/** The prepositions that place a thing as the question's does: "from X" is said "of X" as well ("Li of Xi'an"). */
const SAME_PLACE = wordTable<string>({ from: 'from|of|at', in: 'in|at', by: 'by', at: 'at|in|of' });

/** The ranked passages, best first, whose sentence gives another name where the question's missing one stands. */
export function otherName(
  analyzed: AnalyzedQuestion,
  weighed: readonly WeightedConcept[],
  ranked: readonly Ranked[],
  namedSalience: number,
): Ranked[] {
  if (!analyzed.source) return [];
  const { at, preposition } = analyzed.source;
  const placed = weighed.filter((c) => c.concept.position > at);
  // The name: written with a capital, and nowhere in the content (nor anything it relates to).
  const name = placed.find((c) => !c.inContent && !c.concept.related && /^\p{Lu}/u.test(c.concept.word));
  if (!name || placed.some((c) => c !== name && !c.inContent)) return [];
  // What the name is said of: the question's other words, all in the content ("the doctors who wrote this").
  // ("Was THE REVIEW published in Nature?" says it of the text itself, as "was it published ...?" does: a sentence
  // need not name the text in the article's word for it.)
  const before = weighed.filter(
    (c) => c.concept.position < at && !c.concept.asking && (c.concept.salience ?? 1) >= namedSalience,
  );
  const said = before.filter((c) => !THE_TEXT.has(foldCase(c.concept.word)));
  if (before.length === 0 || before.some((c) => !c.inContent)) return [];
  const another = new RegExp(`\\b(?:${SAME_PLACE[preposition]})\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?\\p{Lu}`, 'u');
  const answers: Ranked[] = [];
  for (const r of ranked) {
    const { text } = r.passage;
    const sentence = infoOf(r.passage).sentences.find(
      (s) =>
        another.test(text.slice(...s.span)) &&
        said.every((c) => [...c.concept.alternatives.keys()].some((t) => s.terms.has(t))),
    );
    if (sentence) answers.push({ ...r, highlights: [sentence.span], covers: true });
  }
  return answers;
}

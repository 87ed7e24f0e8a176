/**
 * The step of question analysis that needs the content: roots dropped where they would count a word twice, lemmas
 * and related words for words the content lacks, and each concept's salience. Returns new concepts.
 */

import type { RankingOptions } from '../rank/ranking-options.js';
import { mostlyVerb } from '../text/related-words.js';
import { foldCase, ROOT_MARK, rootOf } from '../text/text.js';
import type { AnalyzedQuestion } from './query.js';
import { withRelatedWords } from './related-concepts.js';
import { salience } from './salience.js';

export function prepareQuestion(
  analyzed: AnalyzedQuestion,
  documentFrequency: ReadonlyMap<string, number>,
  ranking: RankingOptions,
): AnalyzedQuestion {
  const df = documentFrequency;
  const concepts = analyzed.concepts.map((concept) => {
    // A root only helps where it meets words the stem does not (inflammation / inflammatory).
    const root = rootOf(concept.stem);
    const alternatives = new Map(concept.alternatives);
    if (root && df.has(concept.stem) && (df.get(root) ?? 0) <= (df.get(concept.stem) ?? 0)) alternatives.delete(root);
    // Nor where the words it meets are no forms of this one: "osteopenia" is not "osteoporosis", though both
    // start "osteop"; "inflammation" and "inflammatory", "literary" and "literature" share most of their stems.
    if (
      root &&
      alternatives.has(root) &&
      !stemsUnder(df, root).some((s) => s !== concept.stem && sameWord(s, concept.stem))
    ) {
      alternatives.delete(root);
    }
    const asVerb = concept.position === analyzed.verbAt;
    const weighed = withRelatedWords({ ...concept, alternatives }, (t) => df.has(t), ranking.relatedWords, asVerb);
    const inContent = [...weighed.alternatives.keys()].some((t) => df.has(t));
    // "How does SLEEP affect bones?", "does SLEEP affect ...": the subject (right before a verb of effect, it is the
    // subject) is a noun, though WordNet knows the word mostly as a verb. Not an adjective before its noun ("why did
    // the JAPANESE researchers ...").
    const subject = concept.position === analyzed.subjectAt || concept.position + 1 === analyzed.effectAt;
    const read = subject && mostlyVerb(foldCase(concept.word)) ? { ...weighed, verbAsNoun: true } : weighed;
    return { ...read, salience: salience(read, inContent, ranking) };
  });
  return { ...analyzed, concepts };
}

/** The content's stems by root, built once per content (its document frequencies). */
const stemsByRoot = new WeakMap<ReadonlyMap<string, number>, Map<string, string[]>>();

function stemsUnder(df: ReadonlyMap<string, number>, root: string): string[] {
  let byRoot = stemsByRoot.get(df);
  if (!byRoot) {
    byRoot = new Map();
    for (const term of df.keys()) {
      const termRoot = term.startsWith(ROOT_MARK) ? null : rootOf(term);
      if (!termRoot) continue;
      const stems = byRoot.get(termRoot);
      if (stems) stems.push(term);
      else byRoot.set(termRoot, [term]);
    }
    stemsByRoot.set(df, byRoot);
  }
  return byRoot.get(root) ?? [];
}

/** Whether two stems are likely forms of one word: they share at least `FORM_SHARE` of the shorter one. */
const FORM_SHARE = 0.75;
function sameWord(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= FORM_SHARE * Math.min(a.length, b.length);
}

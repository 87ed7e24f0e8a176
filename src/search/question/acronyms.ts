/**
 * "Does osteocalcin cross the BBB?" where the content writes "blood-brain barrier": an acronym the content never uses
 * is read as the words of the content whose initials spell it. Only acronyms of three to five capitals in a message
 * that is not all capitals, and only words of the content, so nothing is guessed from general English.
 */

import { isStopWord, normalizeWord, tokenize } from '../text/text.js';

const ACRONYM = /\b([A-Z]{3,5})s?\b/g;

/** The question with each acronym the content lacks replaced by the content's words it stands for, when found. */
export function spellOutAcronyms(
  question: string,
  inContent: (stem: string) => boolean,
  texts: () => Iterable<string>,
): string {
  if (!/[a-z]/.test(question) || !/[A-Z]{3}/.test(question)) return question;
  return question.replace(ACRONYM, (typed: string, acronym: string) => {
    const stem = normalizeWord(acronym);
    if (stem === null || inContent(stem) || isStopWord(acronym.toLowerCase())) return typed;
    return spelledIn(acronym.toLowerCase(), texts()) ?? typed;
  });
}

/** The first run of content words, no function word among them, whose initials are the acronym's letters. */
function spelledIn(acronym: string, texts: Iterable<string>): string | undefined {
  for (const text of texts) {
    const tokens = tokenize(text);
    for (let i = 0; i + acronym.length <= tokens.length; i++) {
      const run = tokens.slice(i, i + acronym.length);
      const spells = run.every(
        (t, k) => t.word[0]?.toLowerCase() === acronym[k] && t.word.length > 1 && !isStopWord(t.word.toLowerCase()),
      );
      // One phrase of the text ("blood-brain barrier"), not words across a sentence or clause.
      const phrase = text.slice(run[0]?.start ?? 0, run.at(-1)?.end ?? 0);
      if (spells && !/[.,;:!?()]/.test(phrase)) return phrase;
    }
  }
  return undefined;
}

/**
 * "Does osteocalcin cross the BBB?" where the content writes "blood-brain barrier": an acronym the content never uses
 * is read as the words of the content whose initials spell it, or as a known abbreviation of the field's words the
 * content has (text/abbreviations.ts). Only acronyms of three to five capitals in a message that is not all capitals.
 */

import { abbreviated } from '../text/abbreviations.js';
import { isStopWord, normalizeWord, tokenize } from '../text/text.js';

const ACRONYM = /\b([A-Z]{3,5})s?\b/g;

/** The question with each acronym the content lacks replaced by the content's words it stands for, when found. */
export function spellOutAcronyms(
  question: string,
  inContent: (stem: string) => boolean,
  texts: () => Iterable<string>,
): string {
  if (!/[a-z]/.test(question) || !/[A-Z]{3}/.test(question)) return question;
  const definesIt = LETTERS_ASKED.test(question);
  return question.replace(ACRONYM, (typed: string, acronym: string) => {
    const stem = normalizeWord(acronym);
    if (stem === null || inContent(stem) || isStopWord(acronym.toLowerCase())) return typed;
    const lower = acronym.toLowerCase();
    const field = definesIt ? undefined : fieldWords(lower, typed.length > acronym.length, inContent);
    return spelledIn(lower, texts()) ?? field ?? typed;
  });
}

/** "What is BMD?", "what does MDD stand for?": the letters themselves asked about, which the content must spell. */
const LETTERS_ASKED =
  /^\s*(?:what(?:'s|\s+is|\s+are|\s+does|\s+do)\s+(?:an?\s+|the\s+)?[A-Z]{3,5}s?\b\s*(?:mean|stand\s+for)?\s*\??\s*$|.*\b(?:stands?\s+for|short\s+for|acronym|abbreviation)\b)/i;

/**
 * "Reduced BMD" where the content says "reduced bone density": a known abbreviation of the field, read as those of
 * its words the content has, when it has the head (the last word) and all but one of the others; else it stays, and
 * is what the content lacks ("SSRIs": no article word says inhibitor; "ADHD", though the article says "disorder").
 */
function fieldWords(acronym: string, plural: boolean, inContent: (stem: string) => boolean): string | undefined {
  const words = abbreviated(acronym)?.split(/[\s-]+/) ?? [];
  const has = (word: string) => {
    const stem = normalizeWord(word);
    return stem !== null && inContent(stem);
  };
  const head = words.at(-1);
  const kept = words.filter(has);
  // The head and all but one other word: "ADHD" is no "disorder" of the article's.
  if (head === undefined || !has(head) || kept.length < words.length - 1) return undefined;
  return plural ? `${kept.join(' ')}s` : kept.join(' ');
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

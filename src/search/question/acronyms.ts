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
  if (!/[a-z]/.test(question) || !/[A-Z]{2}/.test(question)) return question;
  const named = spellOutNames(question, inContent, texts);
  if (!/[A-Z]{3}/.test(named)) return named;
  const definesIt = LETTERS_ASKED.test(named);
  return named.replace(ACRONYM, (typed: string, acronym: string) => {
    const stem = normalizeWord(acronym);
    if (stem === null || inContent(stem) || isStopWord(acronym.toLowerCase())) return typed;
    const lower = acronym.toLowerCase();
    const field = definesIt ? undefined : fieldWords(lower, typed.length > acronym.length, inContent);
    return spelledIn(lower, texts()) ?? field ?? typed;
  });
}

/** Two capitals ("UN", "EU"), or a world war by its numeral ("WWII"). */
const SHORT_NAME = /\b(?:([A-Z]{2})|WW(I{1,2}|1|2))\b/g;

/**
 * "What does the UN want?", "where does Warsaw rank in the EU?", "prior to WWI": a name of two capitals the content
 * lacks, read as the content's proper name whose initials spell it ("United Nations"; each word capitalised, so
 * that "an" is no "Amazon network"), and a world war by its numeral as the content writes it ("World War I").
 */
function spellOutNames(question: string, inContent: (stem: string) => boolean, texts: () => Iterable<string>): string {
  return question.replace(SHORT_NAME, (typed: string, letters?: string, numeral?: string) => {
    if (numeral !== undefined) {
      const war = `World War ${numeral === '1' || numeral === 'I' ? 'I' : 'II'}`;
      return inContent('world') && inContent('war') ? war : typed;
    }
    const stem = normalizeWord(letters ?? '');
    if (!letters || stem === null || inContent(stem) || isStopWord(letters.toLowerCase())) return typed;
    return spelledIn(letters.toLowerCase(), texts(), true) ?? typed;
  });
}

interface TextInitials {
  text: string;
  /** The first letter of each token, lower-cased: a run spelling an acronym is a substring of it. */
  initials: string;
}
/**
 * The initials of a content's texts, worked out once (a few bytes a word, not the tokens): scanning the tokens of a
 * library of 20,000 passages cost every question with an acronym it lacks 0.3 s.
 */
const INITIALS = new WeakMap<object, readonly TextInitials[]>();

function textInitials(texts: Iterable<string>): readonly TextInitials[] {
  const known = INITIALS.get(texts);
  if (known) return known;
  const all = [...texts].map((text) => ({
    text,
    initials: tokenize(text)
      .map((t) => (t.word[0] ?? ' ').toLowerCase())
      .join(''),
  }));
  INITIALS.set(texts, all);
  return all;
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

/**
 * The first run of content words, no function word among them, whose initials are the acronym's letters (each
 * capitalised, for a name of `capitals`).
 */
function spelledIn(acronym: string, texts: Iterable<string>, capitals = false): string | undefined {
  for (const { text, initials } of textInitials(texts)) {
    // Runs whose initials spell it, found in the string of the text's initials (the text tokenized again only then).
    let tokens: ReturnType<typeof tokenize> | undefined;
    for (let i = initials.indexOf(acronym); i >= 0; i = initials.indexOf(acronym, i + 1)) {
      tokens ??= tokenize(text);
      const run = tokens.slice(i, i + acronym.length);
      const spells = run.every(
        (t) => t.word.length > 1 && !isStopWord(t.word.toLowerCase()) && (!capitals || /^\p{Lu}\p{Ll}/u.test(t.word)),
      );
      // One phrase of the text ("blood-brain barrier"), not words across a sentence or clause.
      const phrase = text.slice(run[0]?.start ?? 0, run.at(-1)?.end ?? 0);
      if (spells && !/[.,;:!?()]/.test(phrase)) return phrase;
    }
  }
  return undefined;
}

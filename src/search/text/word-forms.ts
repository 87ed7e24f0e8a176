/**
 * Word forms a question may be typed in that stemming does not join to the content's words: a Latin plural ("axes"),
 * a noun of an adjective ("bidirectionality"), a combining form ("neuroinflammation"), two words run together
 * ("whatis"), a negation in "un-" ("untreated"). Each is read as the content's word, word by word, only when neither the content nor English knows the
 * word as typed; and a British spelling the content lacks as the American one the word lists know. Called by
 * shorthand.ts's reading of a question; never applied to articles.
 */
import { isKnownWord } from './related-words.js';
import { isStopWord, normalizeWord, rootOf } from './text.js';

/**
 * "What is the bone-brain axes?": a Latin or Greek plural in "-es" of a word the content has in "-is" (axis,
 * analysis, diagnosis), which stemming would read as "axe". Only when the content lacks the word as typed.
 */
export function pluralInIs(word: string, inContent: (stem: string) => boolean): string | undefined {
  if (!/^[a-z]{2,}es$/.test(word)) return undefined;
  const typed = normalizeWord(word);
  const singular = `${word.slice(0, -2)}is`;
  const stem = normalizeWord(singular);
  return stem !== null && stem !== typed && inContent(stem) && (typed === null || !inContent(typed))
    ? singular
    : undefined;
}

/**
 * "The bidirectionality of the relationship", "the malleability of the brain": a noun in "-ity" or "-ness" made of an
 * adjective the content has, which stemming keeps apart ("bidirectional|ity"). Only when the content lacks the noun.
 */
export function nounOfAdjective(word: string, inContent: (stem: string) => boolean): string | undefined {
  const m = /^([a-z]{4,}?)(?:ity|ness)$/.exec(word);
  if (!m) return undefined;
  const typed = normalizeWord(word);
  if (typed !== null && inContent(typed)) return undefined;
  // "Malleability": malleable; "bidirectionality": bidirectional; "weakness": weak.
  const base = m[1] as string;
  for (const adjective of [base, base.replace(/abil$/, 'able').replace(/ibil$/, 'ible')]) {
    const stem = normalizeWord(adjective);
    if (stem !== null && stem !== typed && inContent(stem)) return adjective;
  }
  return undefined;
}

/**
 * "If depression goes UNTREATED", "UNHEALTHY bones": "not" and the word the content has, when the content lacks the
 * negated one. What is asked about is the content's word; "not" keeps the sense for whoever reads the question.
 */
export function negatedWord(word: string, inContent: (stem: string) => boolean): string | undefined {
  if (!/^un[a-z]{4,}$/.test(word)) return undefined;
  const typed = normalizeWord(word);
  if (typed !== null && inContent(typed)) return undefined;
  const stem = normalizeWord(word.slice(2));
  return stem !== null && inContent(stem) ? `not ${word.slice(2)}` : undefined;
}

/** Combining forms a word may open with, joined to a word that stays its subject ("neuro|inflammation"). */
const COMBINING_FORM =
  /^(?:neuro|psycho|osteo|cardio|bio|hyper|hypo|micro|macro|multi|inter|intra|pre|post|sub|super|over|under)(?=[a-z]{5,}$)/;
/** The combining forms of science words, typed apart from the rest of the word ("osteo calcium", "bio molecules"). */
const SCIENCE_FORM = /^(?:neuro|psycho|osteo|cardio|bio|endo|immuno|patho|physio|gastro|haemo|hemo)$/;

/** Whether a word is only the combining form a science word opens with ("osteo" of "osteo calcium"). */
export function isCombiningForm(word: string): boolean {
  return SCIENCE_FORM.test(word.toLowerCase());
}

/**
 * "Neuroinflammation": a word neither the content nor English knows, made of a combining form and a word that either
 * knows, is read as that word ("inflammation", then the content's synonym "inflammatory"): the subject is kept, where
 * the whole word would be a topic the content lacks. Not "anti-" or "non-", which turn the word's meaning round.
 */
export function combinedWord(word: string, inContent: (stem: string) => boolean): string | undefined {
  const form = COMBINING_FORM.exec(word)?.[0];
  if (!form) return undefined;
  const typed = normalizeWord(word);
  // Not when the content has a word of the same root ("neurodegeneration": its "neurodegenerative").
  const root = typed === null ? null : rootOf(typed);
  if (typed === null || inContent(typed) || (root !== null && inContent(root)) || isKnownWord(word)) {
    return undefined;
  }
  const rest = word.slice(form.length);
  const stem = normalizeWord(rest);
  return stem !== null && (inContent(stem) || isKnownWord(rest)) ? rest : undefined;
}

/** Whether a part of a run-together word is a word: a stop word, an English word or the content's. */
function partKind(part: string, inContent: (stem: string) => boolean): 'stop' | 'content' | 'word' | undefined {
  if (isStopWord(part)) return 'stop';
  const stem = normalizeWord(part);
  // Not a stem a suffix left nearly nothing of ("ated" is "at").
  if (stem !== null && stem.length >= 3 && !isStopWord(stem) && inContent(stem)) return 'content';
  return part.length >= 4 && isKnownWord(part) ? 'word' : undefined;
}

/** Prefixes a run-together word is not split after. */
const PREFIXES = new Set(['anti', 'non', 'un', 're', 'de', 'co', 'dis', 'mis', 'pre', 'post', 'sub', 'over', 'under']);

/**
 * "Whatis osteocalcin", "bonebrain axis", "who wrotethis": two words typed without the space, a word neither the
 * content nor English knows. Split where a function word and a word meet ("what|is", "wrote|this", "does|vitamin"),
 * or two of the content's words ("bone|brain", "blood|brain"); not two English words alone ("coldplay"), nor a
 * name in capitals. The split with the longer first part wins ("bonebrain": bone|brain, not bon|ebrain).
 */
export function runTogether(word: string, inContent: (stem: string) => boolean): string | undefined {
  if (!/^[a-z]{5,}$/.test(word) || isStopWord(word)) return undefined;
  const stem = normalizeWord(word);
  const root = stem === null ? null : rootOf(stem);
  if (stem === null || inContent(stem) || (root !== null && inContent(root)) || isKnownWord(word)) return undefined;
  for (let i = word.length - 2; i >= 2; i--) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    // "Antidepressants" opens with a prefix, not a word ("anti|depressants").
    if (PREFIXES.has(left)) continue;
    const a = partKind(left, inContent);
    const b = a && partKind(right, inContent);
    if (!a || !b) continue;
    // A function word of two letters makes too many false pairs with a word ("leg|it", "an|...") unless both are.
    if ((a === 'stop' && b !== 'stop' && left.length < 3) || (b === 'stop' && a !== 'stop' && right.length < 3))
      continue;
    const joined = a === 'stop' || b === 'stop' || (a === 'content' && b === 'content');
    if (joined) return `${left} ${right}`;
  }
  return undefined;
}

/** British spellings and their American forms: "organisation", "behaviour", "favour", "centre", "oestrogen". */
const BRITISH_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing)$/, 'iz$1'],
  [/yse(s|d)?$/, 'yze$1'],
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ogue(s?)$/, 'og$1'],
  [/([aeiou][^aeiou]?e)ll(ed|ing)$/, '$1l$2'],
  // Long words only: "anaemia", "paediatric" ("doe" is no "de").
  [/^(.{2,})[ao]e(.{3,})$/, '$1e$2'],
  [/^oe(.{5,})$/, 'e$1'],
];

/**
 * "Which organisation ...", "do they favour ...": a British spelling the content lacks, read as its American form
 * when WordNet knows that ("favor"): the word lists and frequencies are American, so a British form would weigh as
 * a rarer word, or a noun where the American form is mostly a verb. The content's own spelling wins.
 */
export function americanSpelling(word: string, inContent: (stem: string) => boolean): string | undefined {
  if (!/^[a-z]{5,}$/.test(word)) return undefined;
  const stem = normalizeWord(word);
  if (stem !== null && inContent(stem)) return undefined;
  for (const [british, american] of BRITISH_SPELLINGS) {
    if (!british.test(word)) continue;
    const spelt = word.replace(british, american);
    return spelt !== word && isKnownWord(spelt) ? spelt : undefined;
  }
  return undefined;
}

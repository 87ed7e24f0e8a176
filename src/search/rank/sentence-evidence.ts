/**
 * What a sentence holds of the answer a question's form asks for, whatever its words: a definition of the subject, a
 * name, a place, a time, a number, a cause, how often, the words an acronym stands for. rank.ts scores passages on
 * it; docs/ranking.md lists each kind.
 */
import { listItems } from '../question/list-items.js';
import type { AnswerType } from '../question/question-form.js';
import { wordsOf } from '../text/text.js';
import type { Sentence } from './passage-facts.js';

/**
 * Does a sentence define the subject of a "what is X?" question ("X, a ...", "X is ...", "known as X"), or introduce
 * the person of "who is X?" ("Pengpeng LI OF Xi’an Aerospace Hospital")? "X is" must open the sentence: "the
 * ADAPTIVE immune system is ..." says something of a kind of X, not what X is.
 */
export function definesSubject(sentence: Sentence, subjectWords: string[], person: boolean): boolean {
  if (subjectWords.length === 0) return false;
  // "The brain-bone axis" is the "bone-brain axis": its first two words in either order.
  const [first, second, ...rest] = subjectWords;
  const orders = second === undefined ? [subjectWords] : [subjectWords, [second, first, ...rest]];
  const pattern = `(?:${orders.map((words) => words.map((w) => `${w}\\w*`).join('[\\s-]+')).join('|')})`;
  if (person && new RegExp(`(?:^|\\W)${pattern},?\\s+(?:of|from|at)\\s`, 'u').test(sentence.folded)) return true;
  const re = new RegExp(
    `(?:^|\\W)${pattern}\\s*[,\u2014\u2013(]\\s*(?:an?|the)\\s|^(?:(?:the|an?)\\s+)?${pattern}\\s+(?:is|are|was|were|refers)\\s|(?:known as|called)\\s+(?:the\\s+)?[\u201c"\u2018]?(?:[\\w-]+[\\s-]+){0,2}${pattern}`,
    'u',
  );
  return re.test(sentence.folded);
}

/**
 * What gives something its name ("known as the “bone-brain axis”", "called X", "termed X"), one of these words among
 * the two or three it gives: what "why is it called an axis?" is answered with. Matched against a sentence's folded
 * text; compiled once a question.
 */
export function nameGiving(words: readonly string[]): RegExp {
  const named = words.map((w) => `${w}\\w*`).join('|');
  return new RegExp(
    `(?:known as|called|named|termed|dubbed|referred to as)\\s+(?:the\\s+)?[\u201c"\u2018']?(?:[\\w-]+[\\s-]+){0,2}(?:${named})`,
    'u',
  );
}

/** Words that give a cause or a way: what a "why" question is answered with. */
const REASON =
  /\b(?:because|due to|owing to|thanks to|through|via|leads? to|leading to|caused by|causes?|results? in|as a result|so that|in order to|therefore|thus|which means|this means|since)\b/u;

/** Words that say how often: what a "how often" question is answered with. */
export const FREQUENCY =
  /\b(?:often|frequently|rarely|seldom|usually|always|never|sometimes|occasionally|regularly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually|biennially|semi-?annually|hourly|nightly|once|twice|thrice|times|every|each (?:\w+ )?(?:day|week|month|year|decade)s?|per (?:day|week|month|year)|a (?:day|week|month|year))\b/u;

/**
 * Someone's words in quotation marks, five words or more: what "what's the quote?" is answered with. Not a term set
 * off in quotes ("the “bone-brain axis,”", "“hardwired”").
 */
const QUOTED = /[“"]([^”"]*)[”"]/gu;
const quotesSomeone = (folded: string) =>
  [...folded.matchAll(QUOTED)].some((m) => (m[1] ?? '').trim().split(/\s+/).length >= 5);

/** Stems of nouns for groups of people: what "who gets X?" is answered with. */
const GROUP_STEMS = ['patient', 'adult', 'peopl', 'individu', 'women', 'men', 'children', 'elderli', 'popul'];

/** Does a sentence hold the kind of answer asked for, beyond what the question itself says? */
export function hasAnswerType(sentence: Sentence, type: AnswerType, asked: Set<string>, listCounts = false): boolean {
  if (type === 'count') {
    for (const value of sentence.numbers) if (!asked.has(value) && !isYear(value)) return true;
    // "How many treatments do they suggest?": a list of things of a kind ("exercise programs, neuromodulation
    // techniques, or drugs") can be counted, though no number is written.
    return listCounts && listItems(sentence.folded).length >= 3;
  }
  if (type === 'measure') return sentence.measures.size > 0;
  if (type === 'reason') return REASON.test(sentence.folded);
  if (type === 'frequency') return FREQUENCY.test(sentence.folded);
  if (type === 'quotation') return quotesSomeone(sentence.folded);
  if (type === 'group') {
    return (
      GROUP_STEMS.some((stem) => sentence.terms.has(stem) && !asked.has(stem)) ||
      hasAnswerType(sentence, 'person', asked)
    );
  }
  const values =
    type === 'number'
      ? sentence.numbers
      : type === 'time'
        ? sentence.times
        : type === 'place'
          ? sentence.places
          : sentence.names;
  for (const value of values) if (!asked.has(value)) return true;
  return false;
}

/** Lowercase words an expansion may pass over when its letters do not ("Time and Relative Dimension in Space"). */
const SKIPPED_IN_EXPANSION = /^\p{Ll}/u;

/**
 * Whether a text spells out an acronym: capitalised words whose initials are its letters, in order, maybe with
 * small words between them ("American Football Conference" for AFC, "Command/Service Module" for CSM, "Time And
 * Relative Dimension In Space" for TARDIS, "Very high-speed Backbone Network Service" for vBNS).
 */
export function spellsOut(text: string, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  const words = wordsOf(text);
  return words.some((first, start) => {
    if (!/^\p{Lu}/u.test(first) || first.toLowerCase() === letters) return false;
    let k = 0;
    for (let i = start; i < words.length && k < letters.length; i++) {
      const word = words[i] as string;
      if (word[0]?.toLowerCase() === letters[k]) k++;
      else if (!SKIPPED_IN_EXPANSION.test(word)) return false;
    }
    return k === letters.length;
  });
}

/** A year is no count ("how many ... in 2015" is not answered by "2015"), nor a dose or a hotel. */
function isYear(value: string): boolean {
  return /^(?:1\d{3}|20\d{2})$/.test(value);
}

/**
 * Does a sentence name something the question does not give (a name, a quantity but a year): what a "which X" asks
 * for? ("what dose of exercise" is not answered by "a 2025 review".)
 */
export function namesSomething(sentence: Sentence, asked: Set<string>): boolean {
  if (hasAnswerType(sentence, 'person', asked)) return true;
  for (const value of sentence.quantities) if (!asked.has(value) && !isYear(value)) return true;
  return false;
}

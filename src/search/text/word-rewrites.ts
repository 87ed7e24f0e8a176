/**
 * Small rewrites of single words and set phrases (small-rewrites.ts runs them in order): a learner's "more weak",
 * "the signs of", "does X hurt?", "compared to", kin named by sex, "the depressive state", "in turn", "the risks of",
 * "paid for", "hitting the gym", a title before a name, "any specific", "effect" as a verb, "the 70's", "brand
 * new", "the US".
 */
import type { Rewrite } from './small-rewrites.js';
import { normalizeWord, wordTable } from './text.js';

/** More of a plain adjective, as a learner says it: "more weak" is "weaker". */
const MORE_ADJECTIVE = wordTable<string>({
  weak: 'weaker',
  strong: 'stronger',
  thin: 'thinner',
  high: 'higher',
  low: 'lower',
  big: 'bigger',
  small: 'smaller',
  old: 'older',
  young: 'younger',
  sad: 'sadder',
  bad: 'worse',
  good: 'better',
  common: 'commoner',
});

export const moreAdjective: Rewrite = (read, { lower }) =>
  lower.includes('more ')
    ? read.replace(/\bmore\s+([a-z]+)\b/gi, (all, adjective: string) => MORE_ADJECTIVE[adjective.toLowerCase()] ?? all)
    : read;

/** "How was the brain seen before COMPARED TO now?": a preposition, as "versus" is, not a comparison asked about. */
const COMPARED_TO = /\b(?:(?:as\s+)?compared|in\s+comparison|by\s+comparison)\s+(?:to|with)\b/gi;

export const comparedTo: Rewrite = (read, { lower, inContent }) =>
  lower.includes('compar') && !inContent('compar') ? read.replace(COMPARED_TO, 'versus') : read;

/**
 * "What are the early SIGNS OF osteoporosis?": its symptoms, when the content never speaks of signs (else its "a
 * disorder MARKED by" would meet them through WordNet's sign/mark). Read so, a content without symptoms declines it.
 */
const SIGNS_OF = /\b(?:(?:early|first|warning|telltale|tell-tale|common|main|usual) )*signs? of\b/gi;

export const signsOf: Rewrite = (read, { lower, inContent }) =>
  lower.includes('sign') ? read.replace(SIGNS_OF, (signs) => (inContent('sign') ? signs : 'symptoms of')) : read;

/**
 * "Does osteoporosis HURT?", "will neuromodulation hurt?": "hurt" closing a question, with nothing hurt after it,
 * asks about pain, not the harm "hurt your bones" means. It is read as "give pain" ("give" is a stop word).
 */
const HURT_CLOSING = /\bhurts?(?=[\s?!.]*$)/i;

export const hurtClosing: Rewrite = (read, { lower }) =>
  lower.includes('hurt') ? read.replace(HURT_CLOSING, 'give pain') : read;

/** "Male child", "female sibling": kin named by sex, which English has one word for. */
const KIN_BY_SEX =
  /\b(male|female)\s+(child|children|sibling|siblings|parent|parents|spouse|spouses|offspring|heir|heirs)\b/gi;
const KIN_WORDS: Readonly<Record<string, string>> = {
  'male child': 'son',
  'female child': 'daughter',
  'male offspring': 'son',
  'female offspring': 'daughter',
  'male heir': 'son',
  'male sibling': 'brother',
  'female sibling': 'sister',
  'male parent': 'father',
  'female parent': 'mother',
  'male spouse': 'husband',
  'female spouse': 'wife',
};

/** "Börte's second MALE CHILD": her son, the one word English has for it, when the content says that word. */
export const kinBySex: Rewrite = (read, { lower, inContent }) => {
  if (!lower.includes('male ')) return read;
  return read.replace(KIN_BY_SEX, (all: string, sex: string, kin: string) => {
    const word = KIN_WORDS[`${sex.toLowerCase()} ${kin.toLowerCase().replace(/(?:s|ren)$/, '')}`];
    const plural = /(?:s|ren)$/i.test(kin);
    const stem = word === undefined ? null : normalizeWord(word);
    return word !== undefined && stem !== null && inContent(stem) ? `${word}${plural ? 's' : ''}` : all;
  });
};

/** A state an adjective names: "the depressive state", "an inflammatory state" (not "the United States"). */
const STATE_OF = /\b([a-z]{4,}(?:ive|ed|ory|ic|al|ous))\s+states?\b/g;

/** "A marker of the depressive STATE?": the condition the adjective names, when the content never says "state". */
export const stateOf: Rewrite = (read, { lower, inContent }) =>
  lower.includes('state') && !inContent('state') ? read.replace(STATE_OF, '$1') : read;

/** "Does that make depression worse IN TURN?": back the other way, which the verb's two sides already say. */
export const inTurn: Rewrite = (read, { lower, inContent }) =>
  lower.includes(' turn') && !inContent('turn') ? read.replace(/\s*\bin\s+turn\b/gi, '') : read;

const RISKS_OF = /\brisks\s+(of|with|in|to|from)\b/gi;

/** "Any RISKS OF exercise?": the harms of something, not how likely a condition is ("at risk", "a higher risk"). */
export const risksOf: Rewrite = (read, { lower }) =>
  lower.includes('risks') ? read.replace(RISKS_OF, 'dangers $1') : read;

const PAID_FOR_STUDY =
  /\b(?:paid|pays|pay|paying)\s+for\s+(?=(?:this|the|that|their|all\s+this)\s+(?:research|study|studies|review|work|paper|trials?)\b)/gi;

/** "Who PAID FOR this research?": who funded it, the word a study's funding is named by. */
export const paidFor: Rewrite = (read, { lower }) =>
  lower.includes('paid') || lower.includes('pay') ? read.replace(PAID_FOR_STUDY, 'funded ') : read;

/** "Does HITTING THE GYM help?": going to it; "hit" is no blow here. */
export const hittingTheGym: Rewrite = (read, { lower }) =>
  lower.includes('hit') ? read.replace(/\bhit(?:s|ting)?\s+the\s+gym\b/gi, 'going to the gym') : read;

/** A title before a capitalised name: "Dr Li", "Prof. Gao", "Doctor Zhao". */
const TITLE_BEFORE_NAME = /\b(?:[Dd]r|DR|[Pp]rof|[Pp]rofessor|Mrs?|Ms|[Dd]octor)\b\.?\s+(?=\p{Lu})/gu;

/** "DR Li's main claim?": a title before a name, when the content never gives one, is no word a passage must meet. */
export const titleBeforeName: Rewrite = (read, { text, inContent }) => {
  if (!/\b(?:dr|prof|professor|mr|mrs|ms|doctor)\b/i.test(text)) return read;
  return read.replace(TITLE_BEFORE_NAME, (title: string) => {
    const stem = normalizeWord(title.replace(/[.\s]+$/u, ''));
    return stem !== null && inContent(stem) ? title : '';
  });
};

/** "What term BEST DESCRIBES the landscapes?": what describes them; "best" says how well, ranking nothing. */
export const bestDescribes: Rewrite = (read, { lower }) =>
  lower.includes('best ')
    ? read.replace(
        /\bbest\s+(?=(?:describe[sd]?|fits?|characteri[sz](?:es|ed)|explains?|explained|sums?\s+up)\b)/gi,
        '',
      )
    : read;

/** "Does it name ANY SPECIFIC drug?": any drug; "specific" is no kind of drug. */
export const anySpecific: Rewrite = (read, { lower }) =>
  lower.includes('any ') ? read.replace(/\bany\s+(?:specific|particular|certain|actual)\b/gi, 'any') : read;

/** "Effect" between two words, the word before it read by `asVerb`. */
const EFFECT_BETWEEN = /\b([a-z]+)\s+effect(s?)\s+(?=([a-z]+)\b)/gi;
/** Words before "effect" that make it a noun: "what effect", "the effects", "side effects", "its effects". */
const BEFORE_EFFECT_NOUN = new Set(
  'a an the any some no what which whose this that these those its their his her my your our side main big real such other many few more less much same direct and or of only possible negative positive long short'.split(
    ' ',
  ),
);
/** Words after "effect" that make it a noun: "effects of", "effect on", "what effect does it have". */
const AFTER_EFFECT_NOUN = new Set(
  'of on in is are was were be been does do did has have had for from to and or it they that this can could will would may might'.split(
    ' ',
  ),
);

/**
 * "How does depression EFFECT bones?": the verb is "affect"; "effect" would read as the article's noun ("the effects of
 * depression"). A noun by the words around it stays: "what effect does it have", "the side effects of", "effects on".
 */
function asVerb(all: string, before: string, plural: string, after: string): string {
  const noun =
    BEFORE_EFFECT_NOUN.has(before.toLowerCase()) ||
    /(?:ive|al|ful|ous|ic|ing)$/i.test(before) ||
    AFTER_EFFECT_NOUN.has(after.toLowerCase());
  return noun ? all : `${before} affect${plural} `;
}

export const effectAsVerb: Rewrite = (read, { lower }) =>
  lower.includes('effect') ? read.replace(EFFECT_BETWEEN, asVerb) : read;

/** Whether the content says `word` (by its stem) and never the word as typed. */
function contentSaysInstead(typed: string, word: string, inContent: (stem: string) => boolean): boolean {
  const theirs = normalizeWord(word);
  const ours = normalizeWord(typed);
  return theirs !== null && inContent(theirs) && !(ours !== null && inContent(ours));
}

/**
 * Groups of people and the content's other word for them, in the plural: "kids" are children, "men" males, "older
 * residents" older individuals.
 */
const GROUP_WORDS = wordTable<readonly [string, string]>({
  kids: ['children', 'child'],
  kid: ['child', 'child'],
  men: ['males', 'male'],
  women: ['females', 'female'],
  boys: ['males', 'male'],
  girls: ['females', 'female'],
  elderly: ['older', 'older'],
  residents: ['individuals', 'individual'],
  inhabitants: ['individuals', 'individual'],
  folks: ['individuals', 'individual'],
});

/**
 * "How many households have KIDS under 18?": the content's word for the group ("children"), when it never says the
 * question's (decline rules take only a group's own word as named, so "kids" would stay missing).
 */
const GROUP_WORD = new RegExp(`\\b(?:${Object.keys(GROUP_WORDS).join('|')})\\b`, 'gi');

export const groupInContentWords: Rewrite = (read, { lower, inContent }) =>
  lower.search(GROUP_WORD) >= 0
    ? read.replace(GROUP_WORD, (typed: string) => {
        const other = GROUP_WORDS[typed.toLowerCase()];
        return other !== undefined && contentSaysInstead(typed, other[1], inContent) ? other[0] : typed;
      })
    : read;

/** Ordinals in words, by their number ("5th" -> fifth). */
const ORDINAL_WORDS = [
  'first second third fourth fifth sixth seventh eighth ninth tenth',
  'eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth',
]
  .join(' ')
  .split(' ');

/**
 * "Who was the university's 5TH president?": the ordinal as the content writes it ("fifth"), when it writes the word
 * and not the figure.
 */
export const ordinalInWords: Rewrite = (read, { lower, inContent }) =>
  /\d(?:st|nd|rd|th)\b/.test(lower)
    ? read.replace(/\b([1-9]|1\d|20)(?:st|nd|rd|th)\b/gi, (typed: string, n: string) => {
        const word = ORDINAL_WORDS[Number(n) - 1];
        return word !== undefined && contentSaysInstead(typed, word, inContent) ? word : typed;
      })
    : read;

/** "In THE 70'S": the 1970s, as an article writes a decade ("in their 70s" is an age, left alone). */
export const decade: Rewrite = (read, { lower }) =>
  /0['\u2019]?s\b/.test(lower) ? read.replace(/\bthe\s+['\u2019]?([2-9]0)['\u2019]?s\b/gi, 'the 19$1s') : read;

/** "A brand new idea": new; "brand" names no brand. */
export const brandNew: Rewrite = (read, { lower }) =>
  lower.includes('brand') ? read.replace(/\bbrand[- ]new\b/gi, 'new') : read;

/**
 * "from the US": the country, not the pronoun "us" (a stop word, so the question would lose it).
 * Only in capitals after "the", and not in a message typed all in capitals.
 */
const THE_US = /\b(the\s+)US(?!\p{L})/gu;

export const theUs: Rewrite = (read, { text }) =>
  text.includes('US')
    ? read.replace(THE_US, (match, the: string, _at: number, all: string) => (/[a-z]/.test(all) ? `${the}USA` : match))
    : read;

/**
 * Chat shorthand people type in questions ("why do depressed ppl get weak bones", "r bones just there..."), read
 * as the words it stands for, a dropped "g" put back ("can workin out help"), a slip of a question word mended
 * ("waht") and laughter dropped. Word by word; whole phrasings are question-phrasing.ts's, word forms stemming misses
 * ("axes", "whatis") word-forms.ts's. General English, whatever the content; applied to questions, never to articles.
 */

import { editDistance, transpositions } from './edit-distance.js';
import { commonestPart, inflectedKnownWord, isKnownForm, isKnownWord } from './related-words.js';
import { commonWords, frequencyPerMillion } from './specificity.js';
import { ENGLISH_STOP_WORDS, isStopWord, normalizeWord, wordTable } from './text.js';
import {
  americanSpelling,
  combinedWord,
  isCombiningForm,
  negatedWord,
  nounOfAdjective,
  pluralInIs,
  runTogether,
} from './word-forms.js';

const SHORTHAND = wordTable<string>({
  ppl: 'people',
  ppls: 'people',
  r: 'are',
  u: 'you',
  ur: 'your',
  y: 'why',
  b4: 'before',
  bc: 'because',
  bcs: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  abt: 'about',
  w: 'with',
  wo: 'without',
  wat: 'what',
  hw: 'how',
  wen: 'when',
  wher: 'where',
  wut: 'what',
  wht: 'what',
  dis: 'this',
  dat: 'that',
  wats: "what's",
  wuts: "what's",
  smth: 'something',
  sth: 'something',
  tho: 'though',
  thru: 'through',
  pls: 'please',
  plz: 'please',
  govt: 'government',
  yrs: 'years',
  yr: 'year',
  esp: 'especially',
  info: 'information',
  idk: "I don't know",
  wdym: 'what do you mean',
  wym: 'what do you mean',
  rn: 'right now',
  eli5: 'explain',
  bf: 'boyfriend',
  gf: 'girlfriend',
  bday: 'birthday',
  diff: 'difference',
  convo: 'conversation',
  kinda: 'kind of',
  sorta: 'sort of',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  dunno: "don't know",
  lemme: 'let me',
  gimme: 'give me',
  outta: 'out of',
  lotta: 'lot of',
  uni: 'university',
  unis: 'universities',
  meds: 'medications',
  doc: 'doctor',
  docs: 'doctors',
  hrs: 'hours',
  mins: 'minutes',
  approx: 'approximately',
  prolly: 'probably',
  probs: 'probably',
  rly: 'really',
  // British slang for scientists ("who are the boffins behind this?").
  boffin: 'scientist',
  boffins: 'scientists',
  // Laughter and exclamations say nothing of what is asked ("why would my bones care if im sad lol").
  lol: '',
  lmao: '',
  lmfao: '',
  rofl: '',
  haha: '',
  hahaha: '',
  omg: '',
  wow: '',
  whoa: '',
  woah: '',
  yikes: '',
  jeez: '',
  geez: '',
  oof: '',
  welp: '',
  // Swearing for stress ("who TF wrote this", "WTF is osteocalcin"): the question is the rest.
  tf: '',
  wtf: 'what',
  // Hedges and asides ("lowkey how does depression mess with ur bones", "is it fr that ...") ask nothing either.
  lowkey: '',
  highkey: '',
  fr: '',
  frfr: '',
  deadass: '',
  istg: '',
  bruh: '',
  // The one asked, named before the question ("bro what even is osteopontin"), as "bruh" is.
  bro: '',
  bruv: '',
  smh: '',
  btw: '',
  fyi: '',
  tbf: '',
  // Spelled out, these asides read as the question's own words ("ngl" as "lie", "tbh" as "honest").
  tbh: '',
  ngl: '',
  imo: '',
  iirc: '',
  afaik: '',
  // "is this legit science or nah": the tail is "or not", which asks nothing more.
  nah: '',
  // Adverbs that only stress what they stand in ("who ACTUALLY did the study"): left in, they break a phrase of the
  // content's synonyms ("who did"). (Not "literally", which the bone-brain article itself says.)
  actually: '',
  exactly: '',
  basically: '',
  // "what even is the bone brain axis" is "what is ...", whose definition the content's opening gives.
  even: '',
});

/**
 * "Does this MOSTLY affect older people?", "they call it PURE speculation": how much, which a passage saying it at all
 * answers; dropped only when the content never says the word ("a mostly inland forest" is met as written).
 */
const DEGREE_WORDS = new Set([
  'mostly',
  'mainly',
  'largely',
  'chiefly',
  'primarily',
  'pure',
  'purely',
  'mere',
  'merely',
  'sheer',
  'utter',
]);

/** Chat shorthand also typed in capitals ("IDK", "TBH"); any other in capitals is an abbreviation ("300 BC"). */
const CHAT_ACRONYMS = new Set([
  'ppl',
  'idk',
  'wdym',
  'wym',
  'imo',
  'tbh',
  'ngl',
  'iirc',
  'afaik',
  'eli5',
  'pls',
  'plz',
  'smth',
  'lol',
  'wtf',
  'lmao',
  'lmfao',
  'rofl',
  'omg',
  'btw',
  'fyi',
  'smh',
  'tbf',
]);

/** `w/` and `w/o` are written with a slash; everything else is a whole word, any case. */
const WORD = /\bw\/o\b|\bw\/(?=\s|$)|\b[a-z0-9_]+\b/gi;

/**
 * "workin", "nothin", "doin": a lower-case word in "-in" that is no English word, while its "-ing" form is (or the
 * stem of that is: "make" for "makin"). Known words ("protein", "basin", "martin") stay as they are, and so do the
 * content's own words, checked first: "osteocalcin" would otherwise read the English word lists on a cold ask.
 */
function droppedG(word: string, inContent: (stem: string) => boolean): string | undefined {
  if (!/^[a-z]{2,}in$/.test(word)) return undefined;
  const asTyped = normalizeWord(word);
  if ((asTyped !== null && inContent(asTyped)) || isKnownWord(word)) return undefined;
  const full = `${word}g`;
  const stem = normalizeWord(full);
  return isStopWord(full) || isKnownForm(full, stem) ? full : undefined;
}

/** Whether the content or English knows a word as typed (by its stem too): then it is no slip for another word. */
function knownAsTyped(word: string, inContent: (stem: string) => boolean): boolean {
  const stem = normalizeWord(word);
  return (stem !== null && inContent(stem)) || isKnownForm(word, stem);
}

/** Question words a slip of one letter may hide ("wich", "wher", "hwo"). */
const QUESTION_WORDS = ['what', 'which', 'where', 'when', 'who', 'why', 'how', 'does'];
/** Longer function words a slip of one letter may hide too ("artcle", "becuse", "shoud"). */
const LONG_FUNCTION_WORDS = [
  ...ENGLISH_STOP_WORDS.filter((w) => w.length >= 5),
  'article',
  'anything',
  'something',
  'please',
];

/**
 * "waht", "hwo", "wich": a lower-case word that is no English word (nor the content's) one slip from a question
 * word, or one swap of two letters from a function word ("teh", "adn"): read as that word, or the question loses
 * its form and keeps a word nothing can match.
 */
function slipOfFunctionWord(word: string, inContent: (stem: string) => boolean): string | undefined {
  if (!/^[a-z]{3,8}$/.test(word) || isStopWord(word) || knownAsTyped(word, inContent)) return undefined;
  const swapped = transpositions(word).find((w) => isStopWord(w));
  if (swapped) return swapped;
  if (word.length < 4) return undefined;
  // "Artical": an ending spelt as it sounds ("-al" for "-le").
  const sounded = word.replace(/al$/, 'le');
  return (
    QUESTION_WORDS.find((w) => editDistance(word, w) === 1) ??
    (word.length >= 5 ? LONG_FUNCTION_WORDS.find((w) => editDistance(word, w) === 1 || w === sounded) : undefined)
  );
}

/** Each common English word (or function word) with one of its letters left out, to the words it may be. */
let lettersLeftOut: Map<string, string[]> | undefined;

function withLetterLeftOut(): Map<string, string[]> {
  if (!lettersLeftOut) {
    lettersLeftOut = new Map();
    for (const full of new Set([...ENGLISH_STOP_WORDS, ...commonWords()])) {
      if (full.length < 4 || !/^[a-z]+$/.test(full)) continue;
      for (let i = 0; i < full.length; i++) {
        const typed = full.slice(0, i) + full.slice(i + 1);
        const seen = lettersLeftOut.get(typed);
        if (!seen) lettersLeftOut.set(typed, [full]);
        else if (!seen.includes(full)) seen.push(full);
      }
    }
  }
  return lettersLeftOut;
}

/**
 * "hav", "ther", "likly": a lower-case word that is no English word (nor the content's), typed fast with a letter
 * left out of a common word: read as that word, or it stays a topic the content lacks ("nothing about hav"). Only
 * when the word it may be is one (a function word, for a word of 3 or 4 letters), or a function word whichever it
 * is ("ther": there, the commonest of there, their and other); a word the content has wins ("tird": third, not tired).
 */
function letterLeftOut(word: string, inContent: (stem: string) => boolean): string | undefined {
  // A common word itself ("she", which WordNet lacks) is as typed.
  if (!/^[a-z]{3,8}$/.test(word) || isStopWord(word) || frequencyPerMillion(word) > 0) return undefined;
  if (knownAsTyped(word, inContent)) return undefined;
  const fulls = withLetterLeftOut().get(word);
  if (!fulls) return contentWordLeftOut(word, inContent);
  const inTheContent = fulls.find((full) => {
    const fullStem = normalizeWord(full);
    return fullStem !== null && inContent(fullStem);
  });
  if (inTheContent) return inTheContent;
  // A short one is too near too many words ("isit" is no "visit"): a function word only.
  if (fulls.length === 1 && (word.length >= 5 || isStopWord(fulls[0] as string))) return fulls[0];
  // Function words all: the commonest ("there").
  if (!fulls.every((full) => isStopWord(full))) return undefined;
  return fulls.reduce((a, b) => (frequencyPerMillion(b) > frequencyPerMillion(a) ? b : a));
}

/**
 * "Vicious cyle": a word of the content's with a letter left out, when no common word is ("cyle" is 'cycle'; its
 * stem "cyle" is two letters from the content's "cycl", past what a fuzzy search of a short word allows). Only when
 * one stem of the content's is one letter away.
 */
function contentWordLeftOut(word: string, inContent: (stem: string) => boolean): string | undefined {
  if (word.length < 4 || inflectedKnownWord(word)) return undefined;
  const found = new Map<string, string>();
  for (let i = 0; i <= word.length; i++) {
    for (let c = 97; c <= 122; c++) {
      const full = word.slice(0, i) + String.fromCharCode(c) + word.slice(i);
      const stem = normalizeWord(full);
      if (stem !== null && inContent(stem) && !found.has(stem)) found.set(stem, full);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Words after which a 2 or a 4 is a number: "the 2 hormones", "is 4 enough", "his 4 of 4", "phase 2". */
const TAKES_A_NUMBER = new Set(
  'the a an of about than with top only first last those these all every each per around over under nearly almost just by to for at in on is are was were be been am has have had take takes took need needs needed give gives gave get gets got maybe like exactly another his her their my your our its phase type level stage step part chapter version season episode grade class round number no paragraph para section page figure table line sentence'.split(
    ' ',
  ),
);

/**
 * "What happens 2 osteocalcin", "any tips 4 both": a lone 2 or 4 between two words is "to" or "for", not a count:
 * not after a word that takes a number or a name ("Apollo 4 test"), nor before a plural ("2 weeks"), unless an
 * adjective with no article comes before ("is it bad 4 bones": "a good 4 hours" still counts).
 */
function digitAsWord(digit: string, text: string, at: number): string | undefined {
  if (digit !== '2' && digit !== '4') return undefined;
  const words = /(?:^|[^a-z])(?:([a-z]+)\s+)?([a-z]+)\s+$/i.exec(text.slice(0, at));
  const before = words?.[2];
  const after = /^\s+([a-z]+)/i.exec(text.slice(at + 1))?.[1]?.toLowerCase();
  if (!before || /^[A-Z]/.test(before) || TAKES_A_NUMBER.has(before.toLowerCase()) || !after) return undefined;
  const judged = commonestPart(before.toLowerCase()) === 'a' && !/^(?:a|an|another)$/i.test(words?.[1] ?? '');
  if (/s$/.test(after) && !judged) return undefined;
  return digit === '2' ? 'to' : 'for';
}

/**
 * "Osteopontin n depression link?": a lone lower-case "n" between two words that are no function words is "and";
 * not a variable ("equal to n", "the function of n", "T(n)").
 */
function nAsAnd(word: string, text: string, at: number): string | undefined {
  if (word !== 'n') return undefined;
  const before = /(?:^|[^a-z])([a-z]+)\s+$/i.exec(text.slice(0, at))?.[1];
  const after = /^\s+([a-z]+)/i.exec(text.slice(at + 1))?.[1];
  return before && after && !isStopWord(before.toLowerCase()) && !isStopWord(after.toLowerCase()) ? 'and' : undefined;
}

/** Two words joined by a hyphen ("neuro-modulation", "osteo-porosis"). */
const HYPHENATED = /\b(\p{L}+)-(\p{L}+)\b/gu;
/**
 * A word of three letters or more, or a capitalised one of two ("Le grand" for the content's LeGrande), and one of
 * four or more after it ("neuro modulation", "bio molecules"), which stays to start the next pair.
 */
const SPACED = /\b(\p{Lu}\p{Ll}|\p{L}{3,})\s+(?=(\p{L}{4,})\b)/gu;

/** Words after "who" that sound like the verb meant: "who ROTE this?", "who RIGHT it?". */
const WHO_HOMOPHONES = wordTable<string>({ rote: 'wrote', right: 'wrote', rites: 'writes' });

/**
 * "Nuero modulation", "nuero-modulation": the content's one word ("neuromodulation") with two letters of its first
 * half swapped, when that half is no English word nor the content's.
 */
function swappedPrefix(first: string, second: string, inContent: (stem: string) => boolean): string | undefined {
  if (!/^[a-z]{3,}$/.test(first) || knownAsTyped(first, inContent)) return undefined;
  const fixed = transpositions(first).find((prefix) => inContent(normalizeWord(`${prefix}${second}`) ?? ''));
  return fixed ? `${fixed}${second}` : undefined;
}

/**
 * "What DOSE osteocalcin do?", "how dose it work": "does" spelt as it sounds, right after a question word; not "what
 * dose of vitamin D", "which dose is safe", where a dose is asked about.
 */
function doseAsDoes(key: string, text: string, at: number): string | undefined {
  if (key !== 'dose' || !/\b(?:what|how|why|where|when|who)\s+$/i.test(text.slice(Math.max(0, at - 6), at)))
    return undefined;
  return /^\s+(?:of|is|was|should|would|for|do\s+i)\b/i.test(text.slice(at + 4)) ? undefined : 'does';
}

/** `inContent` says which stems the content has (none by default): those words are never shorthand for others. */
export function expandShorthand(question: string, inContent: (stem: string) => boolean = () => false): string {
  return (
    question
      // "Neuro-modulation": one word, as the content writes it, when the content has it so ("bone-brain" stays two);
      // "pseudo-science", "co-operation": one word, as English writes it, unless the content has both halves.
      .replace(HYPHENATED, (pair, first: string, second: string) => {
        const joined = normalizeWord(`${first}${second}`);
        if (joined === null) return pair;
        if (inContent(joined)) return `${first}${second}`;
        // Both halves the content's ("blood-brain"): as typed, before any word list is read (a cold ask pays for it).
        const [a, b] = [normalizeWord(first), normalizeWord(second)];
        if (a !== null && b !== null && inContent(a) && inContent(b)) return pair;
        const swapped = swappedPrefix(first, second, inContent);
        if (swapped) return swapped;
        return isKnownWord(`${first}${second}`.toLowerCase()) ? `${first}${second}` : pair;
      })
      // "Neuro modulation", "blood stream": one word when the content writes it so and has not both halves.
      .replace(SPACED, (pair, first: string, second: string) => {
        const joined = normalizeWord(`${first}${second}`);
        if (joined === null) return pair;
        if (!inContent(joined)) {
          // "Nuero modulation": the content's word, two letters of its first half swapped.
          const swapped = swappedPrefix(first, second, inContent);
          if (swapped) return swapped.slice(0, first.length);
          // "Osteo calcium", as dictation splits "osteocalcin": a combining form alone is half of one word, which
          // the typo search then reads ("osteocalcium" for "osteocalcin"). Not before an everyday word: "my physio
          // SAYS" is no "physiosays".
          return isCombiningForm(first) && frequencyPerMillion(second.toLowerCase()) === 0 ? first : pair;
        }
        const [a, b] = [normalizeWord(first), normalizeWord(second)];
        // Not a stop word ("back then": "backthen"), nor two words the content has apart.
        return a === null || b === null || (inContent(a) && inContent(b)) ? pair : first;
      })
      .replace(WORD, (word, at: number, text: string) => {
        const before = text[at - 1] ?? '';
        const after = text[at + word.length] ?? '';
        // A word of its own: not the "r" of "Gür" (the pattern's letters are ASCII), nor the "y" of "y. pestis".
        if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) return word;
        if (word.length === 1 && after === '.') return word;
        // Not a part of a longer word either: "doesn" in "doesn't", "pre" in "pre-existing".
        const whole = !/['\u2019-]/u.test(before) && !/['\u2019-]/u.test(after);
        const key = word.toLowerCase().replace('/', '');
        // In capitals, "BC", "UR" or "R" is an abbreviation, a name or a letter in a list, not chat shorthand.
        const capitals = word.length > 0 && word === word.toUpperCase() && /[A-Z]/.test(word);
        const shorthand = capitals && !CHAT_ACRONYMS.has(key) ? undefined : SHORTHAND[key];
        // "Who ROTE this": a verb spelt as it sounds, though "rote" is a word of its own.
        const heard =
          (/^who\s+$/i.test(text.slice(Math.max(0, at - 4), at)) ? WHO_HOMOPHONES[key] : undefined) ??
          doseAsDoes(key, text, at);
        const degree = DEGREE_WORDS.has(key) && !inContent(normalizeWord(key) ?? key) ? '' : undefined;
        const full =
          shorthand ??
          degree ??
          heard ??
          digitAsWord(word, text, at) ??
          nAsAnd(word, text, at) ??
          droppedG(word, inContent) ??
          americanSpelling(word, inContent) ??
          pluralInIs(word, inContent) ??
          nounOfAdjective(word, inContent) ??
          negatedWord(word, inContent) ??
          combinedWord(word, inContent) ??
          (whole
            ? (slipOfFunctionWord(word, inContent) ?? runTogether(word, inContent) ?? letterLeftOut(word, inContent))
            : undefined);
        return full ?? word;
      })
  );
}

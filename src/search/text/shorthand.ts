/**
 * Chat shorthand people type in questions ("why do depressed ppl get weak bones", "r bones just there..."), read
 * as the words it stands for, a dropped "g" put back ("can workin out help"), and requests for a plain answer ("in
 * simple words") dropped. General English, whatever the content; applied to questions, never to articles.
 */
import { isKnownForm, isKnownWord } from './related-words.js';
import { isStopWord, normalizeWord } from './text.js';

const SHORTHAND: Readonly<Record<string, string>> = {
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
  wut: 'what',
  wht: 'what',
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
  imo: 'in my opinion',
  rn: 'right now',
  eli5: 'explain',
  tbh: 'to be honest',
  ngl: 'not going to lie',
  iirc: 'if I remember correctly',
  afaik: 'as far as I know',
  bf: 'boyfriend',
  gf: 'girlfriend',
  bday: 'birthday',
  diff: 'difference',
  convo: 'conversation',
};

/** `w/` and `w/o` are written with a slash; everything else is a whole word, any case. */
const WORD = /\bw\/o\b|\bw\/(?=\s|$)|\b[a-z0-9_]+\b/gi;

/**
 * Ways of asking for a simple answer that say nothing of what is asked ("in simple words", "in a nutshell"): left
 * in, their words would count as what the question is about, and the article never uses them.
 */
const PLAIN_ASKING =
  /\b(?:in (?:simple|plain|everyday|layman'?s|laymans|basic|normal) (?:words|terms|english|language)|(?:simply|plainly) put|in a nutshell|for dummies|for a layman|like i'?m five)\b/gi;

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

/** `inContent` says which stems the content has (none by default): those words are never shorthand for others. */
export function expandShorthand(question: string, inContent: (stem: string) => boolean = () => false): string {
  return question
    .replace(WORD, (word) => {
      const key = word.toLowerCase().replace('/', '');
      const full = SHORTHAND[key] ?? droppedG(word, inContent);
      // A capitalised "U" or "R" may be a name or a letter in a list: only lower case is shorthand for one letter.
      if (!full || (word.length === 1 && word !== word.toLowerCase())) return word;
      return full;
    })
    .replace(PLAIN_ASKING, ' ');
}

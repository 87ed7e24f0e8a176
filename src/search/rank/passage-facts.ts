/**
 * What a passage says, read once per passage and kept (a WeakMap, so it goes with the passage): its sentences
 * with their terms, numbers, times, names and places, and the position of every term, for re-ranking.
 */
import type { Span } from '../../answer/answer.js';
import type { Passage } from '../../content/types.js';
import { foldCase, normalizeWord, rootOf, sentenceSpans, tokenize } from '../text/text.js';

/** A sentence of a passage, read once. */
export interface Sentence {
  span: Span;
  /** Words in it, including stop words. */
  length: number;
  terms: Set<string>;
  /** Lowercased text, for definitional patterns. */
  folded: string;
  /** Numbers written in it (digits or number words). */
  numbers: Set<string>;
  /** Years, months, weekdays, centuries written in it. */
  times: Set<string>;
  /** Stems of words written with a capital inside the sentence: names. */
  names: Set<string>;
  /** Names that follow a preposition of place ("in Santa Clara", "of Jiangnan University", "from China"). */
  places: Set<string>;
  /** Numbers that count something: not a number word joined by a hyphen ("a two-way street"). */
  quantities: Set<string>;
  /** Numbers with a unit of length, time or age ("1,230 km", "39 years", "aged 39", "four minutes"). */
  measures: Set<string>;
}

export interface PassageInfo {
  sentences: Sentence[];
  /** Positions (word index) of every term in the passage. */
  positions: Map<string, number[]>;
}

const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands ' +
    'million millions billion billions trillion dozen dozens half twice once single double triple percent'
  ).split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'in at from of near to into across throughout outside inside within between around'.split(' '),
);
const TIME_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday century centuries decade ' +
    'decades bc bce ad ce'
  ).split(' '),
);

const UNITS = new Set(
  (
    'second seconds minute minutes hour hours day days week weeks month months year years decade decades century ' +
    'centuries km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm ft foot feet ' +
    'inch inches yard yards kg kilogram kilograms pound pounds lb lbs ton tons tonne tonnes old long'
  ).split(' '),
);

/** "One" opening a sentence or before "of" counts nothing ("One key player", "one of the"): not an answer to "how many". */
function notAQuantity(tokens: readonly { word: string }[], i: number): boolean {
  return foldCase(tokens[i]?.word ?? '') === 'one' && (i === 0 || foldCase(tokens[i + 1]?.word ?? '') === 'of');
}

/** How many words after a preposition of place a capitalised word counts as a place. */
const PLACE_REACH = 3;
function analyzeSentence(text: string, span: Span, positions: Map<string, number[]>, offset: number): Sentence {
  const terms = new Set<string>();
  const numbers = new Set<string>();
  const times = new Set<string>();
  const names = new Set<string>();
  const places = new Set<string>();
  const measures = new Set<string>();
  const quantities = new Set<string>();
  const tokens = tokenize(text);
  const isNumber = (word: string) => /^\d/.test(word) || NUMBER_WORDS.has(word);
  let preposition = Number.NEGATIVE_INFINITY;
  tokens.forEach((token, i) => {
    const folded = foldCase(token.word);
    if (PLACE_PREPOSITIONS.has(folded)) preposition = i;
    if (/^\d/.test(folded)) {
      const value = folded.replace(/\D+$/, '');
      numbers.add(value);
      quantities.add(value);
      if (/^(?:1\d{3}|20\d{2})s?$/.test(folded) || /^\d{1,2}(?:st|nd|rd|th)$/.test(folded)) times.add(folded);
    } else if (NUMBER_WORDS.has(folded) && !notAQuantity(tokens, i)) {
      // "A two-way street" counts nothing, though "a six-time winner" does.
      if (!/^-way\b/i.test(text.slice(token.end))) numbers.add(folded);
      // A number word joined by a hyphen ("a two-way street") names no quantity.
      if (text[token.end] !== '-') quantities.add(folded);
    }
    // "may" is a month only when written as a name.
    if (TIME_WORDS.has(folded) && (folded !== 'may' || /^\p{Lu}/u.test(token.word))) times.add(folded);
    // A unit right after a number ("39 years", "1,230 km"), or an age ("aged 39", "at age 39").
    const before = i > 0 ? foldCase((tokens[i - 1] as { word: string }).word) : '';
    if (UNITS.has(folded) && isNumber(before)) measures.add(`${before} ${folded}`);
    if (/^(?:age|aged)$/.test(before) && isNumber(folded)) measures.add(`${before} ${folded}`);
    const stem = normalizeWord(token.word);
    if (!stem) return;
    if (/^\p{Lu}/u.test(token.word)) {
      if (i > 0) names.add(stem);
      if (i - preposition <= PLACE_REACH) places.add(stem);
    }
    const root = rootOf(stem);
    for (const term of root ? [stem, root] : [stem]) {
      terms.add(term);
      let list = positions.get(term);
      if (!list) {
        list = [];
        positions.set(term, list);
      }
      list.push(offset + i);
    }
  });
  return {
    span,
    length: tokens.length,
    terms,
    folded: text.toLowerCase(),
    numbers,
    quantities,
    times,
    names,
    places,
    measures,
  };
}

const passageCache = new WeakMap<Passage, PassageInfo>();

/**
 * Sentence spans known ahead, from the index cache, flat ([start, end, start, end, ...]): a start from the cache
 * then answers without loading ICU's sentence rules, which costs about 14 ms of a cold ask.
 */
const knownSpans = new WeakMap<Passage, readonly number[]>();

export function rememberSentenceSpans(passage: Passage, flat: readonly number[]): void {
  knownSpans.set(passage, flat);
}

function spansOf(passage: Passage): Array<[number, number]> {
  const flat = knownSpans.get(passage);
  if (!flat) return sentenceSpans(passage.text);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push([flat[i] as number, flat[i + 1] as number]);
  return spans;
}

/** The passage's sentences and word positions, computed once per passage. */
export function infoOf(passage: Passage): PassageInfo {
  let info = passageCache.get(passage);
  if (!info) {
    const positions = new Map<string, number[]>();
    let offset = 0;
    const sentences = spansOf(passage).map((span) => {
      const sentence = analyzeSentence(passage.text.slice(span[0], span[1]), span, positions, offset);
      // A gap between sentences, so words across a sentence boundary do not stand together.
      offset += sentence.length + 10;
      return sentence;
    });
    info = { sentences, positions };
    passageCache.set(passage, info);
  }
  return info;
}

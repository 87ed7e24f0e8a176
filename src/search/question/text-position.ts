/**
 * Questions that point at where in the article to look: "how does the article END?", "what's in the LAST
 * PARAGRAPH?", "how is the body described AT THE END?", "what does the INTRO say?". General English, true of any
 * article: the passage at that place answers (docs/ranking.md, "Where in the article").
 */

import { numberOfName, wordTable } from '../text/text.js';

/** The start, the end, or a paragraph by its number ("the SECOND paragraph", "paragraph 3": 2, 3). */
export type TextPosition = 'start' | 'end' | number;

export interface TextPositionReading {
  position: TextPosition;
  /** The words that say where, which frame the question rather than say what it is about. */
  words: string[];
}

const PLACES = wordTable<TextPosition>({
  start: 'start',
  beginning: 'start',
  top: 'start',
  end: 'end',
  bottom: 'end',
});
const ORDINALS = wordTable<TextPosition>({
  first: 'start',
  opening: 'start',
  introductory: 'start',
  last: 'end',
  final: 'end',
  closing: 'end',
  concluding: 'end',
});
/** "The SECOND paragraph", "the 3rd paragraph": which one, counted from the start. */
const COUNTED = wordTable<number>({
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
});
/** Parts that are counted one by one: "paragraph 3", "the 2nd para". */
const PARAGRAPH = new Set(['paragraph', 'para', 'section']);
const PARTS = new Set('paragraph paragraphs part section sentence sentences bit line lines words'.split(' '));
const STANDALONE_PARTS = wordTable<TextPosition>({ intro: 'start', introduction: 'start' });
/** "How does it END?", "how does the article BEGIN?": the verbs of how a text starts or ends. */
const ENDING_VERBS = wordTable<TextPosition>({
  end: 'end',
  ends: 'end',
  finish: 'end',
  finishes: 'end',
  close: 'end',
  closes: 'end',
  conclude: 'end',
  concludes: 'end',
  start: 'start',
  starts: 'start',
  begin: 'start',
  begins: 'start',
  open: 'start',
  opens: 'start',
});
const THE_TEXT = new Set('it article piece story text paper review study this'.split(' '));
/** The article as a piece of writing, which starts and ends ("how does the ARTICLE end?"). */
const WRITING = new Set('it article piece story text this'.split(' '));

/** Where a question (its words folded, in order) points in the article, if it does. */
export function textPosition(words: readonly string[]): TextPositionReading | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // "at the (very) end", "at the beginning".
    if (word === 'at' && words[i + 1] === 'the') {
      const k = words[i + 2] === 'very' ? i + 3 : i + 2;
      const place = PLACES[words[k] ?? ''];
      if (place && ofTheTextIfAny(words, k + 1)) return { position: place, words: words.slice(i, k + 1) };
    }
    // "the last paragraph", "the opening part".
    const ordinal = ORDINALS[word];
    if (ordinal && PARTS.has(words[i + 1] ?? '') && ofTheTextIfAny(words, i + 2)) {
      return { position: ordinal, words: [word, words[i + 1] as string] };
    }
    // "the second paragraph", "the 3rd para", "paragraph 3".
    const counted = COUNTED[word] ?? (/^\d{1,2}(?:st|nd|rd|th)$/.test(word) ? Number.parseInt(word, 10) : undefined);
    if (counted && PARAGRAPH.has(words[i + 1] ?? '') && ofTheTextIfAny(words, i + 2)) {
      return { position: counted, words: [word, words[i + 1] as string] };
    }
    const after = words[i + 1] ?? '';
    // "Paragraph 3", "paragraph two", "paragraph one".
    const numbered = /^\d{1,2}$/.test(after) ? Number.parseInt(after, 10) : after === 'one' ? 1 : numberOfName(after);
    if (PARAGRAPH.has(word) && numbered && ofTheTextIfAny(words, i + 2)) {
      return { position: numbered, words: [word, after] };
    }
    // "the first thing the article says", "what does it say last?": what the text says at that place.
    const said = saidAt(words, i);
    if (said) return said;
    // "the intro".
    const part = STANDALONE_PARTS[word];
    if (part && (words[i - 1] === 'the' || words[i - 1] === 'its')) return { position: part, words: [word] };
    // "how does the article end", "how does it begin": the verb closes the question, after the text it is about.
    const verb = ENDING_VERBS[word];
    // Not "what did the review conclude": what a study concludes is its finding, wherever the article says it.
    if (verb && i === words.length - 1 && WRITING.has(words[i - 1] ?? '')) return { position: verb, words: [word] };
  }
  return undefined;
}

const SAYING = new Set('say says said mention mentions tell tells'.split(' '));

/**
 * "The (very) FIRST THING the article SAYS", "what does it SAY LAST?": only with the text saying, not "the first thing to
 * do", "what do doctors say first".
 */
function saidAt(words: readonly string[], i: number): TextPositionReading | undefined {
  const word = words[i] as string;
  const ordinal = ORDINALS[word];
  if (ordinal && /^things?$/.test(words[i + 1] ?? '')) {
    const k = words[i + 2] === 'the' || words[i + 2] === 'this' ? i + 3 : i + 2;
    if (WRITING.has(words[k] ?? '') && SAYING.has(words[k + 1] ?? ''))
      return { position: ordinal, words: [word, 'thing'] };
  }
  const last = word === 'first' ? 'start' : word === 'last' || word === 'finally' ? 'end' : undefined;
  if (last && i === words.length - 1 && SAYING.has(words[i - 1] ?? '') && WRITING.has(words[i - 2] ?? '')) {
    return { position: last, words: [word] };
  }
  return undefined;
}

/** Not "at the end OF THE BONE", "the first line OF DEFENSE": only "of" the text, if "of" follows at all. */
function ofTheTextIfAny(words: readonly string[], at: number): boolean {
  if (words[at] !== 'of') return true;
  const next = words[at + 1] === 'the' || words[at + 1] === 'this' ? words[at + 2] : words[at + 1];
  return THE_TEXT.has(next ?? '');
}

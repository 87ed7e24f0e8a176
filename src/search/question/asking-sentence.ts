/**
 * Which sentence of a message asks: a story first, then its question ("I'm 58 ... Does the article say ...?"), or
 * a claim and "Is that true?" (docs/ranking.md).
 */
import { foldCase } from '../text/text.js';
import { POLAR_OPENINGS, WH_WORDS } from './word-roles.js';

/**
 * Where the question of a message that tells a story first starts: "I'm 58 and on antidepressants. I worry about my
 * bones. DOES the article say ...?" is a yes/no question, though it opens with "I'm". The last sentence, when the
 * message has several and that one asks (a question mark, or a question word first); else `start`.
 */
export function askingSentenceStart(
  question: string,
  tokens: readonly { word: string; start: number }[],
  start: number,
): { asks: number; verifyAt?: number; storyAsked?: boolean } {
  // A full stop after an initial or a title ("Susan B. Anthony", "Dr. Li", "e.g.") ends no sentence. (Not
  // Intl.Segmenter, as passages use: loading its rules costs a cold ask about 14 ms, for the last sentence only.)
  // Unless a question word follows: "I take vitamin D. DOES it help?".
  const ends = [...question.matchAll(/(\p{L}*)([.!?]+)(?=\s+(\p{L}*))/gu)]
    .filter(
      (m) =>
        m[2] !== '.' ||
        ((m[1] ?? '').length > 1 && !ABBREVIATIONS.has((m[1] ?? '').toLowerCase())) ||
        ((m[1] ?? '').length === 1 && QUESTION_OPENINGS.has(foldCase(m[3] ?? ''))),
    )
    .map((m) => (m.index ?? 0) + m[0].length);
  // "The headline says 'may link' - HOW confident are they?": a spaced dash before a question word ends a sentence.
  for (const m of question.matchAll(/\s[-\u2013\u2014]\s+(?=(\p{L}+))/gu)) {
    if (QUESTION_OPENINGS.has(foldCase(m[1] ?? ''))) ends.push((m.index ?? 0) + m[0].length);
  }
  ends.sort((a, b) => a - b);
  const last = ends.at(-1);
  if (last === undefined) return { asks: start };
  const at = tokens.findIndex((t) => t.start >= last);
  if (at <= start) return { asks: start };
  const first = foldCase(tokens[at]?.word ?? '');
  const asks = /\?\s*$/u.test(question) || WH_WORDS.has(first) || POLAR_OPENINGS.has(first);
  if (!asks) return { asks: start };
  // "I take calcium and vitamin D. Does the article say THESE help my mood?": the question is about what was told.
  if (pointsBack(tokens.slice(at, at + 5).map((t) => foldCase(t.word)))) return { asks: at, storyAsked: true };
  // "She says bones are just dead scaffolding. Is that true?": what is asked is the claim before.
  if (VERIFICATION.test(question.slice(last).trim())) {
    const before = ends.at(-2);
    const claimAt = before === undefined ? start : tokens.findIndex((t) => t.start >= before);
    return { asks: Math.max(start, claimAt), verifyAt: at };
  }
  return { asks: at };
}
const QUESTION_OPENINGS = new Set([...WH_WORDS, ...POLAR_OPENINGS]);
/** What a question after a story points back at it with: "does THAT mean ...", "do THESE help". */
const POINTING_BACK = new Set(['these', 'those']);
/** Words of the article itself, which "this" or "these" may name rather than point back with ("this article"). */
const THE_TEXT = new Set('article articles study studies review paper piece text findings'.split(' '));

/** Whether the opening words of a question point back at the story before it with "these" or "those". */
function pointsBack(words: readonly string[]): boolean {
  return words.some((w, i) => POINTING_BACK.has(w) && !THE_TEXT.has(words[i + 1] ?? ''));
}
/**
 * A closing question that only asks whether what was said before is so: "Is that true?", "is she right?", "does the
 * article back that up?".
 */
const VERIFICATION =
  /^(?:(?:does|do|did|can)\s+(?:the\s+)?(?:article|study|review|research|it|this)\s+(?:back\s+(?:that|this|it)\s+up|support|confirm|agree)(?:\s+(?:that|this|it|with\s+(?:that|this|it|her|him|them)))?|(?:is|isn't|isnt|was)\s+(?:that|this|it|she|he)\s+(?:really\s+)?(?:true|right|correct|so|accurate|a\s+fact)|(?:are|were)\s+(?:they|those)\s+(?:really\s+)?(?:right|correct)|true|right|correct|really|for\s+real)[\s?!.]*$/iu;
const ABBREVIATIONS = new Set('dr mr mrs ms prof st vs etc approx fig no vol jr sr mt ca eg ie'.split(' '));

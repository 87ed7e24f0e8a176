/**
 * Two questions in one message: "who wrote it and where was it published?", "what is osteocalcin? what does it do
 * to mood?". General English, true of any article: a question mark, or "and" before a question word, starts the
 * next question when both sides are questions of at least two words.
 */

import { GREETING_WORDS, THANKS_WORDS } from '../text/question-phrasing.js';

/** Question words that open a question after "and": "... and WHERE was it published". */
const WH = 'who|whom|whose|what|which|where|when|why|how';
/** After a question mark, a yes/no question may follow too: "what is it? does it help?". */
const AUXILIARY = 'is|are|was|were|does|do|did|can|could|will|would|should|has|have';
const SPLIT = new RegExp(
  String.raw`\?+\s+(?=(?:and\s+|also\s+|plus\s+)?(?:${WH}|${AUXILIARY})\b)|[,;]?\s+(?:and|also|plus)\s+(?:also\s+)?(?=(?:${WH})\b)`,
  'giu',
);
/** "Two questions: ...", "quick questions -": announces the questions rather than asks one. */
const ANNOUNCED =
  /^(?:(?:two|2|three|3|a\s+couple(?:\s+of)?|a\s+few|some|quick|couple)\s+)+q(?:uestion)?s?\s*[:,-]\s*/iu;
/** A numbered list of questions: "1. what is osteopontin 2. what is osteocalcin", "1) ... 2) ...". */
const LIST_MARKER = /(?:^|\s+)\d{1,2}[.)]\s+/gu;
/** More questions than an answer quotes passages: the message is read as one (and answered in one search). */
const MAX_PARTS = 3;
/** Words a part needs to stand as a question of its own. */
const MIN_WORDS = 2;

/** "Thank you. And who proposed it?": thanks or a greeting, split off, asks nothing. */
const COURTESY_ONLY = new RegExp(String.raw`^(?:${THANKS_WORDS}|${GREETING_WORDS})[\s.!,]*$`, 'iu');

/** The questions a message asks, in order: the message itself when it asks one. */
export function questionParts(message: string): string[] {
  const text = message.replace(ANNOUNCED, '');
  const listed = /^\s*1[.)]\s/u.test(text) && /\s2[.)]\s/u.test(text);
  const parts = (listed ? text.split(LIST_MARKER) : [text])
    .flatMap((item) => item.split(SPLIT))
    .map((part) => part.replace(/^(?:and|also|plus)\s+/iu, '').trim())
    .filter((part) => part.length > 0);
  const asking = parts.filter((part) => !COURTESY_ONLY.test(part));
  if (asking.length === 1 && parts.length > 1) return asking;
  if (parts.length < 2 || parts.length > MAX_PARTS) return [message.trim()];
  return parts.every((part) => part.split(/\s+/u).length >= MIN_WORDS) ? parts : [message.trim()];
}

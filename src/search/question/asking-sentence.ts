/**
 * Which sentence of a message asks: a story first, then its question ("I'm 58 ... Does the article say ...?"), or
 * a claim and "Is that true?" (docs/ranking.md).
 */
import { VERIFYING } from '../text/question-phrasing.js';
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
): { asks: number; verifyAt?: number; storyAsked?: boolean; asideAt?: number } {
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
  // "My anxiety is bad, DOES IT hurt my bones?", "I have fibromyalgia, IS THAT part of the axis?": a comma before a
  // yes/no question about "it", "they" or what "that" told ends the story.
  // Only after a story (someone's, or a clause with a verb of being or having), not after a condition ("if someone
  // carries the variant, do they ...") nor a topic named ("back to osteocalcin, does it drop?").
  if (!/^\s*(?:what\s+)?if\b/iu.test(question)) {
    for (const m of question.matchAll(
      /,\s+(?=(?:do|does|did|can|could|will|would)\s+(?:it|they)\b|(?:is|was)\s+(?:that|this)\s+(?!true\b|right\b|correct\b))/giu,
    )) {
      const clause = question.slice(0, m.index);
      if (STORY_CLAUSE.test(clause)) ends.push((m.index ?? 0) + m[0].length);
    }
  }
  // "I was reading this at lunch and got lost at the part about hormones, WHICH HORMONE IS it that ...?", "everyone
  // says it's a breakthrough BUT WHAT did they say ...?": a comma or "but" before a question word that opens a
  // question ends the story too, when the message asks ("?") and what comes before is the asker's story. Not a
  // relative clause ("the hormone, which crosses ..."): "which" needs its noun and a verb after it.
  if (/\?\s*$/u.test(question)) {
    for (const m of question.matchAll(COMMA_THEN_QUESTION)) {
      const clause = question.slice(0, m.index);
      // A question of its own, not one about the story ("my mum cries all the time, what should I do?").
      const asked = question.slice((m.index ?? 0) + m[0].length);
      const ownQuestion = asked.split(/\s+/).length >= 6 && !/\b(?:i|me|my)\b/iu.test(asked);
      if (ownQuestion && /\b(?:i|i['\u2019]m|im|my|we)\b/iu.test(clause)) ends.push((m.index ?? 0) + m[0].length);
    }
  }
  ends.sort((a, b) => a - b);
  const last = ends.at(-1);
  const told = toldAside(question, tokens);
  const plain = told !== undefined && told > start ? { asks: start, asideAt: told } : { asks: start };
  if (last === undefined) return plain;
  const at = tokens.findIndex((t) => t.start >= last);
  if (at <= start) return plain;
  const first = foldCase(tokens[at]?.word ?? '');
  const asks = /\?\s*$/u.test(question) || WH_WORDS.has(first) || POLAR_OPENINGS.has(first);
  if (!asks) return asideAfter(question, tokens, start, ends, at, first);
  if (told !== undefined && told > at) return { asks: at, asideAt: told };
  // "I take calcium and vitamin D. Does the article say THESE help my mood?": the question is about what was told.
  const opening = tokens.slice(at, at + 5).map((t) => foldCase(t.word));
  const closing = question.slice(last).trim();
  // "My friend reckons this proves X. DOES IT?": a bare tag after a claim asks whether it holds, as "is that true?".
  const tagged = BARE_TAG.test(closing);
  const verifies = tagged || VERIFICATION.test(closing);
  if ((pointsBack(opening) && !tagged) || (namesStory(opening) && !verifies)) return { asks: at, storyAsked: true };
  // "She says bones are just dead scaffolding. Is that true?": what is asked is the claim before.
  if (verifies) {
    const before = ends.at(-2);
    const claimAt = before === undefined ? start : tokens.findIndex((t) => t.start >= before);
    return { asks: Math.max(start, claimAt), verifyAt: at };
  }
  return { asks: at };
}
const QUESTION_OPENINGS = new Set([...WH_WORDS, ...POLAR_OPENINGS]);
/**
 * "How does cortisol damage bone, MY DOCTOR MENTIONED IT last week": a closing clause after a comma in which someone
 * told the asker of it (my/our someone, or "I", a verb in the past, then it/this/that) says where the question came
 * from, not what it asks; so does one saying what the asker wants the answer for ("where was this published, I WANT
 * TO CITE IT", "..., so I can share it").
 */
const TOLD_ASIDE =
  /,\s*(?:(?:(?:my|our)\s+\p{L}+|i|someone|somebody)\s+(?:\p{L}+ed|said|told\s+me|heard|read|saw|brought\s+up)\s+(?:about\s+)?|(?:(?:i|we)\s+(?:want|need|wanna|would\s+like|['\u2019]d\s+like|have|plan)\s+to|so\s+(?:i|we)\s+can)\s+\p{L}+\s+)(?:it|this|that|them)\b[^?]*[?.!]*\s*$/iu;

/** Where such a told aside starts, as a token index; undefined when the message has none. */
function toldAside(question: string, tokens: readonly { word: string; start: number }[]): number | undefined {
  const m = TOLD_ASIDE.exec(question);
  if (!m) return undefined;
  const at = tokens.findIndex((t) => t.start >= m.index);
  return at < 0 ? undefined : at;
}

/** Words that carry a question on past its question mark: "is it cortisol? OR inflammation?". */
const CARRYING_ON = new Set(['or', 'and', 'but', 'if', 'for', 'in', 'with', 'about', 'especially', 'like']);

/**
 * "What does osteopontin do? The name sounds made up haha", "who wrote this? asking because my prof wants sources":
 * a sentence after the question mark that asks nothing is an aside. The question is the sentence before it; the
 * aside's words tell what the asker thinks, not what the content must say (`asideAt`, where it starts). Not when it
 * carries the question on ("is it cortisol? or inflammation", "does exercise help? especially for older people").
 */
function asideAfter(
  question: string,
  tokens: readonly { word: string; start: number }[],
  start: number,
  ends: readonly number[],
  at: number,
  first: string,
): { asks: number; asideAt?: number } {
  const last = ends.at(-1) as number;
  if (!/\?\s*$/u.test(question.slice(0, last)) || CARRYING_ON.has(first)) return { asks: start };
  const before = ends.at(-2);
  const asks =
    before === undefined
      ? start
      : Math.max(
          start,
          tokens.findIndex((t) => t.start >= before),
        );
  return { asks, asideAt: at };
}
/** A clause that tells something: of the asker or their people, or with a verb of being or having. */
/** A comma or "but", then a question: "..., what does it do?", "... but what did they say ...?". */
const COMMA_THEN_QUESTION =
  /(?:,|\s+but)\s+(?=(?:what|who|where|why|how|when)\b|which\s+\p{L}+\s+(?:is|are|was|were|does|do|did|can|could)\b)/giu;
const STORY_CLAUSE =
  /\b(?:i|i['\u2019]m|im|my|we|our|is|are|was|were|am|has|have|had|take|takes|took|get|gets|got|feel|feels|felt|says|said|mentions|mentioned|claims|claimed|writes|wrote|states|stated)\b/iu;
/** What a question after a story points back at it with: "does THAT mean ...", "do THESE help". */
const POINTING_BACK = new Set(['these', 'those']);
/** Words of the article itself, which "this" or "these" may name rather than point back with ("this article"). */
export const THE_TEXT: ReadonlySet<string> = new Set(
  'article articles study studies review reviews paper papers piece text findings report research work'.split(' '),
);

/**
 * Whether the opening words of a question point back at the story before it with "these" or "those", or with "they"
 * as the subject of a yes/no question ("My mum takes calcium tablets. Do THEY help with depression?").
 */
function pointsBack(words: readonly string[]): boolean {
  if (/^(?:do|does|did|can|could|will|would|are|were|might|may|should)$/.test(words[0] ?? '') && words[1] === 'they') {
    return true;
  }
  // "My anxiety is bad. Does IT hurt my bones?": "it" as the subject of what the question claims.
  if (/^(?:does|did|can|could|will|would|might|may)$/.test(words[0] ?? '') && words[1] === 'it') return true;
  // "I have anxiety, not depression. Does THIS APPLY to me?": whether the article's findings hold for what was told;
  // "I do yoga every day - does THAT COUNT as exercise?": whether what was told is of the kind the article names.
  if (/^(?:does|do|would|will|could|might|may)$/.test(words[0] ?? '') && /^(?:this|that)$/.test(words[1] ?? '')) {
    if (/^(?:apply|relate|count|qualify)$/.test(words[2] ?? '')) return true;
  }
  return words.some((w, i) => POINTING_BACK.has(w) && !THE_TEXT.has(words[i + 1] ?? ''));
}
/**
 * "I have celiac disease. IS THAT related to the axis?", "my sister has anorexia ... is that the same thing as this?":
 * "that" or "this" as the subject of "is" stands for what the story told, and the question compares it with
 * something: the story's words are then what it asks about. Not "is this article ...", nor "is that true?" (a claim
 * verified: VERIFICATION), nor "does that mean" (what the story leads to, where the story's people claim nothing).
 */
function namesStory(words: readonly string[]): boolean {
  return (
    /^(?:is|was|isn't|isnt)$/.test(words[0] ?? '') &&
    /^(?:that|this)$/.test(words[1] ?? '') &&
    !THE_TEXT.has(words[2] ?? '') &&
    // A bare "is that related?" asks whether the story's things go together, which the content may well say of
    // their kind ("depressed ... osteopenia"); "is that what scientists thought?" asks what the text says.
    words.length >= 4 &&
    !WH_WORDS.has(words[2] ?? '')
  );
}
/** A bare closing tag: "does it?", "is it?", "do they?". */
const BARE_TAG = /^(?:does|do|did|is|was|are|can|could|will|would)\s+(?:it|they|that|this|he|she)[\s?!.]*$/iu;
/** A closing question that only asks whether what was said before is so (VERIFYING). */
const VERIFICATION = new RegExp(`^(?:${VERIFYING})[\\s?!.]*$`, 'iu');
const ABBREVIATIONS = new Set('dr mr mrs ms prof st vs etc approx fig no vol jr sr mt ca eg ie'.split(' '));

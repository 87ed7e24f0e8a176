/**
 * What a question asks the definition of: "what is X", "what's the meaning of X", "how is X defined", "define X",
 * "X definition" (docs/ranking.md, "Analyse"). The subject's terms; and the framing word to leave out of the question.
 */
import { OPENING_FILLER, terms as textTerms } from '../text/text.js';

/** Words a question in keywords closes with to ask what the others mean (common misspellings too). */
export const DEFINING_WORDS = new Set(
  'meaning definition definitions definiton defintion defined explained explanation'.split(' '),
);
/** "Osteoporosis definition": the words before the closing one. */
const CLOSING_DEFINITION = new RegExp(String.raw`^(.+?)\s+(?:${[...DEFINING_WORDS].join('|')})[\s?.!]*$`);

/** "What is X", "what's X", "who was X". */
const DEFINITION = new RegExp(
  String.raw`^(?:${OPENING_FILLER}[,\s]+)*(?:what|who)(?:'s|\u2019s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:an?\s+|the\s+)?(.+?)[\s?.!]*$`,
);

/**
 * "define X", "please explain X", "can you explain the X", "tell me about X"; not "explain HOW X does Y", a question of
 * its own.
 */
const DEFINE_OR_EXPLAIN = new RegExp(
  String.raw`^(?:${OPENING_FILLER}[,\s]+)*(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:define|explain|(?:talk|walk|run|take)\s+(?:me|us)\s+through|(?:tell|teach)\s+(?:me|us)(?:\s+(?:more|a\s+bit|a\s+little))?\s+about)\s+(?!(?:how|why|when|where|who|which|whether|if)\b)(?:an?\s+|the\s+)?(.+?)[\s?.!]*$`,
);

/**
 * Questions for what X is, in words that frame it: "what is the MEANING of X", "what is MEAN X" (as a learner may
 * ask), "how is X DEFINED in the article". The framing word is no word of the question: the content's "this means"
 * must not meet it, nor its absence decline it.
 */
const FRAMED_DEFINITIONS: ReadonlyArray<{ pattern: RegExp; subject: number; frame: number }> = [
  {
    // "Meaning of neuromodulation?", "definition of the axis": asked without "what is".
    pattern: /^(?:the\s+|a\s+)?(meaning|definition|summary|explanation)\s+of\s+(?:an?\s+|the\s+)?(\S.*?)[\s?.!]*$/u,
    subject: 2,
    frame: 1,
  },
  {
    pattern:
      /^what(?:'s|\u2019s|s)?\s+(?:(?:is|are|was|were)\s+)?(?:the\s+|a\s+)?(mean|means|meaning|meanings|definition|definitions|summary|explanation)\s+(?:of\s+)?(?:an?\s+|the\s+)?(\S.*?)[\s?.!]*$/u,
    subject: 2,
    frame: 1,
  },
  {
    // "What does X mean?", "what does the word X mean here?", "what EXACTLY does X mean", "... mean again?" ("in this
    // context" is dropped before).
    pattern:
      /^what(?:\s+exactly)?\s+(?:does|do|did)\s+(?:the\s+(?:word|term|phrase)\s+)?(?:an?\s+|the\s+)?(\S.*?)\s+(mean)(?:\s+(?:here|exactly|precisely|again|then))?[\s?.!]*$/u,
    subject: 1,
    frame: 2,
  },
  {
    pattern:
      /^how\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(\S.*?)\s+(defined|described|explained)(?:\s+(?:in|by)\s+\S.*?)?[\s?.!]*$/u,
    subject: 1,
    frame: 2,
  },
];

/** The subject and the framing word of a framed question for what X is (FRAMED_DEFINITIONS). */
export function framedDefinition(folded: string): { subject: string; frame: string } | undefined {
  for (const { pattern, subject, frame } of FRAMED_DEFINITIONS) {
    const match = pattern.exec(folded);
    if (match?.[subject] && match[frame]) return { subject: match[subject], frame: match[frame] };
  }
  return undefined;
}

/**
 * "what is X", "what are X", "what does X mean", "what is the meaning of X", "define X": the X (its terms), or null.
 * `framed`: framedDefinition(folded), when the caller has it already.
 */
export function definitionSubject(folded: string, framed = framedDefinition(folded)): string[] | null {
  const match =
    (framed ? [framed.frame, framed.subject] : null) ??
    DEFINITION.exec(folded) ??
    DEFINE_OR_EXPLAIN.exec(folded) ??
    /^what\s+(?:does|do)\s+(.+?)\s+mean[\s?.!]*$/.exec(folded) ??
    CLOSING_DEFINITION.exec(folded) ??
    // "Cortisol?", "bone brain axis": a term alone, up to three words (not a question of its own: "who discovered this").
    /^(?:what\s+about\s+)?(?!(?:who|whom|what|where|when|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should)\b)([\p{L}\p{N}'\u2019-]+(?:\s+[\p{L}\p{N}'\u2019-]+){0,2})\s*\?*$/u.exec(
      folded,
    );
  if (!match?.[1]) return null;
  const subject = textTerms(match[1]);
  return subject.length > 0 && subject.length <= 4 ? subject : null;
}

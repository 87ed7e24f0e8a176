/**
 * Small rewrites of what a question asks for (small-rewrites.ts runs them in order): "the exact words about X", "do
 * they list", "what is meant by X", "how is X defined", "what does X refer to", "in this context", "... again?",
 * "the proposed X", "should I ask my doctor about X", "what does X have to do with Y", "search for X", "by what
 * route", "how many X does it mention", "explain: X", "break down X", "..., help", "X - what is it?", "%",
 * "the piece".
 */

import { mayBePlural } from './related-words.js';
import type { Rewrite } from './small-rewrites.js';
import { normalizeWord } from './text.js';

/** "Give me the exact words about", "what's the actual wording on": the passage about something, word for word. */
const EXACT_WORDS_ABOUT =
  /^\s*(?:(?:can\s+(?:you|u)\s+)?(?:give|show|tell)\s+(?:me|us)\s+|what\s+(?:are|is|were|was)\s+|what['\u2019]s\s+)?(?:the\s+)?(?:exact|actual|precise)\s+(?:words|wording|text|lines?|sentences?)\s+(?:about|on|for|regarding|concerning)\s+/i;

/** "Give me the EXACT WORDS about X": the passage on X, quoted, as "quote the part about X" asks. */
export const exactWords: Rewrite = (read, { lower }) =>
  lower.includes('exact') || lower.includes('actual') || lower.includes('precise')
    ? read.replace(EXACT_WORDS_ABOUT, 'quote the part about ')
    : read;

/** "Do they LIST", "does the article NAME": the text's naming of things, as "mention" is. */
const TEXT_LISTS =
  /\b((?:do|does|did)\s+(?:it|this|they|the\s+(?:article|study|review|piece|text|paper|authors?|researchers?|scientists?|writers?)))\s+(?:list|name)\b/gi;

/** "What treatments do they LIST?", "does the article NAME any": whether the text names them, as "mention" asks. */
export const textLists: Rewrite = (read, { lower }) =>
  lower.includes('list') || lower.includes('name') ? read.replace(TEXT_LISTS, '$1 mention') : read;

/** "What is meant by X?", "what do the authors mean by X?": asks what X is. */
const MEANT_BY =
  /\bwhat(?:['\u2019]s|\s+is|\s+was|\s+are)\s+meant\s+by\s+|\bwhat\s+(?:do|does|did)\s+(?:they|the\s+authors|the\s+article|the\s+researchers|you|it|he|she|the\s+writer)\s+mean\s+by\s+/gi;

export const meantBy: Rewrite = (read, { lower }) =>
  lower.includes('mean') ? read.replace(MEANT_BY, 'what is ') : read;

/** "What is X defined as (in the text)?", "how is X defined?": what X is. */
const DEFINED_AS = /^(\s*)(?:what|how)\s+(is|are|was|were)\s+(.+?)\s+defined(?:\s+as)?\b/i;

export const definedAs: Rewrite = (read, { lower }) =>
  lower.includes('defined') ? read.replace(DEFINED_AS, '$1what $2 $3') : read;

/** "What does X refer to": what X means. */
const REFER_TO = /\b(what\s+(?:does|do|did)\s+\S.*?)\s+refer\s+to\b/gi;

export const referTo: Rewrite = (read, { lower }) =>
  lower.includes('refer') ? read.replace(REFER_TO, '$1 mean') : read;

/** "In this context", "in context" only point at the article. */
const IN_CONTEXT = /\s*\bin\s+(?:this\s+|that\s+|the\s+|its\s+)?context\b/gi;

export const inContext: Rewrite = (read, { lower }) =>
  lower.includes('context') ? read.replace(IN_CONTEXT, '') : read;

/** A wh-question closed by "again" (CLOSING_AGAIN's first group is the question up to it). */
const CLOSING_AGAIN =
  /^((?:.*[.!?]\s+)?\s*(?:what|what's|whats|who|who's|whos|where|which|how)\b[^.!?]*?)[\s,]+again(?=[\s?!.]*$)/i;

/** "What's the hormone called AGAIN?", "who wrote it again?": the asker has forgotten, nothing more is asked. */
export const closingAgain: Rewrite = (read, { lower, inContent }) =>
  lower.includes('again') && !inContent('again') ? read.replace(CLOSING_AGAIN, '$1') : read;

/** "The proposed / suggested / supposed / putative X": X as the text puts it forward (its verb is no topic). */
const PUT_FORWARD =
  /\b(the|a|an)\s+(proposed|suggested|supposed|presumed|hypothesi[sz]ed|putative|suspected|claimed|alleged)\s+(?=[a-z])/gi;

/**
 * "What's the PROPOSED mechanism?": the mechanism the text puts forward, as "what's the mechanism?" asks. Not a word
 * the content says itself ("the SUSPECTED inequality of complexity classes").
 */
export const putForward: Rewrite = (read, { lower, inContent }) =>
  /\b(?:the|a|an)\s+(?:pro|sug|sup|pre|hyp|put|sus|cla|all)/i.test(lower)
    ? read.replace(PUT_FORWARD, (all: string, article: string, verb: string) =>
        inContent(normalizeWord(verb) ?? verb) ? all : `${article} `,
      )
    : read;

/** "Should I ask my doctor about X", "can we talk to our GP about X": whether to try X. */
const ASK_CARER_ABOUT =
  /\b(should|can|could|shall)\s+(i|we)\s+(?:ask|talk\s+to|speak\s+to|see|check\s+with|consult)\s+(?:my|our|a|the)\s+(?:doctor|gp|physician|therapist|psychiatrist|physio|physiotherapist|nurse|pharmacist|dr)\s+about\s+/gi;

/** "Should I ASK MY DOCTOR ABOUT exercise?": whether to try it; the doctor is the asker's, no topic. */
export const askCarerAbout: Rewrite = (read, { lower }) =>
  lower.includes(' about ') ? read.replace(ASK_CARER_ABOUT, '$1 $2 try ') : read;

/** "What does X have to do with Y", "what has X got to do with Y", "what's X got to do with Y". */
const TO_DO_WITH =
  /\bwhat(?:['\u2019]s|\s+(?:does|do|did|has|have|is))\s+(.+?)\s+(?:(?:got|have|has)\s+)?to\s+do\s+with\s+(.+?)(?=\s*[?.!]*\s*$)/i;

/** "What does cortisol HAVE TO DO WITH bones?", "what has exercise got to do with it?": the link between them. */
export const toDoWith: Rewrite = (read, { lower }) =>
  lower.includes('to do with') ? read.replace(TO_DO_WITH, 'what is the link between $1 and $2') : read;

/** "Search for X", "look for X", "search the article for X", opening the message: find X. */
const SEARCH_FOR = /^\s*(?:please\s+)?(?:search|look)\s+(?:(?:the\s+)?(?:article|text|it)\s+)?for\s+/i;

/** "SEARCH FOR blood-brain barrier": an order to find it, as "find X" is. */
export const searchFor: Rewrite = (read, { lower }) =>
  lower.includes('search') || lower.includes('look') ? read.replace(SEARCH_FOR, 'find ') : read;

/** "By what route", "in which way", "by what means": the way something happens, as "how" asks it. */
const BY_WHAT_WAY = /\b(?:by|through|via|in)\s+(?:what|which)\s+(?:route|routes|means|way|ways|manner)\b/gi;

/** "BY WHAT ROUTE does osteocalcin get to the brain?", "in what way ...": how. */
export const byWhatWay: Rewrite = (read, { lower }) =>
  lower.includes(' what ') || lower.includes(' which ') ? read.replace(BY_WHAT_WAY, 'how') : read;

/**
 * "How many X does it mention / do they talk about / are named / do the researchers suggest": a count of what the
 * text itself names (or its authors propose), which it need not count for the reader.
 */
const COUNTED_IN_TEXT =
  /\bhow\s+many\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)\s+((?:does|do|did)\s+(?:it|this|they|the\s+(?:article|study|review|piece|text|paper|authors?|researchers?|scientists?|writers?))\s+(?:mention|name|list|talk\s+about|discuss|cover|describe|bring\s+up|refer\s+to|suggest|propose|recommend|identify)|(?:are|were)\s+(?:mentioned|named|listed|discussed|covered|described|suggested|proposed|recommended|identified|talked\s+about|brought\s+up|referred\s+to))\b/gi;
/**
 * What "how many" counts that is no kind of thing a text lists: people in a study, cases, times, spans ("how many
 * PATIENTS", "how many YEARS"). question-form.ts reads the same words.
 */
export const COUNTED_NOT_KINDS =
  'people persons patients adults individuals men women children kids subjects participants volunteers cases deaths times years months weeks days hours percent'.split(
    ' ',
  );
/** "How many" of kinds of thing (COUNTED_NOT_KINDS are not). */
const KINDS_COUNTED = new RegExp(
  String.raw`\bhow\s+many\b(?!\s+(?:more\s+)?(?:${COUNTED_NOT_KINDS.join('|')})\b)`,
  'i',
);
/** "... according to the review / the article / them / this": what the text says. */
const ACCORDING_TO_TEXT =
  /\baccording\s+to\s+(?:it|this|them|the\s+(?:\d{4}\s+)?(?:article|study|review|paper|piece|text|authors?|researchers?|scientists?))\b/i;
/** "In how many ways does depression damage bone?": how it does, which a text tells without counting the ways. */
const HOW_MANY_WAYS =
  /\b(?:in\s+)?how\s+many\s+(?:different\s+)?ways\s+(?=(?:does|do|did|can|could|is|are|might|may)\b)/gi;

/**
 * "How many hormones DOES IT MENTION?": which ones the text names, which it need not count itself. "How many
 * conditions can exercise help ACCORDING TO the review?": those the text names, counted or not. Not a count of
 * people, cases or times ("how many people have it, according to the article?"), which only a number answers.
 */
export const countedInText: Rewrite = (read, { lower }) => {
  if (!lower.includes('how many')) return read;
  const which = read.replace(COUNTED_IN_TEXT, 'which $1 $2').replace(HOW_MANY_WAYS, 'how ');
  return ACCORDING_TO_TEXT.test(which) ? which.replace(KINDS_COUNTED, 'which') : which;
};

/** "Explain: X", "explain - X": explain X. */
export const explainLabel: Rewrite = (read, { lower }) =>
  lower.includes('explain') ? read.replace(/^\s*explain\s*[:\-\u2013\u2014]\s*/i, 'explain ') : read;

/**
 * "Can someone BREAK DOWN the treatment ideas", "WALK ME THROUGH the gene thing", "elaborate on X": an order to
 * explain X, opening the message (not "does cortisol break down bone?", a verb of the question).
 */
const EXPLAIN_IN_OTHER_WORDS =
  /^(\s*(?:(?:can|could|would|will)\s+(?:some(?:one|body)|any(?:one|body)|you|u)\s+(?:please\s+)?|please\s+)?)(?:break\s+down|go\s+over|unpack|elaborate\s+on|expand\s+on|flesh\s+out|(?:walk|run|take|talk)\s+(?:me|us)\s+through)\s+(?=\S)/i;
const MAY_EXPLAIN_IN_OTHER_WORDS = /\b(?:break|over|unpack|elaborate|expand|flesh|through)\b/i;

export const explainInOtherWords: Rewrite = (read, { lower }) =>
  MAY_EXPLAIN_IN_OTHER_WORDS.test(lower) ? read.replace(EXPLAIN_IN_OTHER_WORDS, '$1explain ') : read;

/** A plea for help after the question: after a comma or dash, or "pls/please help" (not "does exercise help?"). */
const CLOSING_PLEA =
  /(?:\s*[,;:\-\u2013\u2014!?]\s*(?:(?:pls|plz|please)\s+)?|\s+(?:pls|plz|please)\s+)help(?:\s+(?:me|us|pls|plz|please))?(?:[\s!?.]|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/iu;

/** "Who did the review, HELP 🙏", "who wrote it pls help": a plea closing the question asks nothing of its own. */
export const closingPlea: Rewrite = (read, { lower }) =>
  lower.includes('help') ? read.replace(CLOSING_PLEA, '?') : read;

/** A thing named (a few words), then "what is it ...?" of it. */
const TOPIC_THEN_WHAT_IS =
  /^\s*([^,?.!;:\u2013\u2014]{2,40}?)\s*(?:[,:]|\s[-\u2013\u2014])\s*what(?:['\u2019]s|\s+is|\s+are)\s+(?:it|they|that|this)\b([^?]*?)\?*\s*$/i;
/** Words that make what comes first a clause, not a thing named ("my mum has it, what is it?"). */
const CLAUSE_WORDS = new Set(
  "i im i'm my me we our you your is are was were has have had do does did it this that if".split(' '),
);
function topicAsked(all: string, topic: string, rest: string): string {
  const words = topic.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 4 || words.some((w) => CLAUSE_WORDS.has(w))) return all;
  return `what is ${topic.trim()}${rest}?`;
}

/** "The bone-brain axis - WHAT IS IT?", "osteocalcin, what is it exactly?": what the thing named first is. */
export const topicThenWhatIs: Rewrite = (read, { lower }) =>
  /\bwhat\b/i.test(lower) ? read.replace(TOPIC_THEN_WHAT_IS, topicAsked) : read;

/** "What % of old people have it?": the percent, a word that asks for a number ("30% of" is left to the numbers). */
export const percentSign: Rewrite = (read, { text }) =>
  text.includes('%') ? read.replace(/(^|[\s(])%(?=[\s?)]|$)/g, '$1percent') : read;

/** "The piece", "this piece": the article as a piece of writing (not "a piece of", "pieces"). */
const THE_PIECE = /\b(the|this)\s+piece\b(?!\s+of\b)/gi;

/** "Who is most at risk, according to THE PIECE?": the article, when the content never speaks of a piece. */
export const thePiece: Rewrite = (read, { lower, inContent }) =>
  lower.includes('piece') && !inContent('piec') ? read.replace(THE_PIECE, '$1 article') : read;

/** "Of the argument", "of their reasoning", closing the question: of what the text argues. */
const OF_THE_ARGUMENT =
  /\b(of|in)\s+(?:the|their|its|this|the\s+authors['\u2019]?|the\s+article['\u2019]s)\s+(argument|reasoning|logic|case)(?=[\s?!.]*$)/i;

/**
 * "What is the weakest part OF THE ARGUMENT?", "any holes in their reasoning?": the text's argument, the article
 * itself, when the content never speaks of it so (a word it says stays: "the argument of the defence").
 */
export const ofTheArgument: Rewrite = (read, { lower, inContent }) =>
  /argument|reasoning|logic|case/.test(lower)
    ? read.replace(OF_THE_ARGUMENT, (all: string, of: string, noun: string) =>
        inContent(normalizeWord(noun) ?? noun) ? all : `${of} the article`,
      )
    : read;

/** People who work somewhere, as a text names its authors: "the authors", "the researchers", "their". */
const WORKERS = String.raw`(?:the\s+)?(?:authors?|researchers?|scientists?|writers?|investigators?|scholars?|academics?|neurologists?|doctors?|team)`;
const WORKPLACE = String.raw`(?:academic\s+|institutional\s+)?(?:affiliations?|institutions?|employers?|workplaces?)`;
const WORKPLACE_OF = new RegExp(
  String.raw`\b(?:(?:what|which)\s+(?:are|is|were|was)\s+)?(?:(${WORKERS})['\u2019]?s?|(their))\s+${WORKPLACE}(?=[\s?!.]*$)|\b(?:(?:what|which)\s+(?:are|is|were|was)\s+)?(?:the\s+)?${WORKPLACE}\s+of\s+(${WORKERS})(?=[\s?!.]*$)`,
  'i',
);

/**
 * "Authors' affiliations?", "what are their institutions?", "the affiliations of the researchers": where they work,
 * which a text says as "X of Y University" rather than in the word (political affiliations are no one's workplace).
 */
export const workplaceOf: Rewrite = (read, { lower }) =>
  /affiliat|institution|employer|workplace/.test(lower)
    ? read.replace(WORKPLACE_OF, (_all: string, before?: string, their?: string, after?: string) => {
        const who = before ?? after;
        return their || !who ? 'where do they work' : `where do ${/^the\s/i.test(who) ? '' : 'the '}${who} work`;
      })
    : read;

/** "What is the (total) number of X", "the number of X?", "number of X?": how many X. */
const NUMBER_OF =
  /^(\s*)(?:(?:what|which)(?:['\u2019]s|\s+(?:is|was|are|were))\s+)?(?:the\s+)?(?:total\s+|overall\s+|exact\s+)?number\s+of\s+(?=[a-z])/i;

/** "What is the number of authors?" had been read as a definition of "number", which the content does not give. */
export const numberOf: Rewrite = (read, { lower }) =>
  lower.includes('number of') ? read.replace(NUMBER_OF, '$1how many ') : read;

/** "What are doctors SUPPOSED TO do", "how am I supposed to know": what they should do. */
const SUPPOSED_TO =
  /\b(what|how|why|when|where|who|which)\s+(?:is|are|was|were|am)\s+((?:[\p{L}'\u2019-]+\s+){1,3}?)supposed\s+to\s+(?=[a-z])/giu;

/** It had been read as a definition ("what are doctors?") with "supposed" among the words asked about. */
export const supposedTo: Rewrite = (read, { lower }) =>
  lower.includes('supposed to') ? read.replace(SUPPOSED_TO, '$1 should $2') : read;

/** "Age group most affected?", "people most at risk?": a noun or two, then "most" and what is said of them. */
const MOST_FRAGMENT =
  /^(\s*)((?:the\s+)?[a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*)?)\s+most\s+(at\s+risk|likely|vulnerable|common|susceptible|[a-z]{3,}ed)(\s*[?!.]*\s*)$/i;
/** Words that make the fragment a clause already ("who is most affected?", "it's most common"). */
const NOT_A_NOUN =
  /^(?:who|what|which|where|when|why|how|is|are|was|were|it|its|it's|they|this|that|i|you|we|he|she)\b/i;

/** Which of them is so, as "which age group is most affected?" asks. */
export const mostFragment: Rewrite = (read, { lower }) => {
  if (!lower.includes(' most ')) return read;
  const m = MOST_FRAGMENT.exec(read);
  if (!m || NOT_A_NOUN.test((m[2] as string).trim())) return read;
  const noun = (m[2] as string).replace(/^the\s+/i, '');
  const last = noun.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return `${m[1]}which ${noun} ${mayBePlural(last) ? 'are' : 'is'} most ${m[3]}${m[4] || '?'}`;
};

/**
 * Verbs of what authors put forward, as a pattern's alternatives: "they SUGGEST", "do they RECOMMEND". The
 * follow-up reader's verbs of saying are these and "say", "claim".
 */
export const PUT_FORWARD_VERBS =
  'suggest|suggested|recommend|recommended|propose|proposed|advise|advised|conclude|concluded|argue|argued';

/** "What do THEY recommend?": what the text's authors put forward, when no one else is named before "they". */
const THEY_PUT_FORWARD = new RegExp(
  String.raw`^(\s*(?:(?:so|and|but|ok|okay)[\s,]+)?(?:what|how|why|which|who|do|did|does)\b(?:\s+\w+){0,2}?\s+)they(\s+(?:${PUT_FORWARD_VERBS})\b)`,
  'i',
);

/** Read as "the authors", whose word the content's synonyms and sentences ("the researchers suggest") meet. */
export const theyPutForward: Rewrite = (read, { lower }) =>
  lower.includes('they ') ? read.replace(THEY_PUT_FORWARD, '$1the authors$2') : read;

/**
 * Small rewrites of how a question puts a claim or a condition (small-rewrites.ts runs them in order): "is there a
 * reason", "back up", a negative opening, "a load of rubbish", "reckon", "is it the case that", a closing ", true?",
 * "what if", an opening condition, "rather than", "is that why".
 */
import type { Rewrite } from './small-rewrites.js';

/**
 * "Is there a reason these two happen together?", "what's the main reason that ...": why they do; "what is the reason
 * for X", "the reasons behind X": what causes X. The reason asked for, not a word "reason" a passage must say. "Is there
 * any reason to think X?" asks whether X is true.
 */
const REASON_ASKED =
  /\b(?:is\s+there\s+(?:a|any)|(?:what['\u2019]?s|what\s+(?:is|are|was|were|might\s+be|could\s+be))\s+the|for\s+what)\s+(?:(?:main|real|actual|possible|likely|biological|underlying)\s+)?reasons?(?!\s+to\b)(?:\s+(why|that|for|behind))?\b/gi;
/** "Is there any reason to think exercise helps?": whether it is so. */
const REASON_TO_THINK =
  /\b(?:is\s+there|do\s+we\s+have|are\s+there)\s+(?:any|good|a\s+good|some)?\s*reasons?\s+to\s+(?:think|believe|suspect|expect|say)(?:\s+that)?\b/gi;

export const reasonAsked: Rewrite = (read, { lower, inContent }) =>
  lower.includes('reason') && !inContent('reason')
    ? read
        .replace(REASON_TO_THINK, 'is it true that')
        .replace(REASON_ASKED, (_all, joined?: string) =>
          /^(?:for|behind)$/i.test(joined ?? '') ? 'what causes' : 'why',
        )
    : read;

/**
 * "Does the article BACK UP exercise helping?", "does it BACK THAT UP for mood?", "is that backed (up) by
 * research?": supports, a reporting verb. (A closing "does it back that up?" checks the claim before, read elsewhere.)
 */
const BACKED_UP =
  /\b((?:article|study|review|research|evidence|data|paper|science|findings|it|this|they|authors|researchers)\s+)back(s|ed)?\s+(?:up\b(?!\s+(?:that|this|it)\b)|(that|this|it)\s+up\b(?=\s+[a-z]))|\bbacked\s+(?:up\s+)?by\b/gi;

export const backedUp: Rewrite = (read, { lower }) =>
  lower.includes('back')
    ? read.replace(BACKED_UP, (_all: string, who?: string, ending?: string, what?: string) =>
        who === undefined
          ? 'supported by'
          : `${who}support${ending === 'ed' ? 'ed' : (ending ?? '')}${what ? ` ${what}` : ''}`,
      )
    : read;

/**
 * "ISN'T osteocalcin a vitamin?", "AREN'T the authors from Harvard?": a negative question expects a yes, and asks what
 * the positive one asks (read so, it is a yes/no question, with all that reading does).
 */
const NEGATIVE_OPENING =
  /^(\s*(?:(?:so|but|and|wait|ok|okay|um|hmm)[\s,]+)*)(?:(is|are|was|were|does|do|did|could|would|should|has|have|had)n['\u2019]?t|(can)['\u2019]?t|(wo)n['\u2019]?t)\b/i;

export const negativeOpening: Rewrite = (read) =>
  /^\W*\w+n['\u2019]?t\b/i.test(read) || /^\W*(?:so|but|and|wait|ok|okay|um|hmm)\b/i.test(read)
    ? read.replace(
        NEGATIVE_OPENING,
        (_all, opening: string, aux?: string, can?: string, wo?: string) =>
          `${opening}${aux ?? can ?? (wo ? 'will' : '')}`,
      )
    : read;

/** "A load of rubbish / nonsense / tosh": nonsense. */
const LOAD_OF_NONSENSE =
  /\b(?:a\s+)?load\s+of\s+(?:old\s+)?(?:rubbish|nonsense|crap|bull|bs|codswallop|tosh|baloney|hogwash|cobblers|twaddle)\b/gi;

/** "Legit or A LOAD OF RUBBISH?": nonsense, as "or nonsense?" asks. */
export const loadOfNonsense: Rewrite = (read, { lower }) =>
  lower.includes('load of') ? read.replace(LOAD_OF_NONSENSE, 'nonsense') : read;

/** "Reckon exercise sorts both out?", "do you reckon that ...": whether it is so. */
const RECKON_OPENING = /^\s*(?:(?:do|d['\u2019])\s*(?:you|u|ya)\s+)?reckon\s+(?:that\s+)?(?=\S)/i;

export const reckonOpening: Rewrite = (read, { lower }) =>
  lower.includes('reckon') ? read.replace(RECKON_OPENING, 'is it true that ') : read;

/** "Is it (not) the case / a fact / correct that ...", "isn't it the case that ...". */
const THE_CASE_THAT =
  /\b(is|isn['\u2019]?t|was)\s+it\s+(not\s+)?(?:the\s+case|(?:a\s+)?(?:fact|correct|accurate|right))\s+that\b/i;

/** "Is it (not) THE CASE that X?": whether X is true, as "is it true that X?" asks. */
export const theCaseThat: Rewrite = (read, { lower }) =>
  / (?:case|fact|correct|accurate|right) /.test(lower) ? read.replace(THE_CASE_THAT, '$1 it $2true that') : read;

const TRUE_TAG =
  /\s*,\s*(?:true|right|correct|yes|yeah|no|innit|isn['\u2019]?t\s+it|is\s+(?:that|it)\s+(?:true|right|correct)|am\s+i\s+right)\s*\?+\s*$/i;

/** "Stress hormone make bone weak, TRUE?": a tag that only asks whether what it closes holds. */
export const trueTag: Rewrite = (read, { lower }) => (lower.includes(',') ? read.replace(TRUE_TAG, '?') : read);

const WHAT_IF_THEN =
  /^\s*what\s+if\b(?=[^?,]*,\s*(?:how|what|which|who|whom|where|when|why|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b)/i;

/** "WHAT IF I already have osteoporosis, how long until ...?": a condition; the question is the one after it. */
export const whatIfThen: Rewrite = (read, { lower }) =>
  lower.includes('what if') ? read.replace(WHAT_IF_THEN, 'if') : read;

const OPENING_CONDITION =
  /^\s*if\s+([^,?]+?),\s*((?:will|would|can|could|do|does|did|should|might|may|is|are)\s+(?:i|my|me|we|our|you|your|u|ur)\b[^?,]*?)\s*\?*\s*$/i;

/**
 * "If I move to a warmer country, WILL my bones get stronger?": the yes/no question, then its condition, as English
 * also asks it ("will my bones get stronger if I move ...?"); the condition is then read as the case asked about.
 */
export const openingCondition: Rewrite = (read) =>
  /^\s*if\b/i.test(read) ? read.replace(OPENING_CONDITION, '$2 if $1?') : read;

/** "Genuine RATHER THAN speculative?", "exercise INSTEAD OF drugs": a choice between the two, as "or" asks it. */
const RATHER_THAN = /\s+(?:rather\s+than|instead\s+of)\s+/gi;
const WH_WORD = /\b(?:what|who|whom|which|where|when|why|how)\b/;

/** Only in a yes/no question: "what did they use INSTEAD OF numbers?" asks for the other thing. */
export const ratherThan: Rewrite = (read, { lower }) =>
  (lower.includes('rather') || lower.includes('instead')) && !WH_WORD.test(lower)
    ? read.replace(RATHER_THAN, ' or ')
    : read;

/**
 * "Is that why", "is this the reason (why / that)", "could that be why": asks why, of what was said before; "is that
 * the reason" needs words after it ("is that the reason DOCTORS should look at both?").
 */
const IS_THAT_WHY =
  /\b(?:is|was|could|might|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:why|the\s+(?:main\s+)?reason(?:\s+(?:why|that))?(?=\s+[a-z]))\b/gi;

/** "My mum is depressed, IS THAT WHY her bones are weak?": why, of what was told ("is that why" is no claim to check). */
export const isThatWhy: Rewrite = (read, { lower }) =>
  lower.includes(' why ') || lower.includes(' reason ') ? read.replace(IS_THAT_WHY, 'why') : read;

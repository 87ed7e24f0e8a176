/**
 * Small everyday phrasings, each read as what it asks, after the rest of rephraseQuestion (question-phrasing.ts):
 * "the signs of X" as its symptoms, "does X hurt?" as pain, "what is meant by X" as what X is, "a brand new idea" as
 * a new one, "the US" as the country, and the like. Each rewrite is tried only when a cheap test of the text says it
 * may apply. General English, whatever the content; `inContent` keeps a phrase the content itself uses.
 */

import { normalizeWord, wordTable } from './text.js';

/**
 * "What are the early SIGNS OF osteoporosis?": its symptoms, when the content never speaks of signs (else its "a
 * disorder MARKED by" would meet them through WordNet's sign/mark). Read so, a content without symptoms declines it.
 */
const SIGNS_OF = /\b(?:(?:early|first|warning|telltale|tell-tale|common|main|usual) )*signs? of\b/gi;

/**
 * "Does osteoporosis HURT?", "will neuromodulation hurt?": "hurt" closing a question, with nothing hurt after it,
 * asks about pain, not the harm "hurt your bones" means. It is read as "give pain" ("give" is a stop word).
 */
const HURT_CLOSING = /\bhurts?(?=[\s?!.]*$)/i;

/** More of a plain adjective, as a learner says it: "more weak" is "weaker". */
const MORE_ADJECTIVE = wordTable<string>({
  weak: 'weaker',
  strong: 'stronger',
  thin: 'thinner',
  high: 'higher',
  low: 'lower',
  big: 'bigger',
  small: 'smaller',
  old: 'older',
  young: 'younger',
  sad: 'sadder',
  bad: 'worse',
  good: 'better',
  common: 'commoner',
});

/** "What is meant by X?", "what do the authors mean by X?": asks what X is. */
const MEANT_BY =
  /\bwhat(?:['\u2019]s|\s+is|\s+was|\s+are)\s+meant\s+by\s+|\bwhat\s+(?:do|does|did)\s+(?:they|the\s+authors|the\s+article|the\s+researchers|you|it|he|she|the\s+writer)\s+mean\s+by\s+/gi;

const REFER_TO = /\b(what\s+(?:does|do|did)\s+\S.*?)\s+refer\s+to\b/gi;
/** "What is X defined as (in the text)?", "how is X defined?": what X is. */
const DEFINED_AS = /^(\s*)(?:what|how)\s+(is|are|was|were)\s+(.+?)\s+defined(?:\s+as)?\b/i;
const RISKS_OF = /\brisks\s+(of|with|in|to|from)\b/gi;
const PAID_FOR_STUDY =
  /\b(?:paid|pays|pay|paying)\s+for\s+(?=(?:this|the|that|their|all\s+this)\s+(?:research|study|studies|review|work|paper|trials?)\b)/gi;
const TRUE_TAG =
  /\s*,\s*(?:true|right|correct|yes|yeah|no|innit|isn['\u2019]?t\s+it|is\s+(?:that|it)\s+(?:true|right|correct)|am\s+i\s+right)\s*\?+\s*$/i;
const WHAT_IF_THEN =
  /^\s*what\s+if\b(?=[^?,]*,\s*(?:how|what|which|who|whom|where|when|why|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b)/i;
const OPENING_CONDITION =
  /^\s*if\s+([^,?]+?),\s*((?:will|would|can|could|do|does|did|should|might|may|is|are)\s+(?:i|my|me|we|our|you|your|u|ur)\b[^?,]*?)\s*\?*\s*$/i;
/** "Effect" between two words, the word before it read by `effectAsVerb`. */
const EFFECT_BETWEEN = /\b([a-z]+)\s+effect(s?)\s+(?=([a-z]+)\b)/gi;
/** Words before "effect" that make it a noun: "what effect", "the effects", "side effects", "its effects". */
const BEFORE_EFFECT_NOUN = new Set(
  'a an the any some no what which whose this that these those its their his her my your our side main big real such other many few more less much same direct and or of only possible negative positive long short'.split(
    ' ',
  ),
);
/** Words after "effect" that make it a noun: "effects of", "effect on", "what effect does it have". */
const AFTER_EFFECT_NOUN = new Set(
  'of on in is are was were be been does do did has have had for from to and or it they that this can could will would may might'.split(
    ' ',
  ),
);

/**
 * "How does depression EFFECT bones?": the verb is "affect"; "effect" would read as the article's noun ("the effects of
 * depression"). A noun by the words around it stays: "what effect does it have", "the side effects of", "effects on".
 */
function effectAsVerb(all: string, before: string, plural: string, after: string): string {
  const noun =
    BEFORE_EFFECT_NOUN.has(before.toLowerCase()) ||
    /(?:ive|al|ful|ous|ic|ing)$/i.test(before) ||
    AFTER_EFFECT_NOUN.has(after.toLowerCase());
  return noun ? all : `${before} affect${plural} `;
}

/**
 * "ISN'T osteocalcin a vitamin?", "AREN'T the authors from Harvard?": a negative question expects a yes, and asks what
 * the positive one asks (read so, it is a yes/no question, with all that reading does).
 */
const NEGATIVE_OPENING =
  /^(\s*(?:(?:so|but|and|wait|ok|okay|um|hmm)[\s,]+)*)(?:(is|are|was|were|does|do|did|could|would|should|has|have|had)n['\u2019]?t|(can)['\u2019]?t|(wo)n['\u2019]?t)\b/i;

/** A wh-question closed by "again" (CLOSING_AGAIN's first group is the question up to it). */
const CLOSING_AGAIN =
  /^((?:.*[.!?]\s+)?\s*(?:what|what's|whats|who|who's|whos|where|which|how)\b[^.!?]*?)[\s,]+again(?=[\s?!.]*$)/i;

const IN_CONTEXT = /\s*\bin\s+(?:this\s+|that\s+|the\s+|its\s+)?context\b/gi;

/**
 * "from the US": the country, not the pronoun "us" (a stop word, so the question would lose it).
 * Only in capitals after "the", and not in a message typed all in capitals.
 */
const THE_US = /\b(the\s+)US(?!\p{L})/gu;

/** "Give me the exact words about", "what's the actual wording on": the passage about something, word for word. */
const EXACT_WORDS_ABOUT =
  /^\s*(?:(?:can\s+(?:you|u)\s+)?(?:give|show|tell)\s+(?:me|us)\s+|what\s+(?:are|is|were|was)\s+|what['\u2019]s\s+)?(?:the\s+)?(?:exact|actual|precise)\s+(?:words|wording|text|lines?|sentences?)\s+(?:about|on|for|regarding|concerning)\s+/i;

/** "Do they LIST", "does the article NAME": the text's naming of things, as "mention" is. */
const TEXT_LISTS =
  /\b((?:do|does|did)\s+(?:it|this|they|the\s+(?:article|study|review|piece|text|paper|authors?|researchers?|scientists?|writers?)))\s+(?:list|name)\b/gi;

/** "By what route", "in which way", "by what means": the way something happens, as "how" asks it. */
const BY_WHAT_WAY = /\b(?:by|through|via|in)\s+(?:what|which)\s+(?:route|routes|means|way|ways|manner)\b/gi;

/** A title before a capitalised name: "Dr Li", "Prof. Gao", "Doctor Zhao". */
const TITLE_BEFORE_NAME = /\b(?:[Dd]r|DR|[Pp]rof|[Pp]rofessor|Mrs?|Ms|[Dd]octor)\b\.?\s+(?=\p{Lu})/gu;

/**
 * "How many X does it mention / do they talk about / are named / do the researchers suggest": a count of what the
 * text itself names (or its authors propose), which it need not count for the reader.
 */
const COUNTED_IN_TEXT =
  /\bhow\s+many\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)\s+((?:does|do|did)\s+(?:it|this|they|the\s+(?:article|study|review|piece|text|paper|authors?|researchers?|scientists?|writers?))\s+(?:mention|name|list|talk\s+about|discuss|cover|describe|bring\s+up|refer\s+to|suggest|propose|recommend|identify)|(?:are|were)\s+(?:mentioned|named|listed|discussed|covered|described|suggested|proposed|recommended|identified|talked\s+about|brought\s+up|referred\s+to))\b/gi;

/** A plea for help after the question: after a comma or dash, or "pls/please help" (not "does exercise help?"). */
const CLOSING_PLEA =
  /(?:\s*[,;:\-\u2013\u2014!?]\s*(?:(?:pls|plz|please)\s+)?|\s+(?:pls|plz|please)\s+)help(?:\s+(?:me|us|pls|plz|please))?(?:[\s!?.]|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/iu;
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

/** "Is that why", "is this the reason why", "could that be why": asks why, of what was said before. */
const IS_THAT_WHY = /\b(?:is|was|could|might|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:the\s+reason\s+)?why\b/gi;
/** "The piece", "this piece": the article as a piece of writing (not "a piece of", "pieces"). */
const THE_PIECE = /\b(the|this)\s+piece\b(?!\s+of\b)/gi;

/** "How many" of kinds of thing, not of people, cases, times or spans. */
const KINDS_COUNTED =
  /\bhow\s+many\b(?!\s+(?:more\s+)?(?:people|persons|patients|adults|individuals|men|women|children|kids|subjects|participants|cases|deaths|times|years|months|weeks|days|hours|percent)\b)/i;
/** "... according to the review / the article / them / this": what the text says. */
const ACCORDING_TO_TEXT =
  /\baccording\s+to\s+(?:it|this|them|the\s+(?:\d{4}\s+)?(?:article|study|review|paper|piece|text|authors?|researchers?|scientists?))\b/i;

/** "In how many ways does depression damage bone?": how it does, which a text tells without counting the ways. */
const HOW_MANY_WAYS =
  /\b(?:in\s+)?how\s+many\s+(?:different\s+)?ways\s+(?=(?:does|do|did|can|could|is|are|might|may)\b)/gi;

/** "The proposed / suggested / supposed / putative X": X as the text puts it forward (its verb is no topic). */
const PUT_FORWARD =
  /\b(the|a|an)\s+(proposed|suggested|supposed|presumed|hypothesi[sz]ed|putative|suspected|claimed|alleged)\s+(?=[a-z])/gi;

/** "Should I ask my doctor about X", "can we talk to our GP about X": whether to try X. */
const ASK_CARER_ABOUT =
  /\b(should|can|could|shall)\s+(i|we)\s+(?:ask|talk\s+to|speak\s+to|see|check\s+with|consult)\s+(?:my|our|a|the)\s+(?:doctor|gp|physician|therapist|psychiatrist|physio|physiotherapist|nurse|pharmacist|dr)\s+about\s+/gi;

/** "What does X have to do with Y", "what has X got to do with Y", "what's X got to do with Y". */
const TO_DO_WITH =
  /\bwhat(?:['\u2019]s|\s+(?:does|do|did|has|have|is))\s+(.+?)\s+(?:(?:got|have|has)\s+)?to\s+do\s+with\s+(.+?)(?=\s*[?.!]*\s*$)/i;

/** "Male child", "female sibling": kin named by sex, which English has one word for. */
const KIN_BY_SEX =
  /\b(male|female)\s+(child|children|sibling|siblings|parent|parents|spouse|spouses|offspring|heir|heirs)\b/gi;
const KIN_WORDS: Readonly<Record<string, string>> = {
  'male child': 'son',
  'female child': 'daughter',
  'male offspring': 'son',
  'female offspring': 'daughter',
  'male heir': 'son',
  'male sibling': 'brother',
  'female sibling': 'sister',
  'male parent': 'father',
  'female parent': 'mother',
  'male spouse': 'husband',
  'female spouse': 'wife',
};

/** "A load of rubbish / nonsense / tosh": nonsense. */
const LOAD_OF_NONSENSE =
  /\b(?:a\s+)?load\s+of\s+(?:old\s+)?(?:rubbish|nonsense|crap|bull|bs|codswallop|tosh|baloney|hogwash|cobblers|twaddle)\b/gi;
/** "Reckon exercise sorts both out?", "do you reckon that ...": whether it is so. */
const RECKON_OPENING = /^\s*(?:(?:do|d['\u2019])\s*(?:you|u|ya)\s+)?reckon\s+(?:that\s+)?(?=\S)/i;

/** "Search for X", "look for X", "search the article for X", opening the message: find X. */
const SEARCH_FOR = /^\s*(?:please\s+)?(?:search|look)\s+(?:(?:the\s+)?(?:article|text|it)\s+)?for\s+/i;

/** A state an adjective names: "the depressive state", "an inflammatory state" (not "the United States"). */
const STATE_OF = /\b([a-z]{4,}(?:ive|ed|ory|ic|al|ous))\s+states?\b/g;

/** "Is it (not) the case / a fact / correct that ...", "isn't it the case that ...". */
const THE_CASE_THAT =
  /\b(is|isn['\u2019]?t|was)\s+it\s+(not\s+)?(?:the\s+case|(?:a\s+)?(?:fact|correct|accurate|right))\s+that\b/i;

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

/** "Does the article BACK UP exercise helping?", "is that backed up by research?": supports, a reporting verb. */
const BACKED_UP =
  /\b((?:article|study|review|research|evidence|data|paper|science|findings|it|this|they|authors|researchers)\s+)back(s|ed)?\s+up\b(?!\s+(?:that|this|it)\b)|\bbacked\s+(?:up\s+)?by\b/gi;

/** "How was the brain seen before COMPARED TO now?": a preposition, as "versus" is, not a comparison asked about. */
/**
 * "Can someone BREAK DOWN the treatment ideas", "WALK ME THROUGH the gene thing", "elaborate on X": an order to
 * explain X, opening the message (not "does cortisol break down bone?", a verb of the question).
 */
const EXPLAIN_IN_OTHER_WORDS =
  /^(\s*(?:(?:can|could|would|will)\s+(?:some(?:one|body)|any(?:one|body)|you|u)\s+(?:please\s+)?|please\s+)?)(?:break\s+down|go\s+over|unpack|elaborate\s+on|expand\s+on|flesh\s+out|(?:walk|run|take|talk)\s+(?:me|us)\s+through)\s+(?=\S)/i;
const MAY_EXPLAIN_IN_OTHER_WORDS = /\b(?:break|over|unpack|elaborate|expand|flesh|through)\b/i;
/** "Genuine RATHER THAN speculative?", "exercise INSTEAD OF drugs": a choice between the two, as "or" asks it. */
const RATHER_THAN = /\s+(?:rather\s+than|instead\s+of)\s+/gi;
const WH_WORD = /\b(?:what|who|whom|which|where|when|why|how)\b/;
const COMPARED_TO = /\b(?:(?:as\s+)?compared|in\s+comparison|by\s+comparison)\s+(?:to|with)\b/gi;

/**
 * The word-level readings of rephraseQuestion: "more weak", "the signs of", "hurt", "what is meant by", "refer to",
 * "in this context", "explain:", "the 70's", "brand new", "the US", "do they list", "the exact words about". Each
 * pattern is tried only when a word of it is there, so a cold `ask` does not compile patterns a question cannot match.
 */
export function smallRewrites(text: string, inContent: (stem: string) => boolean): string {
  const lower = text.toLowerCase();
  let read = text;
  if (lower.includes('more ')) {
    read = read.replace(
      /\bmore\s+([a-z]+)\b/gi,
      (all, adjective: string) => MORE_ADJECTIVE[adjective.toLowerCase()] ?? all,
    );
  }
  if (lower.includes('reason') && !inContent('reason')) {
    read = read
      .replace(REASON_TO_THINK, 'is it true that')
      .replace(REASON_ASKED, (_all, joined?: string) =>
        /^(?:for|behind)$/i.test(joined ?? '') ? 'what causes' : 'why',
      );
  }
  if (lower.includes('back')) {
    read = read.replace(BACKED_UP, (_all: string, who?: string, ending?: string) =>
      who === undefined ? 'supported by' : `${who}support${ending === 'ed' ? 'ed' : (ending ?? '')}`,
    );
  }
  if (lower.includes('compar') && !inContent('compar')) read = read.replace(COMPARED_TO, 'versus');
  // "Give me the EXACT WORDS about X": the passage on X, quoted, as "quote the part about X" asks.
  if (lower.includes('exact') || lower.includes('actual') || lower.includes('precise')) {
    read = read.replace(EXACT_WORDS_ABOUT, 'quote the part about ');
  }
  // "What treatments do they LIST?", "does the article NAME any": whether the text names them, as "mention" asks.
  if (lower.includes('list') || lower.includes('name')) read = read.replace(TEXT_LISTS, '$1 mention');
  if (lower.includes('sign')) read = read.replace(SIGNS_OF, (signs) => (inContent('sign') ? signs : 'symptoms of'));
  if (lower.includes('hurt')) read = read.replace(HURT_CLOSING, 'give pain');
  // "What is meant by X", "what do they mean by X", "explain: X": what X is.
  if (lower.includes('mean')) read = read.replace(MEANT_BY, 'what is ');
  if (lower.includes('defined')) read = read.replace(DEFINED_AS, '$1what $2 $3');
  // "What does X refer to": what X means; "in this context", "in context" only point at the article.
  if (lower.includes('refer')) read = read.replace(REFER_TO, '$1 mean');
  if (lower.includes('context')) read = read.replace(IN_CONTEXT, '');
  // "AREN'T the authors from Harvard?": as "are the authors from Harvard?".
  if (/^\W*\w+n['\u2019]?t\b/i.test(read) || /^\W*(?:so|but|and|wait|ok|okay|um|hmm)\b/i.test(read)) {
    read = read.replace(
      NEGATIVE_OPENING,
      (_all, opening: string, aux?: string, can?: string, wo?: string) =>
        `${opening}${aux ?? can ?? (wo ? 'will' : '')}`,
    );
  }
  // "What's the hormone called AGAIN?", "who wrote it again?": the asker has forgotten, nothing more is asked.
  if (lower.includes('again') && !inContent('again')) read = read.replace(CLOSING_AGAIN, '$1');
  // "What's the PROPOSED mechanism?": the mechanism the text puts forward, as "what's the mechanism?" asks.
  if (/\b(?:the|a|an)\s+(?:pro|sug|sup|pre|hyp|put|sus|cla|all)/i.test(lower)) {
    // Not a word the content says itself ("the SUSPECTED inequality of complexity classes").
    read = read.replace(PUT_FORWARD, (all: string, article: string, verb: string) =>
      inContent(normalizeWord(verb) ?? verb) ? all : `${article} `,
    );
  }
  // "Should I ASK MY DOCTOR ABOUT exercise?": whether to try it; the doctor is the asker's, no topic.
  if (lower.includes(' about ')) read = read.replace(ASK_CARER_ABOUT, '$1 $2 try ');
  // "What does cortisol HAVE TO DO WITH bones?", "what has exercise got to do with it?": the link between them.
  if (lower.includes('to do with')) read = read.replace(TO_DO_WITH, 'what is the link between $1 and $2');
  // "Börte's second MALE CHILD": her son, the one word English has for it, when the content says that word.
  if (lower.includes('male ')) {
    read = read.replace(KIN_BY_SEX, (all: string, sex: string, kin: string) => {
      const word = KIN_WORDS[`${sex.toLowerCase()} ${kin.toLowerCase().replace(/(?:s|ren)$/, '')}`];
      const plural = /(?:s|ren)$/i.test(kin);
      const stem = word === undefined ? null : normalizeWord(word);
      return word !== undefined && stem !== null && inContent(stem) ? `${word}${plural ? 's' : ''}` : all;
    });
  }
  // "Legit or A LOAD OF RUBBISH?": nonsense, as "or nonsense?" asks; "(do you) RECKON X?": whether X is so.
  if (lower.includes('load of')) read = read.replace(LOAD_OF_NONSENSE, 'nonsense');
  if (lower.includes('reckon')) read = read.replace(RECKON_OPENING, 'is it true that ');
  // "SEARCH FOR blood-brain barrier": an order to find it, as "find X" is.
  if (lower.includes('search') || lower.includes('look')) read = read.replace(SEARCH_FOR, 'find ');
  // "A marker of the depressive STATE?": the condition the adjective names, when the content never says "state".
  if (lower.includes('state') && !inContent('state')) read = read.replace(STATE_OF, '$1');
  // "Does that make depression worse IN TURN?": back the other way, which the verb's two sides already say.
  if (lower.includes(' turn') && !inContent('turn')) read = read.replace(/\s*\bin\s+turn\b/gi, '');
  // "Any RISKS OF exercise?": the harms of something, not how likely a condition is ("at risk", "a higher risk").
  if (lower.includes('risks')) read = read.replace(RISKS_OF, 'dangers $1');
  // "Who PAID FOR this research?": who funded it, the word a study's funding is named by.
  if (lower.includes('paid') || lower.includes('pay')) read = read.replace(PAID_FOR_STUDY, 'funded ');
  // "Is it (not) THE CASE that X?": whether X is true, as "is it true that X?" asks.
  if (/ (?:case|fact|correct|accurate|right) /.test(lower)) read = read.replace(THE_CASE_THAT, '$1 it $2true that');
  // "Stress hormone make bone weak, TRUE?": a tag that only asks whether what it closes holds.
  if (lower.includes(',')) read = read.replace(TRUE_TAG, '?');
  // "WHAT IF I already have osteoporosis, how long until ...?": a condition; the question is the one after it.
  if (lower.includes('what if')) read = read.replace(WHAT_IF_THEN, 'if');
  // "If I move to a warmer country, WILL my bones get stronger?": the yes/no question, then its condition, as English
  // also asks it ("will my bones get stronger if I move ...?"); the condition is then read as the case asked about.
  if (/^\s*if\b/i.test(read)) read = read.replace(OPENING_CONDITION, '$2 if $1?');
  // "Does HITTING THE GYM help?": going to it; "hit" is no blow here.
  if (lower.includes('hit')) read = read.replace(/\bhit(?:s|ting)?\s+the\s+gym\b/gi, 'going to the gym');
  // "DR Li's main claim?": a title before a name, when the content never gives one, is no word a passage must meet.
  if (/\b(?:dr|prof|professor|mr|mrs|ms|doctor)\b/i.test(text)) {
    read = read.replace(TITLE_BEFORE_NAME, (title: string) => {
      const stem = normalizeWord(title.replace(/[.\s]+$/u, ''));
      return stem !== null && inContent(stem) ? title : '';
    });
  }
  // "BY WHAT ROUTE does osteocalcin get to the brain?", "in what way ...": how.
  if (lower.includes(' what ') || lower.includes(' which ')) read = read.replace(BY_WHAT_WAY, 'how');
  // "Does it name ANY SPECIFIC drug?": any drug; "specific" is no kind of drug.
  if (lower.includes('any ')) read = read.replace(/\bany\s+(?:specific|particular|certain|actual)\b/gi, 'any');
  // "How many hormones DOES IT MENTION?": which ones the text names, which it need not count itself.
  if (lower.includes('how many')) {
    read = read.replace(COUNTED_IN_TEXT, 'which $1 $2').replace(HOW_MANY_WAYS, 'how ');
    // "How many conditions can exercise help ACCORDING TO the review?": those the text names, counted or not. Not
    // a count of people, cases or times ("how many people have it, according to the article?"), which only a
    // number answers.
    if (ACCORDING_TO_TEXT.test(read)) read = read.replace(KINDS_COUNTED, 'which');
  }
  if (lower.includes('effect')) read = read.replace(EFFECT_BETWEEN, effectAsVerb);
  if (lower.includes('explain')) read = read.replace(/^\s*explain\s*[:\-\u2013\u2014]\s*/i, 'explain ');
  if (MAY_EXPLAIN_IN_OTHER_WORDS.test(lower)) read = read.replace(EXPLAIN_IN_OTHER_WORDS, '$1explain ');
  // Only in a yes/no question: "what did they use INSTEAD OF numbers?" asks for the other thing.
  if ((lower.includes('rather') || lower.includes('instead')) && !WH_WORD.test(lower)) {
    read = read.replace(RATHER_THAN, ' or ');
  }
  // "In THE 70'S": the 1970s, as an article writes a decade ("in their 70s" is an age, left alone).
  if (/0['\u2019]?s\b/.test(lower)) read = read.replace(/\bthe\s+['\u2019]?([2-9]0)['\u2019]?s\b/gi, 'the 19$1s');
  // "A brand new idea": new; "brand" names no brand.
  if (lower.includes('brand')) read = read.replace(/\bbrand[- ]new\b/gi, 'new');
  // "Who did the review, HELP 🙏", "who wrote it pls help": a plea closing the question asks nothing of its own.
  if (lower.includes('help')) read = read.replace(CLOSING_PLEA, '?');
  // "The bone-brain axis - WHAT IS IT?", "osteocalcin, what is it exactly?": what the thing named first is.
  if (/\bwhat\b/i.test(lower)) read = read.replace(TOPIC_THEN_WHAT_IS, topicAsked);
  // "What % of old people have it?": the percent, a word that asks for a number ("30% of" is left to the numbers).
  if (text.includes('%')) read = read.replace(/(^|[\s(])%(?=[\s?)]|$)/g, '$1percent');
  // "My mum is depressed, IS THAT WHY her bones are weak?": why, of what was told ("is that why" is no claim to check).
  if (lower.includes(' why ')) read = read.replace(IS_THAT_WHY, 'why');
  // "Who is most at risk, according to THE PIECE?": the article, when the content never speaks of a piece.
  if (lower.includes('piece') && !inContent('piec')) read = read.replace(THE_PIECE, '$1 article');
  if (text.includes('US')) {
    read = read.replace(THE_US, (match, the: string, _at: number, all: string) =>
      /[a-z]/.test(all) ? `${the}USA` : match,
    );
  }
  return read;
}

/**
 * Everyday phrasings read as what they ask: requests for a plain or short answer dropped ("in simple words", "in 1
 * sentence"), and so is what is said before asking ("for my essay", "quick q:", "sorry if this is dumb but"); a
 * claim heard elsewhere ("I read that X") asks whether X is so; "how do I know if I have X" and "the signs of X" ask
 * for X's symptoms, "does X hurt?" about pain, and "the US" is the country. General English, whatever the content;
 * applied to questions (after shorthand.ts), never to articles.
 */

import { smallRewrites } from './small-rewrites.js';
import { normalizeWord, OPENING_FILLER } from './text.js';
import { askedOfMentioned } from './told-then-asked.js';

/**
 * Ways of asking for a simple or short answer that say nothing of what is asked ("in simple words", "in a
 * nutshell", "in 1 sentence", "step by step", "in detail", "tldr on ..."): left in, their words would count as what the question is about, and
 * the article never uses them.
 */
const PLAIN_ASKING =
  /\b(?:in (?:simple|plain|everyday|layman'?s|laymans|basic|normal) (?:words|terms|english|language)|(?:simply|plainly) put|in a nutshell|for dummies|for a layman|like (?:i'?m|i\u2019m|i am|to an?) (?:[1-9]|1[0-6]|five|ten|twelve|(?:an? )?(?:[1-9]|1[0-6]|five|ten|twelve)[ -]year[ -]old|an? (?:child|kid|teenager|beginner|layman|layperson|grandma|granny))(?:\s+years?\s+old)?|in (?:one|1|a|a single|two|2|a few|few) (?:sentences?|lines?|words)|in (?:short|brief)|briefly|step[ -]by[ -]step|(?:the |a )?(?:simple|simpler|short|quick|basic) (?:version|explanation|answer|summary) of|(?:to|for) an? (?:(?:[1-9]|five|ten)[ -]year[ -]old|beginner|layperson|layman)|in (?:more |great |full )?(?:detail|depth)|tl\s*;?\s*dr (?:on|about|of|for))\b/gi;

/**
 * "For my essay, ...", "for a school project": why the asker asks, not what about (else "essay" is a topic the
 * article lacks).
 */
const ASKING_PURPOSE =
  /\bfor (?:my|a|our|the) (?:school |uni |university |college |class |science |biology |psychology |psych |pop |short )?(?:essay|assignment|homework|class|course|coursework|paper|report|project|presentation|dissertation|exam|test|revision|quiz|lesson|lecture|seminar|talk|newsletter|podcast|blog|video|worksheet|students|reference list|references|bibliography|notes|slides|flashcards)\b[,:]?/gi;

/** "Quick q:", "random question,", "possibly dumb q:": a question announced, before it is asked. */
const ANNOUNCED_QUESTION =
  /^\s*(?:(?:a|one|another|just a|just one|one more)\s+)?(?:(?:possibly|probably|maybe|prob|very|really|kinda|pretty)\s+)?(?:(?:quick|random|small|simple|short|dumb|silly|stupid|honest|serious|general|follow-up|followup|last|final|odd|weird|basic)\s+)?(?:q|qq|qn|question|query)(?:\s+(?:for you|here))?\s*[:,\-\u2013\u2014?!.]+\s*/i;

/**
 * "Sorry if this is a dumb question but ...", "not sure if you can answer this but ...", "probably obvious, but ...",
 * "not a scientist, just curious: ...", "random thought: ...": a hedge about the asker or
 * the question, up to the "but" (or colon: "sorry if this is obvious: who ...") after which the question is asked.
 * Only hedges of that kind: "osteocalcin might be high but does it drop?" keeps what it says.
 */
const HEDGED_OPENING =
  /^\s*(?:sorry|apologies|i know|not sure|i'?m not sure|i am not sure|no idea if|maybe i missed|this (?:might|may|could) (?:be|sound)|(?:probably|maybe|possibly|prob) (?:a |an )?(?:dumb|silly|stupid|obvious|basic|naive)|(?:dumb|silly|stupid|weird|random|obvious|basic|naive|newbie|noob) question|random thought|just curious|not an? (?:scientist|expert|doctor|medic|biologist|native speaker))\b[^?]*?(?:\bbut\s+|:\s*)/i;

/**
 * "I read that cortisol weakens bones", "my friend said osteopontin ...": a claim heard elsewhere, said without a
 * question mark, asks whether it is so. Read as "is it true that ..." (whose "true" is an asking word).
 */
const REPORTED_CLAIM =
  /^\s*(?:(?:i|we)\s+(?:read|heard|saw|was told|were told|thought|remember reading|keep hearing|kept hearing|keep reading|keep seeing)|(?:someone|somebody|people|my\s+\w+|a\s+friend)\s+(?:told me|said|says|claims|claimed))\s+(?:somewhere\s+|online\s+)?(?:that\s+)?(?!to\s)(?=\S)/i;

/**
 * "Let me get this straight, X?", "correct me if I'm wrong but X?", "am I right in thinking X?", "so if I understand
 * correctly, X", "to sum up, X": the asker's understanding, put up to be checked, asks whether X is so.
 */
const UNDERSTANDING_CHECKED =
  /^\s*(?:so\s+)?(?:let\s+me\s+get\s+(?:this|that|it)\s+straight|correct\s+me\s+if\s+i['\u2019]?m\s+wrong|correct\s+me\s+if\s+i\s+am\s+wrong|just\s+to\s+(?:check|confirm|be\s+clear|be\s+sure)|(?:am|was|would)\s+i\s+(?:be\s+)?(?:right|correct)\s+(?:in\s+(?:thinking|saying|understanding|assuming|believing|supposing)|to\s+(?:think|say|assume|believe|suppose))|(?:am|was)\s+i\s+(?:right|correct)(?=\s+that\b)|am\s+i\s+to\s+(?:understand|take\s+it|gather)|(?:so\s+)?if\s+i\s+(?:understand|understood|get|got|read)\s+(?:(?:this|that|it|you|the\s+article)\s+)?(?:correctly|right)|if\s+i['\u2019]?ve\s+got\s+(?:this|that|it)\s+right|to\s+sum\s+(?:it\s+)?up|in\s+short)\s*(?:,|:|\u2014|-)?\s*(?:but\s+)?(?:that\s+)?(?!(?:what|who|whom|where|when|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should)\b)(?=\S)/i;
const MAY_CHECK_UNDERSTANDING = /^\s*(?:so\s+)?(?:let|correct|just|am|was|would|if|to|in)\b/i;

/** A claim alone, or closed by a bare "correct?", "right?": "I heard the study was done in America, correct?". */
const ONE_CLAIM = /^[^,;.?!]*(?:,\s*(?:correct|right|true|yes)\s*)?[?.!]*\s*$/i;

/** How likely something is ("is it POSSIBLE that ...", "..., is that LIKELY?"): whether it is so, in other words. */
export const LIKELIHOOD_WORDS: readonly string[] = ['possible', 'likely', 'plausible'];
/**
 * A closing question that only asks whether what was said before is so: "is that true?", "is she right?", "does the
 * article back that up?". One source for both readers of it: asking-sentence.ts (the sentence after a claim) and
 * CLOSING_VERIFICATION here (where a bare "..., true?" is left to TRUE_TAG).
 */
const VERIFYING_SENTENCE = String.raw`(?:does|do|did|can)\s+(?:the\s+)?(?:article|study|review|research|it|this)\s+(?:back\s+(?:that|this|it)\s+up|support|confirm|agree)(?:\s+(?:that|this|it|with\s+(?:that|this|it|her|him|them)))?|(?:is|isn't|isnt|was)\s+(?:that|this|it|she|he)\s+(?:really\s+)?(?:true|right|correct|so|accurate|a\s+fact|legit|real|a\s+real\s+thing|${LIKELIHOOD_WORDS.join('|')})|(?:are|were)\s+(?:they|those)\s+(?:really\s+)?(?:right|correct)|(?:is|isn't|isnt|was)\s+(?:that|this)\s+(?:the\s+)?(?:idea|gist|point|theory|claim|argument|thinking|message|takeaway)|(?:have|did)\s+i\s+(?:got|get|understood)\s+(?:that|this|it)\s+right|do\s+i\s+have\s+(?:that|this|it)\s+right`;
/** VERIFYING_SENTENCE, or a bare "true?", "right?", "really?", "for real?". */
export const VERIFYING = String.raw`${VERIFYING_SENTENCE}|true|right|correct|really|for\s+real`;
/** Whether the text says it: "is that in here?", "does the article cover that?". */
const SAID_HERE = String.raw`is\s+(?:that|this)\s+(?:in|covered\s+in|mentioned\s+in|said\s+in)\s+(?:the\s+(?:article|study|review|paper|text)|here|there|it)|(?:does|do|did)\s+(?:the\s+(?:article|study|review|paper|text)|it|this)\s+(?:say|cover|mention|discuss|confirm|support)\s+(?:that|this|it)`;
/**
 * "SSRIs cause fractures. Is that true?", "I read that bones are glands, is that in here?", "..., does the article
 * cover that?": a claim, then a closing question whether it holds or the text says it, asks what "is it true that
 * CLAIM?" asks; read so, the claim's subject and verb are a yes/no question's. Not a claim told of the asker or their
 * people ("my therapist suggested exercise. Does the article back that up?", "she says ..."): asking-sentence.ts
 * reads those.
 */
const CLOSING_VERIFICATION = new RegExp(
  String.raw`^([^?]*?[^\s,.;?!])\s*[,.;!]\s*(?:${VERIFYING_SENTENCE}|${SAID_HERE})\s*\?+\s*$`,
  'i',
);
/** The cheap test a message passes before CLOSING_VERIFICATION is run on it. */
const MAY_VERIFY = /[,.;!]\s*(?:is|isn't|isnt|was|are|were|does|do|did|can|have)\s/i;

/** "X. Is that true?" as "is it true that X?", when X is a claim of the world (CLOSING_VERIFICATION). */
function verifiedClaim(question: string): string {
  const m = MAY_VERIFY.test(question) ? CLOSING_VERIFICATION.exec(question) : null;
  // "I read that X, is that right?", "TIL X, is that legit?": the claim is X.
  const claim = m?.[1]?.replace(REPORTED_CLAIM, '').replace(CLAIM_LABEL, '');
  const first = claim?.trim().split(/\s+/)[0] ?? '';
  // Told of the asker or their people ("my therapist ...", "she says ..."), or a question of its own.
  if (!claim || PEOPLE_TOLD.test(first) || QUESTION_OPENINGS.has(first.toLowerCase())) return question;
  return `is it true that ${claim}?`;
}

/** "True or false: X", "T/F X", "fact or myth - X", "fact check: X": whether X holds, as "is it true that X?" asks. */
const TRUE_OR_FALSE =
  /^\s*(?:true\s+or\s+false|true\s*\/\s*false|t\s*\/\s*f|fact\s+or\s+(?:myth|fiction)|myth\s+or\s+fact|fact[\s-]*check)\s*[:,?\-\u2013\u2014]*\s+/i;

/**
 * "Dear sir, I would be grateful if you could tell me ...", "would you be so kind as to tell me", "pray tell",
 * "kindly advise", "may I ask", "I'd like to know", "I wonder", "I can't figure out", "I don't get": courtesy, or a
 * word on what the asker does not know, before the question; it asks nothing more ("obliged", "figure" are no
 * topics). "Explain" stays: "explain X" asks what X is.
 */
const COURTEOUS_OPENING = new RegExp(
  String.raw`^\s*(?:(?:dear|hello|hi)\s+(?:sir or madam|sir|madam|sirs|bot|team|all|there)\b[,:.!]*\s*)?(?:` +
    [
      String.raw`(?:i|we)(?:\s+(?:would|should)|['’]d)\s+be\s+(?:very\s+|most\s+|so\s+|really\s+)?(?:grateful|obliged|thankful|glad|pleased|happy)\s+if\s+you\s+(?:could|would|can|will)(?:\s+(?:kindly|please))?(?:\s+(?:tell|let)\s+(?:me|us)(?:\s+know)?)?`,
      String.raw`would\s+you\s+(?:be\s+so\s+kind\s+as\s+to|kindly|please|mind)(?:\s+(?:tell(?:ing)?|let(?:ting)?)\s+(?:me|us)(?:\s+know)?)?`,
      String.raw`(?:could|can|would|will)\s+(?:you|u)(?:\s+(?:kindly|please))?\s+(?:tell|let)\s+(?:me|us)(?:\s+know)?`,
      // "Can you say what ...", "could you find where it talks about ...", "are you able to explain ...".
      String.raw`(?:could|can|would|will)\s+(?:you|u)(?:\s+(?:kindly|please))?\s+(?:say|find(?:\s+out)?|show\s+(?:me|us))(?=\s+(?:what|which|who|where|when|why|how|whether|if)\b)`,
      String.raw`(?:are|were)\s+(?:you|u)\s+able\s+to(?=\s+(?:explain|tell|say|describe|summari[sz]e)\b)`,
      String.raw`pray\s+tell`,
      String.raw`kindly(?:\s+(?:advise|tell|let)(?:\s+(?:me|us))?(?:\s+know)?)?`,
      String.raw`(?:may|might)\s+i\s+(?:ask|enquire|inquire)`,
      // "Can I ask who wrote it": not "can I ask my mate", which asks whether.
      String.raw`(?:can|could)\s+i\s+(?:ask|enquire|inquire)(?=\s+(?:what|which|who|whom|where|when|why|how|whether|if)\b)`,
      String.raw`(?:i|we)(?:\s+(?:would|should)|['’]d)\s+(?:like|love)\s+to\s+(?:know|ask|understand|find\s+out)`,
      // "I should be obliged to know ...", "I'd be interested to learn ...".
      String.raw`(?:i|we)(?:\s+(?:would|should)|['’]d)\s+be\s+(?:very\s+|most\s+|so\s+|really\s+)?(?:grateful|obliged|glad|pleased|interested|curious)\s+to\s+(?:know|learn|hear|understand|find\s+out)`,
      // "In your estimation, ...": the bot has no view of its own; what the article says is asked.
      String.raw`in\s+your\s+(?:estimation|opinion|view|judge?ment)`,
      // "Not sure I follow the gene thing": what the asker does not follow is asked about.
      String.raw`(?:(?:i['’]?m|i\s+am)\s+)?not\s+sure\s+(?:that\s+)?i\s+(?:(?:quite|fully|really)\s+)?(?:follow|get|understand)`,
      String.raw`(?:i|we)\s+(?:want|wanna|need)\s+to\s+(?:know|understand|find\s+out)`,
      // "I NEED 3 facts about osteocalcin", "I'm looking for the journal's name": what is asked for follows.
      String.raw`(?:i|we)\s+(?:need|want)(?!\s+to\b)|(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+looking\s+for`,
      String.raw`(?:i['’]?m|i\s+am)\s+(?:curious|wondering|confused|unclear)(?:\s+(?:to\s+know|about|on|as\s+to))?`,
      String.raw`i\s+(?:was\s+)?wonder(?:ing)?`,
      String.raw`i\s+(?:can['’]?t|cannot|can\s+not|couldn['’]?t)\s+(?:figure\s+out|work\s+out|understand|tell)`,
      String.raw`i\s+(?:(?:still\s+)?don['’]?t|do\s+not|never)\s+(?:(?:quite|fully|really)\s+)?(?:get|understand|see|know|knew|understood|follow)`,
    ].join('|') +
    String.raw`)\b\s*[,:]?\s*(?=[a-z0-9])`,
  'i',
);
/** "..., not sure what that means", "... no idea if that's true": a hedge closing what was said; it asks nothing more. */
const CLOSING_HEDGE =
  /[,;.]?\s*(?:but\s+)?(?:(?:i['\u2019]?m|i\s+am)\s+)?(?:not\s+sure|no\s+idea|(?:i\s+)?don['\u2019]?t\s+know|unsure)\s+(?:what|why|if|whether|how)\s+(?:that|this|it)(?:['\u2019]s|\s+is|\s+means)?(?:\s+(?:true|about|right|real|correct))?\s*[?.!]*\s*$/i;

/**
 * "The vicious cycle part MAKES NO SENSE TO ME", "the gene thing confuses me", "..., it went over my head": the asker
 * says what they do not follow; what is asked about is the thing named before it.
 */
const CLOSING_CONFUSION =
  /(?:\s*([,;.?!])\s*(?:but\s+)?(?:it|that|this)\s+|\s+)(?:(?:really|just|still|honestly|totally|kinda|kind\s+of)\s+)?(?:makes?\s+no\s+sense|(?:does\s*n['\u2019]?t|doesnt|does\s+not|don['\u2019]?t|do\s+not)\s+make\s+(?:any\s+|much\s+)?sense|confuses?\s+me|(?:is|was)\s+(?:so\s+|really\s+|a\s+bit\s+|kinda\s+)?(?:confusing|unclear)|(?:is|was)\s+lost\s+on\s+me|(?:went|goes|is\s+going)\s+(?:right\s+|way\s+)?over\s+my\s+head)(?:\s+(?:to\s+me|tbh|honestly|at\s+all))*\s*[.!?]*\s*$/i;
const MAY_CONFUSE =
  /\b(?:sense|confus\w*(?:\s+me)?|unclear|lost\s+on\s+me|head)\W*(?:(?:to\s+me|tbh|honestly|at\s+all)\W*)*$/i;

/**
 * "What is this bone brain axis thing THEY KEEP TALKING ABOUT", "what's the hormone everyone is on about": who talks of
 * the thing asked about, closing a question of what it is; it names no topic of its own (else "talking" is one).
 */
const CLOSING_HEARSAY =
  /^(\s*(?:(?:so|ok|okay|um|uh|and|but|wait|hmm)[\s,]+)*(?:what|who)(?:['\u2019]s|\s+is|\s+are|\s+was|s)\s+\S+.*?\S)\s+(?:that\s+|which\s+)?(?:they|people|everyone|everybody|you|u|i|we|folks|scientists|doctors|researchers|the\s+news|the\s+media)(?:['\u2019]s|['\u2019]re)?\s+(?:(?:keeps?|kept)\s+|(?:are|is|were|was|have\s+been|has\s+been|['\u2019]re|['\u2019]ve\s+been)\s+(?:all\s+)?)?(?:talking|talk|talks|hearing|hear|heard|reading|read|mentioning|mention|mentions|mentioned|saying|say|says|said|writing|write|on)(?:\s+(?:about|of|on\s+about))?\s*([?!.]*)\s*$/i;
const MAY_HEARSAY =
  /\b(?:talking|talk|talks|hearing|hear|heard|reading|read|mentioning|mention|mentions|mentioned|saying|say|says|said|writing|write|on)\b(?:\s+(?:about|of))?\W*$/i;

/** "Osteopontin protects the brain, I THINK?": what the asker believes closes the claim; the claim is asked. */
const CLOSING_OPINION = /\s*,\s*i\s+(?:think|believe|guess|suppose|reckon)\s*[?.!]*\s*$/i;

/** Thanks, alone or closing a question: "thanks!", "ty bot", "thank you so much", "much appreciated" (intents.ts too). */
export const THANKS_WORDS = String.raw`(?:thanks?|thank\s+(?:you|u)|thx|ty|tysm|cheers|much\s+appreciated)(?:\s+(?:so\s+much|a\s+lot|very\s+much|again|bot|man|mate|in\s+advance))*`;
/** "..., if that makes sense", "... thanks in advance!": courtesy closing the question; it asks nothing more. */
const CLOSING_COURTESY = new RegExp(
  String.raw`[,;.!]?\s*\b(?:if\s+(?:that|this|it)\s+makes\s+(?:any\s+)?sense|(?:many\s+)?${THANKS_WORDS}|tia)\s*[?.!]*\s*$`,
  'i',
);
const MAY_CLOSE_COURTEOUSLY = /\b(?:sense|thanks?|thx|ty|tysm|cheers|appreciated|tia)\b/i;
/**
 * "where'd they publish it, mate?", "who wrote it bro": the one asked, named after the question. It says whom the
 * question is put to, not what it asks about (else "mate" is a word the content lacks, and the question declined).
 * After a comma any of these; without one only the words that are never a noun of the question ("a mate" may be).
 */
const VOCATIVES_AFTER_COMMA = String.raw`mate|man|friend|buddy|pal|guys|folks|chief|boss|bot|my\s+friend`;
const VOCATIVES_ANYWHERE = String.raw`bro|bruh|bruv|dude|fam|lads?`;
const CLOSING_VOCATIVE = new RegExp(
  String.raw`(?:,\s*(?:${VOCATIVES_AFTER_COMMA})|[\s,]\s*(?:${VOCATIVES_ANYWHERE}))\s*(?=[?!.]*\s*$)`,
  'i',
);
const MAY_CLOSE_WITH_VOCATIVE = new RegExp(String.raw`\b(?:${VOCATIVES_AFTER_COMMA}|${VOCATIVES_ANYWHERE})\W*$`, 'i');

/** "If it's not too much trouble", "if you don't mind": courtesy, wherever it stands; it asks nothing. */
const POLITE_CONDITION =
  /[,;]?\s*\bif\s+(?:(?:it['\u2019]?s|it\s+is|that['\u2019]?s)\s+not\s+too\s+much\s+(?:trouble|bother)|you\s+(?:don['\u2019]?t|do\s+not)\s+mind|possible)\b[,;]?/gi;

/**
 * "If the theory is right, could exercise treat both?", "if that's true, ...": a condition that only grants what the
 * article says, opening the message; it names no case of its own (else "theory" weighs as a topic).
 */
const GRANTING_CONDITION =
  /^\s*(?:so\s+)?(?:if|assuming)\s+(?:(?:this|that|it|the\s+(?:theory|idea|study|review|article|research|claim|hypothesis))(?:['\u2019]s|\s+is|\s+are)|they['\u2019]re|they\s+are)\s+(?:right|true|correct|accurate|valid)\s*[,:]\s*(?=\S)/i;

/** What such an opening leaves: "whether X", "if X" asks whether X is so. */
const WHETHER = /^\s*(?:about\s+)?(?:whether|if)\s+(?:or\s+not\s+)?(?=\S)/i;

/**
 * A label before the question: "[Discussion]", "Quiz:", "Trivia:", "Fill in the blank:", "Multiple choice:",
 * "PSA:". It says what kind of post this is, not what it asks about.
 */
const LABEL =
  /^\s*(?:\[[^\]]{1,24}\]\s*|(?:quiz(?:\s+question)?|trivia|fill\s+in\s+the\s+blanks?|multiple\s+choice|psa|homework|hw|assignment|essay|revision|exam(?:\s+question)?)\s*[:\-\u2013\u2014]\s*|re\s*:\s*)+/i;

/** "TIL X", "True or false: X", "CMV: X", "Fact check: X": a claim put up to be confirmed, as "is it true that X". */
const CLAIM_LABEL = /^\s*(?:til|true\s+or\s+false|t\/f|cmv|fact[\s-]check)\b\s*[:\-\u2013\u2014]?\s*(?=\S)/i;

/**
 * Small patterns that any text a long one can change must match: the long ones take a millisecond or two to compile,
 * which a cold `ask` would pay for a question they cannot change.
 */
const MAY_HAVE_PURPOSE = /\bfor (?:my|a|our|the) /i;
const MAY_ASK_PLAINLY =
  /\b(?:in|simply|plainly|for|like|briefly|step|simple|simpler|short|quick|basic|beginner|layperson|layman|year)\b|\btl/i;
const MAY_ASK_HOW_TO_TELL = /\bhow\b.*\b(?:know|tell|find|check)\b/i;
const MAY_BE_COURTEOUS = /^\s*(?:dear|hello|hi|i|we|would|could|can|will|are|were|pray|kindly|may|might|in|not)\b/i;
/** Words one of which a courteous opening holds (looked up before its long pattern is compiled). */
const COURTEOUS_WORDS = new Set(
  'grateful obliged thankful glad pleased happy kind kindly mind pray tell let ask enquire inquire like love want wanna need looking curious wondering confused unclear wonder figure work understand get see know knew understood say find show able interested follow estimation opinion view judgement judgment'.split(
    ' ',
  ),
);
const MAY_BE_LABELLED =
  /^\s*(?:\[|quiz|trivia|fill|multiple|psa|til|true|t\/f|cmv|fact|re\s*:|homework|hw|assignment|essay|revision|exam)/i;

const TYPED_ADDRESS = /^@[\p{L}\p{N}_.-]+[\s,:]*/u;

/** A greeting, to the bot or to the channel: "hi", "hey bot", "good afternoon everyone" (intents.ts's greeting too). */
export const GREETING_WORDS = String.raw`(?:hi+|hello+|hey+|heya|hiya|yo|sup|howdy|greetings|good\s+(?:morning|afternoon|evening|day)|excuse\s+me|pardon\s+me)(?:\s+(?:there|bot|everyone|all|guys|folks|friend|sir|madam))?`;
/** "Good afternoon. I would be grateful ...": a greeting standing as a sentence of its own before the question. */
const GREETING_SENTENCE = new RegExp(String.raw`^\s*${GREETING_WORDS}\s*[.!,:;\u2014-]+\s*(?=\S)`, 'i');
const MAY_GREET = /^\s*(?:h|yo|sup|good|greet|excuse|pardon)/i;
/** "Thanks for your help earlier. Who were ...?": thanks standing as a sentence of its own before the question. */
const THANKS_SENTENCE = new RegExp(
  String.raw`^\s*${THANKS_WORDS}(?:\s+(?:for|4)\s+[^.!?]{1,60})?\s*[.!]+\s*(?=\S)`,
  'i',
);
const MAY_THANK = /^\s*(?:thank|thx|ty|cheers|much|many)/i;
/**
 * "I'm scared, will my osteoporosis kill me?", "honestly terrified, ...": how the asker feels, a clause of its own before
 * the question. It is no part of what is asked (else "anxious" in "I'm really anxious, can ANXIETY cause bone loss?"
 * is a story's word, and the question after it read as following on from it).
 */
const FEELING_SENTENCE =
  /^\s*(?:(?:i['\u2019]?m|i\s+am|im|i\s+feel|feeling|i['\u2019]?ve\s+been|honestly|tbh)\s+)?(?:(?:so|really|very|a\s+bit|kind\s+of|kinda|pretty|quite|honestly|just|absolutely|completely)\s+)*(?:scared|worried|anxious|terrified|frightened|nervous|afraid|desperate|confused|upset|concerned|panicking|freaking\s+out|lost|overwhelmed)\s*[,.!:;\u2014-]+\s*(?=\S)/i;
const MAY_FEEL =
  /^\s*(?:i|im|feeling|honestly|tbh|so|really|very|scared|worried|anxious|terrified|frightened|nervous|afraid|desperate|confused|upset|concerned|panicking|freaking|lost|overwhelmed)\b/i;
/**
 * "Dr Li, why do you think ...?", "Professor Gao, ...", "Dear researchers, ...", "To the authors: ...": whom the
 * message addresses, not what it asks about (else "Li" meets the passage that names Li).
 */
const ADDRESSED = new RegExp(
  String.raw`^\s*(?:(?:[Dd]ear\s+)?(?:[Dd]r|DR|[Dd]octor|[Pp]rof|[Pp]rofessor|[Mm]rs?|[Mm]s)\.?\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)?` +
    String.raw`|(?:(?:[Dd]ear|[Tt]o\s+the|[Hh]ey)\s+)?(?:[Rr]esearchers|[Aa]uthors|[Ss]cientists|[Tt]eam|[Ww]riters))\s*[,:]\s*(?=\S)`,
  'u',
);
const MAY_ADDRESS = /^\s*(?:dear|dr|doctor|prof|mr|mrs|ms|to\s+the|hey|researchers|authors|scientists)\b/i;

/** A question without what is said before asking it: why ("for my essay"), an announcement ("quick q:"), a hedge. */
export function withoutPreamble(question: string): string {
  // "@bot what's this about": a name typed after "@" that Discord did not make a mention addresses the bot.
  const addressed = question.startsWith('@') ? question.replace(TYPED_ADDRESS, '') : question;
  const greeted = MAY_GREET.test(addressed) ? addressed.replace(GREETING_SENTENCE, '') : addressed;
  // "Hi there, thanks for your help earlier. Who ...?": the thanks, after the greeting, before the question.
  const thanked = MAY_THANK.test(greeted) ? greeted.replace(THANKS_SENTENCE, '') : greeted;
  // "I'm scared, will ...?": how the asker feels, before the question.
  const unfelt = MAY_FEEL.test(thanked) ? thanked.replace(FEELING_SENTENCE, '') : thanked;
  // "If it's not too much trouble, could you ...", "if the theory is right, ...": no case, opening the message.
  const unconditioned = /^\s*(?:so\s+)?(?:if|assuming)\b/i.test(unfelt)
    ? unfelt.replace(POLITE_CONDITION, ' ').trim().replace(GRANTING_CONDITION, '')
    : unfelt;
  const unaddressed = MAY_ADDRESS.test(unconditioned) ? unconditioned.replace(ADDRESSED, '') : unconditioned;
  const purposeless = MAY_HAVE_PURPOSE.test(unaddressed) ? unaddressed.replace(ASKING_PURPOSE, ' ') : unaddressed;
  const labelled = MAY_BE_LABELLED.test(purposeless)
    ? purposeless.replace(LABEL, '').replace(CLAIM_LABEL, 'is it true that ')
    : purposeless;
  const announced = labelled.replace(ANNOUNCED_QUESTION, '').replace(HEDGED_OPENING, '');
  const lower = announced.toLowerCase();
  const hedges = lower.includes('sure') || lower.includes('idea') || lower.includes('know');
  const opined = /\bi\s+\w+\W*$/.test(lower) ? announced.replace(CLOSING_OPINION, '?') : announced;
  const hedgeless = hedges ? opined.replace(CLOSING_HEDGE, '') : opined;
  // "The gene thing confuses me": the thing, not the confusion (a question of its own keeps its words).
  const confused = MAY_CONFUSE.test(hedgeless)
    ? hedgeless.replace(CLOSING_CONFUSION, (_all, mark?: string) => (mark === '?' ? '?' : ''))
    : hedgeless;
  // "What is this thing they keep talking about": who talks of it closes the question.
  const unhedged = MAY_HEARSAY.test(confused) ? confused.replace(CLOSING_HEARSAY, '$1$2') : confused;
  const withoutCourtesy = MAY_CLOSE_COURTEOUSLY.test(unhedged) ? unhedged.replace(CLOSING_COURTESY, '') : unhedged;
  const closed = MAY_CLOSE_WITH_VOCATIVE.test(withoutCourtesy)
    ? withoutCourtesy.replace(CLOSING_VOCATIVE, '')
    : withoutCourtesy;
  // Thanks alone stay thanks (intents.ts answers them).
  const unlabelled = closed.trim() === '' ? unhedged : closed;
  const politelyOpened =
    MAY_BE_COURTEOUS.test(unlabelled) && lower.split(/[^a-z]+/).some((word) => COURTEOUS_WORDS.has(word));
  if (!politelyOpened) return unlabelled;
  const asked = unlabelled.replace(COURTEOUS_OPENING, '').replace(POLITE_CONDITION, ' ');
  return asked === unlabelled ? asked : asked.replace(WHETHER, 'is it true that ');
}

/**
 * "How do I know if I have osteoporosis?", "how can you tell whether someone has depression?": asking for its signs,
 * as "what are the symptoms of osteoporosis?" does. Left as typed, the question is only "osteoporosis", and any
 * passage about it would be quoted as if it said how to tell.
 */
const HOW_TO_TELL =
  /\bhow (?:do|can|would|could|will|should|does|did) (?:i|you|we|one|someone|somebody|people|a person|my (?:doctor|gp)) (?:know|tell|find out|check) (?:if|whether) (?:i|you|we|one|someone|somebody|they|he|she|(?:my|your|his|her|their|our) \w+) (?:have|has|had|got|suffer from|suffers from|am suffering from|is suffering from) (?:an? )?/gi;

/**
 * "Bisphosphonates and mood, any link?", "coffee & bones - is there a connection?": two things, then whether they are
 * linked, as "is there a link between X and Y?" asks it. A few words each side, in one sentence: "My husband has been
 * depressed since he retired and ... broke his wrist. ... Is there a connection?" is a story, then its question.
 */
const ANY_LINK =
  /^\s*(?!is\b|are\b|does\b|do\b|what\b|how\b)((?:[^\s,;:?.]+\s+){0,5}?(?:and|&)\s+[^\s,;:?.]+(?:\s+[^\s,;:?.]+){0,5}?)\s*[,;:\-\u2013\u2014]?\s*(?:any|is\s+there\s+(?:a|an|any))\s+(links?|connections?|relation|relationship|association)\s*[?!.]*\s*$/i;
const MAY_ASK_ANY_LINK = /\b(?:links?|connections?|relation|relationship|association)\W*$/i;

/**
 * "The depression can make the bones weaker?", "osteoporosis people have more depression, yes?": a learner's
 * yes/no question in the order of a statement. Read with its auxiliary first ("can the depression make ..."), as
 * English asks it, so it is read as the claim it makes. Only a short subject, and no question word, "but", comma or
 * other sentence in it or after it ("Jochi's death occurred in what year?" is left as it is). In the negative too
 * ("the researchers AREN'T from the US, right?"), which asks whether the positive holds.
 */
/** What a message may open with before its question: OPENING_WORDS ("um", "ok so"), "wait", "lol". */
const STATEMENT_OPENER = `(?:${OPENING_FILLER}|wait|lol)`;
const STATEMENT_OPENER_WORD = new RegExp(`^${STATEMENT_OPENER}$`);
const STATEMENT_ORDER = new RegExp(
  String.raw`^\s*((?:${STATEMENT_OPENER}[\s,]+)*)((?:[^\s,?.!;:&\-\u2013\u2014]+\s+){1,4}?)(can|could|is|are|was|were|will|would|may|might|should)(?:n?['\u2019]t|nt)?\s+(?![^?]*\b(?:what|who|whom|whose|where|when|why|how|which|but)\b)([^,?.!;:]+?)(?:\s*,?\s*(?:yes|right|true|no|correct))?\s*\?+\s*$`,
  'i',
);
/** Words a question that is already in a question's order opens with. */
const QUESTION_OPENINGS = new Set(
  'what who where when why how which whose whom is are am was were do does did can could will would should shall may might must has have had i you u we'.split(
    ' ',
  ),
);
const WH_INSIDE = /\b(?:what|who|whom|whose|where|when|why|how|which)\b/i;
const AUXILIARY_INSIDE = /\s(?:can|could|is|are|was|were|will|would|may|might|should)(?:n?['\u2019]t|nt)?\s/i;

/** Whether STATEMENT_ORDER may apply: "?" closes it, no question word or auxiliary opens it, one stands inside. */
function mayBeInStatementOrder(text: string): boolean {
  if (!/\?\s*$/.test(text)) return false;
  const words = text.trim().toLowerCase().split(/\s+/);
  // "Um is it one way or both ways?" is in a question's order: "um" is no subject to move the "is" before.
  const first = words.find((w) => !STATEMENT_OPENER_WORD.test(w.replace(/,$/, ''))) ?? '';
  return !QUESTION_OPENINGS.has(first) && AUXILIARY_INSIDE.test(text) && !WH_INSIDE.test(text);
}

/**
 * "This bot sucks, who even wrote the article", "ugh fine, what's osteopontin", "seriously, what is ...": a few words
 * before a comma and a question, none of them the content's, vent or hesitate; they say nothing of what is asked.
 * Not a condition ("if I exercise, will ..."), a story of the asker's people ("my mum is depressed, ..."), nor words
 * the content has ("for older adults, is exercise good?").
 */
const PREFACED =
  /^\s*([^,?.!;:]{1,48})[,:]\s*(?=(?:who|whom|what|what['\u2019]s|whats|where|when|why|how|which|is|are|was|were|do|does|did|can|could|should|would|will|has|have|am|may|might|must)\b)/i;
/** A preface that points at what others in the channel asked or said. */
const OTHERS_ASKED = /\b(?:asked|said|mentioned|wrote|posted|question|message|thread)\b/i;
/** A preface about the asker or their people is a story ("my mum is depressed, should she ..."), kept. */
const PEOPLE_TOLD = /\b(?:i|i['\u2019]m|im|my|me|we|our|us|he|she|his|her|they|their|them)\b/i;
const CONDITION =
  /^(?:if|when|whenever|once|since|because|as|although|though|unless|while|after|before|for|in|with|without|given|assuming|suppose|supposing)\b/i;

/** A preface that names a thing: "the quote at the end", "that last paragraph". */
const NAMED_THING =
  /^(?:the|that|this|those|these)\s+(?:(?:last|first|final|opening|closing|second|third|whole|main)\s+)?\p{L}+(?:\s+(?:at|in|of|about)\s+(?:the\s+)?\p{L}+)*$/iu;
const POINTING_BACK = /\b(?:it|they|them|its)\b/i;
/**
 * "This bone brain thing SOUNDS FAKE, what even is it": the asker's reaction to a thing named, then a question whose
 * "it" is the thing. The reaction ("fake", "weird", "made up") is no topic; the thing is.
 */
const REACTION =
  /^(.*\S)\s+(?:sounds?|seems?|looks?|feels?)\s+(?:(?:so|kinda|kind\s+of|really|pretty|very|a\s+bit|too|totally|like(?:\s+an?)?)\s+)?(\p{L}+)(?:\s+up)?$/iu;

function withoutVenting(question: string, inContent: (stem: string) => boolean): string {
  const m = PREFACED.exec(question);
  const preface = m?.[1]?.trim();
  if (!m || !preface || CONDITION.test(preface) || /\d/.test(preface) || PEOPLE_TOLD.test(preface)) return question;
  const asked = question.slice(m[0].length);
  // "The quote at the end, who said it?": a thing named, which the question's "it" points back at, is no vent.
  if (NAMED_THING.test(preface) && POINTING_BACK.test(asked)) return question;
  const reaction = REACTION.exec(preface);
  if (reaction?.[1] && POINTING_BACK.test(asked) && !inContent(normalizeWord(reaction[2] ?? '') ?? '')) {
    return `${reaction[1]}, ${asked}`;
  }
  const words = preface.split(/[^\p{L}'\u2019]+/u).filter(Boolean);
  // "To add to what jo asked: ...", "replying to the question above, ...": what others in the channel asked may take
  // a few more words.
  const limit = OTHERS_ASKED.test(preface) ? 8 : 5;
  if (words.length > limit || words.some((w) => inContent(normalizeWord(w) ?? ''))) return question;
  return asked;
}

/** "(a) USA (b) China (c) UK", "a) ... b) ...", "A. ... B. ...": a quiz's lettered options, each marker's letter. */
const OPTION_MARKER = /(?<=^|[\s:;,?])(?:\(([a-d])\)|([a-d])[).])\s+(?=\S)/gi;
const MAY_LIST_OPTIONS = /(?:^|[\s:;,?])\(?b[).]\s/i;

/**
 * "The authors are from (a) USA (b) China (c) UK": a quiz's options, read as alternatives ("from USA or China or
 * UK"), so the question is asked of the one the content holds, not declined for the others. Only markers lettered
 * a, b, c ... in order, at least two of them.
 */
function optionsAsAlternatives(question: string): string {
  if (!MAY_LIST_OPTIONS.test(question)) return question;
  const markers = [...question.matchAll(OPTION_MARKER)];
  const letters = markers.map((m) => (m[1] ?? m[2] ?? '').toLowerCase()).join('');
  if (markers.length < 2 || letters !== 'abcd'.slice(0, markers.length)) return question;
  let read = '';
  let from = 0;
  markers.forEach((marker, i) => {
    const before = question.slice(from, marker.index).replace(/[\s,;]+$/, '');
    const joiner = i === 0 ? ' ' : ' or ';
    read += before + joiner;
    from = marker.index + marker[0].length;
  });
  return (read + question.slice(from)).trim();
}

/**
 * "Depression -> bones?", "cortisol → bones, how?": an arrow from one thing to another asks how the first acts on
 * the second, as "how does depression affect bones?" does (read as two keywords, the passage naming both came first,
 * whichever way it runs). A few words each side, nothing else.
 */
const ARROW =
  /^\s*([\p{L}\p{N}'\u2019 -]{1,40}?)\s*(?:-+>|\u2192|\u27F6|=>)\s*([\p{L}\p{N}'\u2019 -]{1,40}?)\s*\?*(?:,?\s*how\s*\?*)?\s*$/u;
const MAY_POINT = /->|\u2192|\u27F6|=>/u;

function arrowAsEffect(question: string): string {
  const m = MAY_POINT.test(question) ? ARROW.exec(question) : null;
  const sides = [m?.[1]?.trim() ?? '', m?.[2]?.trim() ?? ''];
  // Things, not questions: "what does cortisol do -> is it bad?" asks its own two questions.
  const things = sides.every((side) => {
    const words = side.toLowerCase().split(/\s+/);
    return side !== '' && words.length <= 4 && !QUESTION_OPENINGS.has(words[0] ?? '') && words[0] !== 'whats';
  });
  return things ? `how does ${sides[0]} affect ${sides[1]}?` : question;
}

/** "The article calls it revolutionary, WHY?": a statement, then a bare "why" that asks about it. */
const CLOSING_WHY =
  /^\s*(\p{L}[^?]*?)\s*[,;:\u2013\u2014-]+\s*(?:but\s+|so\s+)?(?:why|how\s+come|how\s+so)\s*[?!.]*\s*$/iu;

const MAY_CLOSE_WITH_WHY = /\bwhy\W*$|\bhow\s+(?:come|so)\W*$/i;

/** The statement a closing "why" asks about, as a why-question; undefined when the text opens as a question. */
function closingWhy(text: string): string | undefined {
  const m = CLOSING_WHY.exec(text);
  const statement = m?.[1];
  if (!statement) return undefined;
  const first = statement.split(/\s+/)[0]?.toLowerCase() ?? '';
  return QUESTION_OPENINGS.has(first) ? undefined : `why ${statement}?`;
}

/** Where people hear things: social media, the news, a podcast. */
const MEDIA = String.raw`tiktok|tik\s+tok|twitter|x|reddit|facebook|fb|instagram|insta|youtube|yt|threads|bluesky|social\s+media|the\s+news|news|tv|the\s+telly|a\s+podcast|podcast|a\s+video|a\s+forum|a\s+blog|online|the\s+internet|the\s+radio|radio`;
const MAY_NAME_MEDIA =
  /\b(?:on|in|from)\s+(?:the\s+)?(?:tik|twitter|x|reddit|face|fb|insta|you|yt|threads|bluesky|social|news|tv|telly|a\s+|podcast|online|internet|radio)/i;
/** A verb of hearing, or people, then where: "saw ON TIKTOK", "people ON TWITTER say". */
const HEARD_ON_MEDIA = new RegExp(
  String.raw`\b(saw|seen|heard|read|watched|people|someone|somebody|everyone|everybody|folks|guys|they|it|this|was)\s+(?:on|in|from)\s+(?:the\s+)?(?:${MEDIA})\b(?!-)`,
  'gi',
);

/**
 * A question with its everyday phrasings read as what they ask (see the top of this file). `inContent` says which
 * stems the content has (none by default).
 */
export function rephraseQuestion(question: string, inContent: (stem: string) => boolean = () => false): string {
  // Before the story and preamble readings, which would take the statement for either and leave a bare "why".
  // "I saw ON TIKTOK that ...", "people ON TWITTER say ...": where the asker heard it, no topic of the question.
  const heard = MAY_NAME_MEDIA.test(question) ? question.replace(HEARD_ON_MEDIA, '$1') : question;
  const why = MAY_CLOSE_WITH_WHY.test(heard) ? (closingWhy(heard) ?? heard) : heard;
  const quizzed = optionsAsAlternatives(arrowAsEffect(why))
    .replace(TRUE_OR_FALSE, 'is it true that ')
    .replace(/\btrue or false that\b/i, 'true that');
  const checked = MAY_CHECK_UNDERSTANDING.test(quizzed)
    ? quizzed.replace(UNDERSTANDING_CHECKED, 'is it true that ')
    : quizzed;
  const asking = /\?\s*$/u.test(checked);
  const asked = asking ? verifiedClaim(checked) : checked;
  // "I heard the study was done in America, correct?": with a "?", a claim heard alone is still the claim asked.
  const claimAlone = !asking || (asked === checked && ONE_CLAIM.test(checked) && !WH_INSIDE.test(checked));
  const claimed = claimAlone ? asked.replace(REPORTED_CLAIM, 'is it true that ') : asked;
  const unprefaced = withoutVenting(withoutPreamble(claimed), inContent);
  const mentioned = askedOfMentioned(unprefaced);
  // "My therapist told me to exercise. I'M CURIOUS WHETHER the article backs that up": the question left may open
  // with courtesy of its own.
  const plain = mentioned === unprefaced ? mentioned : withoutPreamble(mentioned);
  const unframed = MAY_ASK_PLAINLY.test(plain) ? plain.replace(PLAIN_ASKING, ' ') : plain;
  const told = MAY_ASK_HOW_TO_TELL.test(unframed)
    ? unframed.replace(HOW_TO_TELL, 'what are the symptoms of ')
    : unframed;
  // Not a story of the asker's people ("my mum has osteoporosis and seems down, is there a connection?").
  const linked =
    MAY_ASK_ANY_LINK.test(told) && !PEOPLE_TOLD.test(told.trim().split(/\s+/)[0] ?? '')
      ? told.replace(ANY_LINK, 'is there a $2 between $1')
      : told;
  const ordered = mayBeInStatementOrder(linked) ? linked.replace(STATEMENT_ORDER, '$1$3 $2$4?') : linked;
  return smallRewrites(ordered, inContent);
}

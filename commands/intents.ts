/**
 * Questions about the article or the bot rather than about what the article says: "what is this article
 * about?", "tl;dr", "what's the source?", "help", "what can you do?". General English, true of any article; /ask
 * routes them to the overview, the citation or the help instead of searching the passages for them.
 */
import { looksNotEnglish } from '../src/search/text/language.js';
import { GREETING_WORDS, THANKS_WORDS, withoutPreamble } from '../src/search/text/question-phrasing.js';
import { OPENING_FILLER } from '../src/search/text/text.js';

export type QuestionIntent =
  | 'overview'
  | 'help'
  | 'source'
  | 'study'
  | 'greeting'
  | 'thanks'
  | 'acknowledgement'
  | 'confusion'
  | 'complaint'
  | 'not-english'
  | 'crisis';

const THE_TEXT = String.raw`(?:this|the|that|your|ur)\s+(?:article|piece|story|paper|post|text|page|study|review|research|link)`;
const IT = `(?:${THE_TEXT}|it)`;
/** Who wrote it, as "they" ("what's the main point THEY make", "what do the authors argue"). */
const THEY = String.raw`(?:they|the\s+authors|the\s+researchers|the\s+scientists|the\s+writers?)`;
/**
 * What they do with a point: "the main point they MAKE". (Not "what do they conclude", "their main claim": the
 * passages that conclude answer those better than the overview.)
 */
const THEY_MAKE = String.raw`(?:\s+${THEY}\s+(?:make|made|are\s+making|argue|put\s+forward|give))?`;
/** How big a summary is asked for: "a good ONE-LINE summary", "THREE key points", "a QUICK recap". */
const SUMMARY_SIZE = String.raw`(?:good|quick|short|brief|simple|basic|rough|general|one[\s-](?:line|sentence|paragraph)|two[\s-](?:line|sentence)|\d+[\s-](?:line|sentence|word)|few|two|three|four|five|2|3|4|5)`;
const OVERVIEW_FORMS = [
  String.raw`what(?:'s|\u2019s|s|\s+is|\s+was)\s+(?:${IT}|this)\s+(?:all\s+)?about`,
  String.raw`what\s+does\s+${IT}\s+say`,
  // "What's a good one-line summary of the findings?", "three key points I could teach from this article".
  String.raw`(?:what(?:'s|\u2019s|s|\s+is|\s+are|\s+would\s+be)\s+)?(?:give\s+me\s+|can\s+i\s+(?:get|have)\s+)?(?:a\s+|the\s+|some\s+)?(?:${SUMMARY_SIZE}\s+)*(?:summary|overview|gist|rundown|recap|short\s+version|main\s+points?|key\s+points?)(?:\s+(?:i|we)\s+(?:could|can|should|might)\s+(?:teach|share|use|remember|take\s+away))?(?:\s+(?:of|for|from)\s+(?:${IT}|the\s+(?:findings|results|research)))?`,
  // "What's the big takeaway?", "bottom line?", "the main idea of the article".
  String.raw`(?:what(?:'s|\u2019s|s|\s+is|\s+are)\s+)?(?:the\s+|a\s+)?(?:(?:big|main|key|overall)\s+)?(?:takeaways?|bottom\s+line|big\s+picture|(?:main|key|central)\s+(?:idea|message|point)s?)(?:\s+(?:of|from|for|in)\s+${IT})?${THEY_MAKE}`,
  // "What's the most surprising idea in the piece?", "the most important finding": what stands out is its gist.
  String.raw`(?:what(?:'s|\u2019s|s|\s+is|\s+are|\s+was)\s+)?(?:the\s+)?(?:(?:single\s+)?most\s+)?(?:surprising|interesting|striking|remarkable|important|notable|noteworthy|significant|unexpected|counterintuitive|fascinating|shocking|exciting)\s+(?:idea|finding|point|claim|thing|result|discovery|insight|message)s?(?:\s+(?:of|from|in)\s+${IT})?`,
  // A student's words: "the main argument of the article", "the thesis of the review", "what does the paper argue".
  String.raw`(?:what(?:'s|\u2019s|s|\s+is|\s+are)\s+)?(?:the\s+|its\s+)?(?:(?:main|central|key|core|overall)\s+(?:argument|thesis|claim|conclusion|finding)s?(?:\s+(?:of|in|from)\s+${IT})?|(?:argument|thesis|conclusion)s?(?:\s+(?:of|in|from)\s+${IT})|thesis)`,
  String.raw`what\s+(?:does|do)\s+${IT}\s+(?:argue|claim|conclude|propose)`,
  // "can u summarise it in one sentence".
  String.raw`(?:(?:can|could)\s+(?:you|u)\s+)?summari[sz]e(?:\s+${IT})?(?:\s+for\s+me)?(?:\s+in\s+(?:one|a|1)\s+(?:sentence|line|paragraph))?(?:\s+for\s+me)?`,
  String.raw`tl\s*;?\s*dr`,
  String.raw`(?:(?:can|could)\s+(?:you|u)\s+)?sum\s+(?:${IT}|this)\s+up`,
  String.raw`(?:(?:can|could)\s+(?:you|u)\s+)?sum\s+up\s+(?:${IT}|this)`,
  // "In one sentence?", "in short", "explain like I'm 5": the overview, as simply as the article allows.
  String.raw`(?:in\s+)?(?:a\s+nutshell|one\s+sentence|a\s+sentence|a\s+few\s+words|short|brief)`,
  String.raw`(?:(?:can|could)\s+(?:you|u)\s+)?(?:explain|eli5|describe)(?:\s+(?:${IT}|this))?(?:\s+to\s+me)?(?:\s+(?:like|as\s+if)\s+i(?:'m|\u2019m|m|\s+am|\s+was)\s+(?:5|five|a\s+kid|a\s+child))?(?:\s+in\s+(?:one|a|1|two|2|three|3|a\s+few)\s+(?:sentences?|lines?|words))?`,
  // "What is this study?", "what's the review": the text itself, which the overview describes.
  String.raw`what(?:'s|\u2019s|s|\s+is|\s+was)\s+${THE_TEXT}`,
];
/** What may close any of these: "summary pls", "tl;dr thanks". */
const POLITE = String.raw`(?:\s+(?:please|pls|plz|thanks|thx|ty))?`;
/** Whom the summary is for: "for my students", "for a class", "for my mum". */
const AUDIENCE = String.raw`(?:(?:my|a|the|our)\s+)?(?:students|pupils|class|kids|children|beginners|laypeople|non[\s-]?experts|family|friends?|mum|mom|dad|parents|gran|nan|grandma|grandpa|readers|audience)`;
/** How short, after any of them: "can you sum it up IN A SENTENCE", "the gist in a few words", "tl;dr for me". */
const BRIEFLY = String.raw`(?:\s+for\s+(?:me|${AUDIENCE}))?(?:\s+in\s+(?:one|a|1|two|2|three|3|a\s+few|simple|plain)\s+(?:sentences?|lines?|words|paragraphs?|terms))?(?:\s+for\s+(?:me|${AUDIENCE}))?`;
const OVERVIEW = new RegExp(`^(?:${OVERVIEW_FORMS.join('|')})${BRIEFLY}${POLITE}$`, 'i');
// "What's the link?" may ask for the article's link or for the link it is about: only "link to it" is the first.
const SOURCE_WORD = '(?:source|sources|citation|reference|references|url|original)';
const THIS = `(?:${IT}|this|that)`;
const OF_IT = String.raw`(?:\s+(?:of|for|to)\s+${THIS})?`;
/** The text, or the study it reports: "this", "the paper", "the source study", "the original research". */
const THE_SOURCE = String.raw`(?:${THIS}|the\s+(?:source|original|underlying)(?:\s+(?:study|research|paper|source))?)`;
/** The kinds of study a text may report: "a new study", "a review", "an actual experiment", "a clinical trial". */
const STUDY_KIND = String.raw`(?:an?\s+)?(?:new\s+|original\s+|actual\s+|real\s+|single\s+)?(?:study|review|literature\s+review|trial|clinical\s+trial|experiment|meta[\s-]?analysis|original\s+research|primary\s+research)`;
const SOURCE_FORMS = [
  String.raw`(?:what(?:'s|\u2019s|s|\s+is|\s+are)\s+)?(?:the\s+|your\s+|ur\s+)?${SOURCE_WORD}${OF_IT}`,
  String.raw`(?:the\s+)?link(?:\s+(?:of|for|to)\s+${THIS})`,
  String.raw`(?:show|give|send|tell)\s+me\s+(?:the\s+|your\s+)?(?:${SOURCE_WORD}|link)${OF_IT}`,
  String.raw`(?:can|could|may)\s+i\s+(?:see|have|get)\s+(?:the\s+|your\s+)?(?:${SOURCE_WORD}|link)${OF_IT}`,
  // "Is there a link to the study?", "got a source?": asks for it, whether or not the content has an address.
  String.raw`(?:is\s+there|do\s+(?:you|u)\s+have|have\s+(?:you|u)\s+got|got|any)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:${SOURCE_WORD}|link)${OF_IT}`,
  // Not "where does it come from?", which in a conversation asks where the thing talked about comes from.
  String.raw`where(?:'s|\u2019s|\s+is|\s+does)\s+(?:${THE_TEXT}|this|that)\s+(?:from|come\s+from)`,
  String.raw`where\s+did\s+you\s+get\s+(?:this|that|it|these\s+answers|your\s+answers)(?:\s+from)?`,
  String.raw`where\s+can\s+i\s+(?:read|find|see)\s+(?:the\s+)?(?:original|(?:full|whole|original)\s+(?:article|paper|study|review|text|thing)|${THE_TEXT}|it)`,
  String.raw`(?:how\s+(?:do|should|can)\s+i\s+)?cite\s+${THIS}`,
  // "What's the title of the article?", "what is the piece called", "which website published this": the citation
  // says them all (not "what's the name?", which may ask for the name of what was talked about).
  String.raw`(?:what(?:'s|\u2019s|s|\s+is|\s+was)\s+)?(?:the\s+|its\s+)?(?:title|headline)${OF_IT}`,
  String.raw`what(?:'s|\u2019s|s|\s+is|\s+was)\s+(?:the\s+name\s+of\s+${THIS}|${THE_TEXT}\s+called)`,
  String.raw`(?:what|which)\s+(?:website|web\s*site|site|publication|outlet|magazine|newspaper|news\s+site)\s+(?:published|posted|ran|is|was)\s+${THIS}(?:\s+(?:from|on|in))?`,
  String.raw`who\s+(?:published|posted|ran)\s+${THIS}`,
];
/**
 * What kind of study it is, which the citation says ("Review, in the journal ..."), with first the passage that
 * tells the study ("In a comprehensive review, ..."): "what kind of study is this?", "is this a new study or a
 * review?", "is it a clinical trial?", "the study design?".
 */
const STUDY_FORMS = [
  String.raw`(?:what|which)\s+(?:kind|type|sort)\s+of\s+(?:study|research|paper|publication|source|review|evidence)(?:\s+design)?\s+(?:is|was)\s+${THE_SOURCE}`,
  String.raw`(?:is|was)\s+${THE_SOURCE}\s+${STUDY_KIND}(?:\s+or\s+${STUDY_KIND})?`,
  String.raw`(?:what(?:'s|\u2019s|s|\s+is|\s+was)\s+)?(?:the\s+)?(?:study|research)\s+(?:design|type|kind)${OF_IT}`,
  // "How was the research done?": how a review is done is what it is.
  String.raw`how\s+(?:was|is)\s+${THE_TEXT}\s+(?:done|conducted|carried\s+out|performed)`,
];
const SOURCE = new RegExp(`^(?:${SOURCE_FORMS.join('|')})${POLITE}$`, 'i');
const STUDY = new RegExp(`^(?:${STUDY_FORMS.join('|')})${POLITE}$`, 'i');
const OVERVIEW_WORDS =
  /about|say|summ|\bsum\b|overview|gist|rundown|recap|version|point|tl|nutshell|takeaway|bottom|picture|idea|message|sentence|words|short|brief|explain|eli5|describ|argu|thesis|claim|conclu|finding|propose|article|paper|piece|study|review|research/i;
const SOURCE_WORDS =
  /source|citation|reference|url|original|link|from|cite|get|read|find|see|title|headline|name|called|publi|posted|ran|kind|type|sort|design|review|trial|experiment|analysis|study|done|conducted|carried|performed/i;
const HELP_FORMS = [
  String.raw`help(?:\s+me)?`,
  'commands',
  String.raw`what\s+(?:commands|can\s+(?:you|u)\s+do|do\s+(?:you|u)\s+do)`,
  String.raw`how\s+do\s+(?:i|you)\s+use\s+(?:you|u|this(?:\s+bot)?|the\s+bot)`,
  String.raw`(?:what|who)\s+are\s+(?:you|u)`,
  // "are you a bot?", "r u an AI", "is this a real person": what answers them.
  String.raw`(?:are|r)\s+(?:you|u)\s+(?:a\s+|an\s+)?(?:bot|ai|robot|human|person|real(?:\s+person)?|chatgpt|gpt)`,
  String.raw`(?:is\s+this|am\s+i\s+talking\s+to)\s+(?:a\s+|an\s+)?(?:bot|ai|robot|human|real\s+person)`,
  String.raw`what(?:'s|\u2019s|s|\s+is)\s+this\s+bot`,
  String.raw`how\s+does\s+this\s+(?:bot\s+)?work`,
  // "What can I ask?", "what should I ask you about": what the bot answers.
  String.raw`what\s+(?:questions\s+)?(?:can|could|should)\s+i\s+ask(?:\s+(?:you|u))?(?:\s+about)?`,
  String.raw`who\s+(?:made|built|created|wrote|programmed)\s+(?:you|u|this\s+bot|the\s+bot)`,
];
const HELP = new RegExp(`^(?:${HELP_FORMS.join('|')})${POLITE}$`, 'i');
/**
 * The cheap tests a message passes before HELP (and CRISIS below) are run on it: each long pattern costs a cold
 * `ask` a millisecond to compile, for a question that cannot match it.
 */
const HELP_LENGTH = 60;
const MAY_ASK_HELP = /\b(?:help|commands?|you|u|bot|ai|robot|human|person|gpt|chatgpt|ask|use|work)\b/i;
const MAY_BE_CRISIS = /kill|suicid|die|dead|harm|hurt|cut|end|life|live|alive|here|exist|wake|reason/i;

/**
 * Someone saying they may harm themselves: first-person words, anywhere in the message ("I feel suicidal", "i want
 * to kill myself", "I don't want to live anymore"). A question about the subject ("does depression raise suicide
 * risk?") is a question like any other. Each form holds a word of MAY_BE_CRISIS, the cheap test run first.
 */
const CRISIS =
  /\b(?:kill(?:ing)?\s+my\s*self|end(?:ing)?\s+my\s+(?:own\s+)?life|take\s+my\s+(?:own\s+)?life|(?:hurt|harm|cut)(?:ting)?\s+my\s*self|i(?:'m|\u2019m|m|\s+am|\s+feel|\s+feel\s+so|\s+have\s+been|\s+was|\s+keep\s+feeling)\s+(?:really\s+|so\s+|very\s+)?suicidal|suicidal\s+thoughts|(?:i|me)\s+(?:just\s+|really\s+)?wan(?:t|na)\s+(?:to\s+)?die|don(?:'|\u2019)?t\s+want\s+to\s+(?:live|be\s+alive|be\s+here|exist|wake\s+up)|better\s+off\s+dead|no\s+reason\s+to\s+live|end\s+it\s+all)\b/i;

/** Someone saying hello, to the bot or to the channel: "hi", "hey bot", "good morning everyone". */
const GREETING = new RegExp(`^${GREETING_WORDS}$`, 'i');
/** Thanks after an answer: "thanks!", "ty bot", "thank you so much". */
const THANKS = new RegExp(`^${THANKS_WORDS}$`, 'i');
/** A nod or praise after an answer: "ok", "yes", "cool", "makes sense", "good bot", "lol", and runs of them ("ok cool"). */
const NOD = String.raw`(?:ok(?:ay)?|k|oh|ah|yes|yeah|yep|yup|sure|alright|all\s+right|fair\s+enough|cool|nice|great|awesome|perfect|neat|interesting|wow|lol|lmao|haha+|got\s+it|makes\s+sense|i\s+see|good\s+(?:bot|answer|job)|that\s+helps|helpful)`;
const ACKNOWLEDGEMENT = new RegExp(`^${NOD}(?:[\\s,!.]+${NOD})*(?:\\s+(?:thanks?|thx|ty|bot))?$`, 'i');

/** Not following an answer: "i don't understand", "wdym", "can you say that in simpler words". */
const CONFUSION =
  /^(?:huh|what|wdym|what\s+do\s+(?:you|u)\s+mean|i(?:'m|\u2019m|m|\s+am)\s+(?:confused|lost)|confused|i\s+(?:don'?t|don\u2019t|do\s+not)\s+(?:understand|get\s+it)|(?:can|could)\s+(?:you|u)\s+(?:say|explain|put)\s+(?:that|it|this)\s+(?:in\s+)?(?:simpler|plainer|easier|other|plain)\s*(?:words|terms|english|language)?|in\s+(?:plain|simple)\s+english)$/i;
/** An answer that missed: "that's wrong", "that's not what I asked", "wrong answer". */
const COMPLAINT =
  /^(?:(?:that(?:'s|\u2019s|s|\s+is)|you(?:'re|\u2019re|re|\s+are))\s+(?:wrong|not\s+(?:it|right|what\s+i\s+(?:asked|meant|wanted)))|wrong(?:\s+answer)?|bad\s+(?:bot|answer)|not\s+(?:helpful|what\s+i\s+(?:asked|meant)|it)|useless|that\s+(?:didn(?:'|\u2019)?t|does\s+not|doesn(?:'|\u2019)?t)\s+(?:help|answer\s+(?:it|my\s+question)))$/i;

const LEADING_FILLER = new RegExp(String.raw`^(?:${OPENING_FILLER}[\s,!]+)+`, 'i');

/** The intent of a question (already cleaned of mentions), or undefined for a question about the content. */
export function questionIntent(question: string): QuestionIntent | undefined {
  const said = question
    .replace(/[\s?!.…]+$/u, '')
    .replace(/^[\s,!.]+/u, '')
    .trim();
  if (MAY_BE_CRISIS.test(said) && CRISIS.test(said)) return 'crisis';
  if (looksNotEnglish(said)) return 'not-english';
  if (GREETING.test(said)) return 'greeting';
  const text = withoutPreamble(said.replace(LEADING_FILLER, ''))
    .replace(/^[\s,]+/u, '')
    .trim();
  if (THANKS.test(text)) return 'thanks';
  if (ACKNOWLEDGEMENT.test(said)) return 'acknowledgement';
  if (CONFUSION.test(text)) return 'confusion';
  if (COMPLAINT.test(text)) return 'complaint';
  if (text.length <= HELP_LENGTH && MAY_ASK_HELP.test(text) && HELP.test(text)) return 'help';
  // The long patterns take milliseconds to compile, which a cold start pays: a question without one of their words
  // never needs them.
  if (OVERVIEW_WORDS.test(text) && OVERVIEW.test(text)) return 'overview';
  if (!SOURCE_WORDS.test(text)) return undefined;
  if (SOURCE.test(text)) return 'source';
  if (STUDY.test(text)) return 'study';
  return undefined;
}

/**
 * Asking what to do in one's own situation, or a relative's: "should I stop my pills?", "what do I do", "is it safe
 * for me to run?", "my doctor wants me on X, is that a good idea?", "should my mum take it?".
 */
const ADVICE =
  /\b(?:should|shall|must)\s+i\b|\bwhat\s+(?:do|can|should)\s+i\s+do\b|\bis\s+it\s+(?:safe|ok(?:ay)?|bad|dangerous)\s+(?:for\s+me|to|if\s+i)\b|\bam\s+i\s+(?:at\s+risk|going\s+to|likely)\b|\bdo\s+i\s+(?:need|have)\s+to\b|\b(?:is|was)\s+(?:it|that|this)\s+a\s+(?:good|bad|smart|wise)\s+idea\b|\bshould\s+(?:she|he|we|my\s+\w+)\b/i;

/** Whether a question asks for advice on the asker's own situation, which quoting an article cannot give. */
export function asksForAdvice(question: string): boolean {
  return ADVICE.test(question);
}

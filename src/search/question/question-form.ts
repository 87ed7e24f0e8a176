/**
 * The form of a question, read from its words: the kind of answer it wants (a person, a place, a time, a number, a
 * measure, a reason) and the words that only frame it ("what ROLE does X PLAY", "can you QUOTE ...", "is it TRUE
 * that ..."). General rules of English questions, true of any article (docs/ranking.md); query.ts weighs the rest.
 */

import { COUNTED_NOT_KINDS } from '../text/asking-rewrites.js';
import { LIKELIHOOD_WORDS } from '../text/question-phrasing.js';
import { mostlyNoun } from '../text/related-words.js';
import { isStopWord, numberName, OPENING_WORDS } from '../text/text.js';
import { THE_TEXT } from './asking-sentence.js';
import { ASKING_VERBS, AUTHOR_NOUNS, BE_OPENINGS, SAYERS, WH_WORDS } from './word-roles.js';

/**
 * The kind of thing the answer is: evidence a sentence can show whatever its words. `measure`: a number with its
 * unit (a length, a duration, an age: "how long", "how old", "what age"); `reason`: a cause or a way ("because",
 * "through", "leading to"), for "why"; `frequency`: how often ("daily", "twice a week", "rarely"), for "how often";
 * `group`: people by what they share ("older patients") or a name, for "who gets X?", "who is at risk?";
 * `quotation`: someone's words in quotation marks, for "what's the quote?", "who is quoted?".
 */
export type AnswerType =
  | 'person'
  | 'group'
  | 'place'
  | 'time'
  | 'number'
  | 'count'
  | 'measure'
  | 'reason'
  | 'frequency'
  | 'quotation'
  | 'expansion';

/** Asked after "how", they want a number: "how many", "how much", "how long", "how old". */
const NUMBER_AFTER_HOW = new Set('many much long old far large big tall high deep wide heavy fast quickly'.split(' '));
/** What "how many" counts that a list of names does not: people in a study, cases, times ("how many PATIENTS"). */
const COUNTED_NOT_LISTED = new Set(['more', ...COUNTED_NOT_KINDS]);
/** Words that only say a count takes in all there are: "in TOTAL", "ALTOGETHER", "the TOTAL number". */
const COUNT_TOTALS = new Set(['total', 'altogether', 'overall', 'combined']);
/** Units of time: "how many YEARS". */
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$/;
/** Asked after "how", they want a number with its unit: "how long", "how old", "how far", "how fast", "how soon". */
const MEASURE_AFTER_HOW = new Set('long old far tall deep wide heavy fast quickly soon'.split(' '));
/** Nouns after "what"/"which" that name the kind of answer: "what year", "which country". */
// No inherited keys (as wordTable in text.ts makes): "what constructor ..." names no kind of answer.
const ANSWER_NOUNS: Record<string, AnswerType> = Object.create(null);
for (const [type, nouns] of [
  [
    'number',
    'percentage percent proportion fraction number amount size population rate ratio score temperature speed distance dose doses dosage prevalence incidence',
  ],
  ['measure', 'age ages lifespan duration length height weight'],
  [
    'time',
    'year years date dates day days month months century centuries decade decades time period era season week hour',
  ],
  [
    'place',
    'city cities country countries state states place places location region continent venue stadium town island river province county nation area hospital hospitals university universities journal journals institution institutions',
  ],
] as const) {
  for (const noun of nouns.split(' ')) ANSWER_NOUNS[noun] = type;
}
/** Nouns that say what is asked about the subject rather than naming it: "what ROLE does X play", "the NAME of X". */
const ASKING_NOUNS = new Set(
  'role roles purpose function source sources basis name names type types kind kinds sort factor factors term terms phrase phrases expression expressions label labels example examples meaning significance importance mechanism mechanisms process processes means method methods way ways avenue avenues group groups tool tools option options approach approaches strategy strategies acronym acronyms abbreviation abbreviations initials difference differences similarity similarities variable variables facet facets feature features aspect aspects attribute attributes tactic tactics characteristic characteristics component components branch branches class classes category categories modality modalities unit units genre genres metaphor metaphors analogy analogies simile similes image imagery adjective adjectives'.split(
    ' ',
  ),
);
/** Nouns for what is known of a thing: "INFO about osteocalcin", "some FACTS on cortisol". */
const INFO_NOUNS = new Set(
  'info information details detail facts fact specifics particulars data knowledge'.split(' '),
);
/** Verbs of what befalls people, whose "who" a group answers. */
const GROUP_VERBS = new Set(
  'get gets got develop develops suffer suffers affected risk benefit benefits need needs experience experiences'.split(
    ' ',
  ),
);
/** Words that ask whether a claim holds: "is it TRUE that ...". */
const TRUTH_WORDS = new Set(['true', 'correct', 'right', 'accurate', 'fair']);
/** Adjectives that judge whether a source can be trusted: "a PROPER journal", "a REPUTABLE study". */
const TRUST_ADJECTIVES = new Set(
  'proper real legit legitimate reputable respectable respected credible trustworthy reliable serious genuine prestigious decent established recognised recognized'.split(
    ' ',
  ),
);
/** What kind of source, between the judging adjective and its noun: "a proper SCIENTIFIC journal". */
const SOURCE_KIND_ADJECTIVES = new Set(['scientific', 'science', 'medical', 'academic', 'research', 'clinical']);
/** Sources a reader may doubt. */
const SOURCE_NOUNS = new Set(
  'journal journals study studies review reviews paper papers research source sources publication publisher outlet magazine science scientists researchers'.split(
    ' ',
  ),
);
/** Adjectives that judge whether something does good or harm, not what it is. */
const JUDGING_ADJECTIVES = new Set(
  'useful helpful beneficial effective worthwhile harmful detrimental useless ineffective'.split(' '),
);
/** Nouns for a thought about something: "the IDEA of the LOR", "the CONCEPT of an axis". */
const IDEA_NOUNS = new Set(['idea', 'concept', 'notion']);
/** "What's a GOOD quote from them?", "a MEMORABLE line": one the asker would like, of those there are. */
const LIKED_MODIFIERS = ['good', 'nice', 'great', 'memorable', 'striking', 'notable'];
/** Head modifiers that only pick one of several: "the MAIN duty", "a KEY factor". */
const SELECTING_MODIFIERS = new Set([
  ...'main key primary principal chief major lead senior'.split(' '),
  ...LIKED_MODIFIERS,
]);
/**
 * "What is NOTABLE about X", "what's INTERESTING about X", "why is X INTERESTING?": what the content says of X,
 * whatever it says; the adjective judges it.
 */
const NOTING_ADJECTIVES = new Set(
  'notable noteworthy interesting special unique remarkable important significant surprising unusual counterintuitive unexpected striking fascinating shocking intriguing'.split(
    ' ',
  ),
);
/** Nouns for a bit of what is said of something: "the most surprising THING about X", "what new POINT about X". */
const NOTED_THINGS = new Set('thing things part parts aspect aspects fact facts point points idea ideas'.split(' '));
/** Participles that frame how something is described: "is it CHARACTERIZED as ...", "REGARDED as". */
const DESCRIBING_PARTICIPLES = new Set(
  'characterized characterised described regarded considered classified categorized categorised viewed seen'.split(' '),
);
/** Asking nouns that name a kind of the noun after "of": "what SORT OF exercise". */
const KIND_NOUNS = new Set('type types kind kinds sort sorts class classes category categories'.split(' '));
/** Nouns closing keywords that ask for the others in some form: "treatments LIST", "authors INFO". */
const CLOSING_ASKING_NOUNS = new Set('list summary names examples info details overview explanation'.split(' '));
/** Adjectives of how much something holds after "how ... is": "how STRONG is the evidence?". */
const HOW_DEGREE = new Set('strong solid good bad convincing reliable robust compelling serious'.split(' '));
/** Nouns that only say "someone": "who are the PEOPLE behind it", "who's the GUY that wrote it". */
const PERSON_NOUNS = new Set(['people', 'person', 'persons', 'guy', 'guys', 'folks', 'one', 'ones']);
/**
 * Nouns for people that "which" or "what" ask for as "who" does: "which PERSONS are making this study?" (not "one":
 * "which one is better?" asks for one of the things named).
 */
const PEOPLE_ASKED = new Set([
  ...[...PERSON_NOUNS].filter((noun) => noun !== 'one' && noun !== 'ones'),
  'individual',
  'individuals',
  // "Which ORGANISATION published it?": who did it, a body rather than a person.
  'organisation',
  'organisations',
  'organization',
  'organizations',
]);
/** Words before the noun of "what/which" that rank or judge rather than name a kind: "what is the BEST exercise". */
const HEAD_MODIFIERS = new Set([
  ...'right best ideal optimal recommended correct proper normal usual typical average exact safest safe main biggest another lead senior'.split(
    ' ',
  ),
  ...LIKED_MODIFIERS,
]);
/** "What is the STATE of X", "the BEHAVIOUR of X when ...": how X stands or acts, asked of X. */
const STATE_NOUNS = new Set(['state', 'status', 'behaviour', 'behavior']);
/** Verbs that ask for a name, not about it: "why is it CALLED an axis?". ("Named" is left out: "named after".) */
const NAMING_VERBS = new Set(['call', 'called', 'calls']);
/** What may stand between "play" and "role" or "part": "play A BIG part", "play ANY role", "make A REAL difference". */
const DETERMINERS_OF_ROLE = new Set('a an any some the big major key much real huge'.split(' '));
/** The verbs that ask whether something is so ("IS my age a factor?"). */
const COPULAS = new Set('is are was were could can might may would'.split(' '));
/** Phrases that only ask whether something matters: a verb, then (past DETERMINERS_OF_ROLE) its noun. */
const FRAMING_PHRASES: ReadonlyArray<readonly [verb: RegExp, noun: RegExp]> = [
  [/^play(?:s|ed|ing)?$/, /^(?:role|roles|part|parts)$/],
  [/^(?:make|makes|made|making)$/, /^(?:difference|differences)$/],
];
/** "Is it TRUE that bones make hormones?": asks whether what follows is so, as "do bones make hormones?" does. */
const CLAIM_FRAMES: ReadonlyArray<readonly string[]> = [
  ['it', 'true', 'that'],
  ['it', 'really', 'true', 'that'],
  // Without "that" too: "is it true THE review was in Nature?".
  ['is', 'it', 'true'],
  ['is', 'it', 'really', 'true'],
  ['it', 'the', 'case', 'that'],
  ['it', 'established', 'that'],
  // A learner's "IS TRUE THAT the brain is not fixed?", without "it".
  ['is', 'true', 'that'],
  // "Is it POSSIBLE (that) the brain can change?", "is it LIKELY that ...": whether it is so, in the content's words.
  ...LIKELIHOOD_WORDS.flatMap((word) => [
    ['is', 'it', word],
    ['it', word, 'that'],
  ]),
  // A sceptic's "PROVE THAT depression affects bones": whether it is so ("prove" met "validate" first).
  ['prove', 'that'],
];
/** The words of a claim's frame that could be topics elsewhere ("true", "case", "established"). */
export const CLAIM_FRAME_WORDS: ReadonlySet<string> = new Set(CLAIM_FRAMES.flat().filter((w) => !isStopWord(w)));
/**
 * Phrases that place the question in time or point at what the asker read rather than say what it is about:
 * "how strong is the evidence SO FAR", "what should doctors do with THIS INFO".
 */
const ASIDE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['so', 'far'],
  ['to', 'date'],
  ['as', 'of', 'now'],
  ['this', 'info'],
  ['this', 'information'],
  ['the', 'info'],
  ['that', 'info'],
  // "Why are older adults SINGLED OUT?", "why focus on them": why them in particular, which is why they are named.
  ['singled', 'out'],
  ['single', 'out'],
  ['singling', 'out'],
  // "LEMME GUESS, the answer is exercise?", "NEXT YOU'LL TELL ME the brain isn't fixed": sarcasm's frames ask nothing.
  ['lemme', 'guess'],
  ['let', 'me', 'guess'],
  ['next', "you'll", 'tell', 'me'],
  ['next', 'youll', 'tell', 'me'],
  ['next', 'you', 'will', 'tell', 'me'],
  // "The strongest claim IN THE PIECE": the article, as "in the article" says it ("article" is a stop word).
  ...['in', 'of', 'from'].flatMap((of) => [
    [of, 'the', 'piece'],
    [of, 'this', 'piece'],
  ]),
  ...CLAIM_FRAMES,
  // "... but first I NEED TO KNOW who wrote it": what the asker wants to know, wherever it stands, asks nothing more.
  ...['need', 'want', 'wanted', 'needed'].map((verb) => [verb, 'to', 'know']),
  // "WITH RESPECT, is it ...": courtesy before a doubt; it asks nothing.
  ['with', 'respect'],
  ['with', 'all', 'due', 'respect'],
  // "Is magnetic therapy ON THE LIST?": whether the text names it among others, as "mentioned" asks.
  ['on', 'the', 'list'],
  ['on', 'that', 'list'],
  ['on', 'their', 'list'],
  // "TO WHAT EXTENT did Fermat confirm ...": how far, asked of what follows.
  ['to', 'what', 'extent'],
  ['to', 'what', 'degree'],
  // "SHOULD I WORRY ABOUT getting depressed?": asks whether it is a risk, not about worry.
  ...['i', 'we', 'she', 'he', 'they'].flatMap((who) => [
    ['should', who, 'worry', 'about'],
    ['should', who, 'be', 'worried', 'about'],
    ['should', who, 'be', 'concerned', 'about'],
  ]),
  ['need', 'to', 'worry', 'about'],
  // "Is inflammation PART OF THE PROBLEM?": asks whether it is involved, as "play a part" does.
  ...'problem picture puzzle story equation issue'.split(' ').map((noun) => ['part', 'of', 'the', noun]),
  // "Explain it SIMPLY", "what is osteocalcin IN PLAIN ENGLISH", "TL;DR of ...": how to say the answer, not what
  // it is about.
  ['simply'],
  ['tl', 'dr'],
  ...['simple', 'simpler', 'plain', 'layman', 'laymans', 'everyday'].flatMap((how) =>
    ['terms', 'words', 'english', 'language'].map((noun) => ['in', how, noun]),
  ),
];
/** Verbs of what a text says: "what does the review SUGGEST", "what did the study FIND". */
const REPORTING_VERBS =
  /^(?:say|says|said|suggest|suggests|suggested|recommend|recommends|recommended|claim|claims|claimed|conclude|concludes|concluded|find|finds|found|show|shows|showed|mention|mentions|mentioned|argue|argues|argued|propose|proposes|proposed|state|states|stated|advise|advises|advised|discuss|discusses|discussed|cover|covers|covered|address|addresses|addressed|talk|talks)$/;
/**
 * Who wrote a text or did its work, named as a group: "the researchers", "the authors", "the team". One list for
 * every reading of them (asked about, quoted, quoting, holding a view).
 */
const AUTHORS = new RegExp(String.raw`^(?:${AUTHOR_NOUNS}|neurologists?)$`);
/** Verbs of what someone wants or holds: "do the researchers WANT trials", "do the authors THINK ...". */
const HOLDING_VERBS = /^(?:want|think|believe|hope|expect|recommend|suggest|propose|say|claim|argue|mean)$/;
/** Verbs of advising others: "what do the researchers THINK doctors should do", "RECOMMEND patients try". */
const ADVISING_VERBS = /^(?:think|believe|recommend|suggest|propose|advise)$/;
/** Parts of the text a question may point at: "which PARAGRAPH talks about exercise", "the PART about genes". */
const TEXT_PARTS = new Set(
  'paragraph paragraphs passage passages sentence sentences section sections part bit line wording quote title'.split(
    ' ',
  ),
);
/** What follows such a part when it points into the text rather than names a topic. */
const POINTING_INTO_TEXT = new Set(
  'about on where that which talks talk talking says say saying mentions mention mentioning discusses explains covers deals mean means'.split(
    ' ',
  ),
);
const PREPOSITION_INTO_TEXT = new Set('about on where that which'.split(' '));
/** Nouns for a facet of something ("a genetic SIDE to this"), when what they are of is only referred to. */
const FACET_NOUNS = new Set(
  'side sides aspect aspects angle angles dimension dimensions element elements component components'.split(' '),
);
const REFERRING = new Set('this it that them these those all'.split(' '));
/** Nouns that name no kind of their own ("which genetic FACTOR"): a compound's head is the word before them. */
const GENERIC_NOUNS = new Set('factor factors thing things aspect aspects feature features part parts'.split(' '));
/** Words before a level that ask for its usual value ("a NORMAL cortisol level"), which only a number gives. */
const NORM_WORDS = new Set('normal usual typical average healthy'.split(' '));
/** Nouns of a quantity measured ("osteocalcin LEVELS", "the normal RANGE"). */
const VALUE_NOUNS = new Set('level levels range ranges value values'.split(' '));
/** General nouns that, after "this" or "these", stand for what the text is about ("these conditions"). */
const REFERRED_NOUNS = new Set(
  'problem problems issue issues trouble troubles condition conditions disease diseases illness illnesses sickness sicknesses ailment ailments disorder disorders thing things stuff topic subject'.split(
    ' ',
  ),
);
/** Nouns that ask for suggestions of a thing: "treatment IDEAS", "TIPS for exercise". */
const SUGGESTION_NOUNS = new Set('idea ideas suggestion suggestions tip tips option options'.split(' '));
const COUNT_NOUNS = new Set(
  'number population percentage percent proportion amount dose doses dosage prevalence incidence'.split(' '),
);
const WHEN_VERBS = new Set(
  'is was are were did do does will would could can should has had have shall might may'.split(' '),
);
const COUNT_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const FILLER = new Set(['is', 'was', 'are', 'were', 'the', 'a', 'an', 's', 'of', 'does', 'do', 'did']);

export interface QuestionForm {
  type: AnswerType | null;
  /** The noun that names the kind of answer ("year" in "what year"), met by such an answer too. */
  frame?: string;
  /** Words that frame the question rather than say what it is about ("role", "play" in "what role does X play"). */
  asking: string[];
  /**
   * The word right after "which" or "what" (past "is the", ...), when it is not an asking word, and the words of a
   * compound it may open ("risk factors", "drug company"): which of them is its noun is decided only when one is
   * missing from the content (rank.ts), so that a cold start needs no part-of-speech table.
   */
  head?: string[];
  /** "How much", "how old" (or "when" in "when will"): what a "not found" reply names as asked. */
  amount?: string;
  /** "How many TREATMENTS": the kind of thing counted, which a list of them counts (not people, cases or times). */
  countedKind?: string;
}

/** "who's", "whos", "what's", "where's": the question word and "is", as the form reads them. */
export function spellOutWh(word: string): string[] {
  const wh = /^(who|what|where|when|why|how)(?:'s|\u2019s|s)$/u.exec(word)?.[1];
  return wh ? [wh, 'is'] : [word];
}

/** Where a question's first word stands, past "ok so" and a request's "can you (please)" or "may I". */
function requestAt(words: readonly string[]): number {
  // "Identify the stress hormone ...", "List the interventions ...": the verb asks, the rest says what about.
  let opening = words.findIndex((w) => !OPENING_WORDS.has(w));
  // "Can you (please) QUOTE the paragraph about cortisol?", "could u list ...": the request is the verb after it.
  // "Can I QUOTE the authors on ...", "may I cite ...": the asker's own request, read the same way.
  if (/^(?:can|could|would|will|may)$/.test(words[opening] ?? '') && /^(?:you|u|i)$/.test(words[opening + 1] ?? '')) {
    opening += words[opening + 2] === 'please' ? 3 : 2;
  }
  return opening;
}

/**
 * Whether the word at `i` names whoever wrote the text, holding what is asked, so no topic of it (else "Research has
 * shown" answers before the passage on trials): "WHY do the researchers WANT trials?", "DO the authors WANT more
 * trials?", "is it true that the authors want ...?", and "WHAT do the researchers THINK DOCTORS should do?" (advising
 * others). Not "what do the researchers want next?", which is about them (a follow-up's "they" stands for them), nor
 * "what do the authors think OF drugs?", their view of a thing.
 */
function authorsHoldWhatIsAsked(words: readonly string[], i: number): boolean {
  if (!AUTHORS.test(words[i] ?? '')) return false;
  const auxiliary = words[i - 1] === 'the' ? i - 2 : i - 1;
  const doOpened = /^(?:do|does|did)$/.test(words[auxiliary] ?? '');
  const claimed = words[auxiliary] === 'that' && words.slice(0, auxiliary).join(' ') === 'is it true';
  const held = claimed || (doOpened && (words[auxiliary - 1] === 'why' || auxiliary === 0));
  if (held && HOLDING_VERBS.test(words[i + 1] ?? '')) return true;
  const advised = words[i + 2];
  return (
    doOpened &&
    words[auxiliary - 1] === 'what' &&
    ADVISING_VERBS.test(words[i + 1] ?? '') &&
    advised !== undefined &&
    !isStopWord(advised) &&
    words.length > i + 3
  );
}

/** The words that frame a question whatever its question word: a request's verb, asides, pointers into the text. */
function framingWords(words: readonly string[], opening: number): string[] {
  const asking: string[] = [];
  if (ASKING_VERBS.has(words[opening] ?? '')) asking.push(words[opening] as string);
  // "2 HORMONES from bone, names?": a count opening keywords says how many the asker knows of, as "what are the 2
  // hormones" does; the content need not count them ("a two-way street" is no answer).
  if (COUNT_WORD.test(words[opening] ?? '') && /^[a-z]{3,}s$/.test(words[opening + 1] ?? '')) {
    asking.push(words[opening] as string);
  }
  // "Does inflammation PLAY A PART?", "do genes play any role", "does exercise MAKE A DIFFERENCE": the phrase only
  // asks whether it matters.
  words.forEach((word, i) => {
    const nouns = FRAMING_PHRASES.find(([verb]) => verb.test(word))?.[1];
    if (!nouns) return;
    let role = i + 1;
    while (role <= i + 2 && DETERMINERS_OF_ROLE.has(words[role] ?? '')) role++;
    if (nouns.test(words[role] ?? '')) asking.push(...words.slice(i, role + 1));
  });
  // "Is my age A FACTOR?", "is stress a RISK FACTOR for this?": a yes/no question that only asks whether it matters.
  // "Are there any GENETIC RISK FACTORS?", "any genetic factors?": the words before say what kind, the noun nothing.
  words.forEach((word, i) => {
    if (!/^factors?$/.test(word)) return;
    const risk = words[i - 1] === 'risk' ? 1 : 0;
    let kind = i - 1 - risk;
    while (kind > i - 4 - risk && kind >= opening && !isStopWord(words[kind] ?? '')) kind--;
    const thereAre = words[kind] === 'there' && COPULAS.has(words[kind - 1] ?? '');
    // With words between, only a determiner that asks whether there are any ("the impact factor" names one).
    const determined =
      kind === i - 1 - risk
        ? DETERMINERS_OF_ROLE.has(words[kind] ?? '') && words.slice(opening, i).some((w) => COPULAS.has(w))
        : /^(?:a|an|any|some)$/.test(words[kind] ?? '') || thereAre;
    if (determined) asking.push(...words.slice(i - risk, i + 1));
  });
  // "Was it published in a PROPER scientific journal?", "is this a REPUTABLE study?": whether the source can be
  // trusted, which the content answers by naming it; the judging adjective is no topic it must say.
  words.forEach((word, i) => {
    if (!TRUST_ADJECTIVES.has(word)) return;
    const noun = SOURCE_KIND_ADJECTIVES.has(words[i + 1] ?? '') ? words[i + 2] : words[i + 1];
    if (SOURCE_NOUNS.has(noun ?? '')) asking.push(word);
  });
  for (const phrase of ASIDE_PHRASES) {
    words.forEach((_, i) => {
      if (phrase.every((w, k) => words[i + k] === w)) asking.push(...phrase);
    });
  }
  // "Is there a ROLE for tailored training?", "any PLACE for drugs?": whether the thing does something, in any words.
  words.forEach((word, i) => {
    const offered = /^(?:a|an|any|some)$/.test(words[i - 1] ?? '') && /^(?:for|in)$/.test(words[i + 1] ?? '');
    if (offered && /^(?:role|place|part|use)$/.test(word) && !asking.includes(word)) asking.push(word);
  });
  // "Which PARAGRAPH talks about exercise?", "quote the PART about genes": where in the text, not what about. So is
  // "which paragraph is osteopontin IN?", the part a thing is in.
  words.forEach((word, i) => {
    const next = words[i + 1] ?? '';
    const partHolding = /^(?:which|what)$/.test(words[i - 1] ?? '') && words.at(-1) === 'in' && i < words.length - 2;
    if (TEXT_PARTS.has(word) && partHolding) asking.push(word);
    if (!TEXT_PARTS.has(word) || !POINTING_INTO_TEXT.has(next)) return;
    asking.push(word);
    // The verb of saying that follows is the text's, not the topic's.
    if (!PREPOSITION_INTO_TEXT.has(next)) asking.push(next);
  });
  // "What does THE REVIEW SUGGEST clinicians do?": the text itself, saying what is asked, is no topic of it (else
  // the passage that calls it "a comprehensive review" and says "findings suggest" answers).
  words.forEach((word, i) => {
    const named = /^(?:the|this|that|their|its)$/.test(words[i - 1] ?? '');
    if (named && THE_TEXT.has(word) && REPORTING_VERBS.test(words[i + 1] ?? ''))
      asking.push(word, words[i + 1] as string);
  });
  // "Give me INFO about osteocalcin", "3 FACTS on cortisol": what is known of the thing after it, in any words.
  words.forEach((word, i) => {
    if (INFO_NOUNS.has(word) && /^(?:about|on|regarding|concerning|of)$/.test(words[i + 1] ?? '')) asking.push(word);
  });
  // "The patients IT TALKS about", "the drugs THEY MENTION": a relative clause naming what the text says, after a
  // noun; not after a verb or an auxiliary ("does it talk about", "what do they suggest").
  words.forEach((word, i) => {
    const before = words[i - 1] ?? '';
    const afterNoun = before !== '' && !isStopWord(before) && mostlyNoun(before);
    if (/^(?:it|they)$/.test(word) && afterNoun && REPORTING_VERBS.test(words[i + 1] ?? ''))
      asking.push(words[i + 1] as string);
  });
  // "Why do (the) RESEARCHERS WANT trials?": whoever wrote it, holding what is asked, is no topic of it either.
  words.forEach((word, i) => {
    if (authorsHoldWhatIsAsked(words, i)) asking.push(word);
  });
  // "What does THE WORD axis mean?", "the term 'neuromodulation'": the word named is asked about, not "word" (unless a
  // word is what is asked for: "what WORD is the word pharmacy taken from?").
  words.forEach((word, i) => {
    if (/^(?:word|term|phrase|expression)$/.test(word) && words[i - 1] === 'the' && words.indexOf(word) === i) {
      if (i + 1 < words.length && !isStopWord(words[i + 1] as string)) asking.push(word);
    }
  });
  // "Is it (not) TRUE that only the brain affects the bones?": the claim after "that" is what is asked.
  words.forEach((word, i) => {
    const it = words[i - 1] === 'not' ? i - 2 : i - 1;
    // "Is it ACCURATE TO SAY bones are organs?" asks the same.
    const says = words[i + 1] === 'to' && words[i + 2] === 'say';
    if (!TRUTH_WORDS.has(word) || (words[i + 1] !== 'that' && !says) || !/^(?:it|this)$/.test(words[it] ?? '')) return;
    asking.push(word);
    if (says) asking.push('say');
  });
  // "Is exercise USEFUL for this?", "how BENEFICIAL is it?": whether it does good is asked of what the content says
  // it does, in whatever words ("potentially alleviating"). ("Safe" is not among them: safety is a topic of its own.)
  for (const word of words) if (JUDGING_ADJECTIVES.has(word)) asking.push(word);
  words.forEach((word, i) => {
    const next = words[i + 1] ?? '';
    // "What is NOTABLE about the Amazon forest?"; closing the question, "why is osteopontin INTERESTING?", "what
    // makes it SPECIAL?".
    const noted = (next === 'about' && /^(?:is|was|are|were|s)$/.test(words[i - 1] ?? '')) || i === words.length - 1;
    // "The most SURPRISING THING about bones", "what COUNTERINTUITIVE POINT does it make about bones": the same, with
    // a noun that only names a bit of what is said.
    const notedThing = NOTED_THINGS.has(next) && words.indexOf('about', i + 2) > i;
    if (NOTING_ADJECTIVES.has(word) && (noted || notedThing)) asking.push(word, ...(notedThing ? [next] : []));
    // "..., is that POSSIBLE?", "is it LIKELY?": closing, whether what was said can be so, in whatever words.
    const pointedAt = /^(?:that|this|it)$/.test(words[i - 1] ?? '') && BE_OPENINGS.has(words[i - 2] ?? '');
    if (i === words.length - 1 && pointedAt && LIKELIHOOD_WORDS.includes(word)) asking.push(word);
    // "How do the two directions DIFFER?", "how do they COMPARE?": closing, how the things named stand apart.
    if (i === words.length - 1 && /^(?:differ|differs|compare|compares|contrast|vary|varies)$/.test(word)) {
      asking.push(word);
    }
    // "Is a problem instance typically CHARACTERIZED as abstract or concrete?"
    // "How is the bidirectionality CHARACTERISED?": closing the question, how it is described, in any words.
    const closing = i === words.length - 1 && BE_OPENINGS.has(words[opening + 1] ?? '');
    if (
      DESCRIBING_PARTICIPLES.has(word) &&
      (next === 'as' || closing || (next === 'by' && /^characteri[sz]ed$/.test(word)))
    ) {
      asking.push(word);
    }
  });
  // "What are the 3 treatments?": how many the question knows there are, which the content need not say again.
  // (Digits only: "the two-way street", "The Four Doctors" name things.)
  // So is a count before what is asked for: "3 FACTS about osteocalcin", "two EXAMPLES".
  words.forEach((word, i) => {
    const counted =
      /^(?:the|these|those|all|its|their)$/.test(words[i - 1] ?? '') || asking.includes(words[i + 1] ?? '');
    if (numberName(word) && counted) asking.push(word);
  });
  // "What are the treatment IDEAS?", "any IDEAS for treatment?": what is asked for is the treatment, not an idea.
  words.forEach((word, i) => {
    if (!SUGGESTION_NOUNS.has(word)) return;
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    // "ANY tips", "some ideas": asking for suggestions, whatever they are of.
    if (/^(?:for|on|about)$/.test(after) || /^(?:any|some)$/.test(before) || (before !== '' && !isStopWord(before))) {
      asking.push(word);
    }
  });
  // "Is there a genetic SIDE to this?", "what's the emotional ASPECT of it?": the facet frames what is asked about.
  words.forEach((word, i) => {
    const next = words[i + 1] ?? '';
    // "Came around to the IDEA OF the LOR": the idea of a thing is the thing.
    if (IDEA_NOUNS.has(word) && next === 'of' && words[i - 1] === 'the') asking.push(word);
    // "Did some ASPECTS OF the tapes lose ...": a facet of anything frames it as well.
    // "Is there a genetic ANGLE?": closing the question after what says which facet.
    const closing = i === words.length - 1 && i > 0 && !isStopWord(words[i - 1] ?? '');
    if (
      FACET_NOUNS.has(word) &&
      ((next === 'of' && /s$/.test(word)) || (/^(?:to|of)$/.test(next) && REFERRING.has(words[i + 2] ?? '')) || closing)
    ) {
      asking.push(word);
    }
  });
  // "Do old people have more of THESE PROBLEMS?", "who is affected by these two CONDITIONS?": a general noun that
  // points back to what the text is about names no topic of its own.
  words.forEach((word, i) => {
    if (!REFERRED_NOUNS.has(word)) return;
    const counted = COUNT_WORD.test(words[i - 1] ?? '') || words[i - 1] === 'both';
    // "Help with BOTH problems": the two the text is about, as "these problems" are.
    if (/^(?:this|these|that|those)$/.test(words[counted ? i - 2 : i - 1] ?? '') || words[i - 1] === 'both') {
      asking.push(word);
    }
    // "Bone PROBLEMS", "mood ISSUES", "the osteocalcin CLAIM" are bones, mood, osteocalcin: the noun before says what
    // they are about.
    else if (/^(?:problems?|issues?|troubles?|claims?)$/.test(word) && i > 0 && !isStopWord(words[i - 1] ?? '')) {
      asking.push(word);
    }
  });
  // "In acute depressive EPISODES", "manic episodes": a spell of the state the adjective before names, no topic of
  // its own (not a show's "first episode", "the anniversary episode").
  words.forEach((word, i) => {
    if (/^(?:episodes?|bouts?|spells?)$/.test(word) && /^[a-z]{3,}(?:ive|ic)$/.test(words[i - 1] ?? '')) {
      asking.push(word);
    }
  });
  // "Treatments LIST", "authors INFO": in keywords, a closing noun that asks for the others in some form.
  const last = words.at(-1) ?? '';
  if (words.length >= 2 && CLOSING_ASKING_NOUNS.has(last) && !isStopWord(words.at(-2) ?? '')) asking.push(last);
  return asking;
}

/**
 * Reads the form of a question from its words (folded, in order): what kind of answer it wants and which
 * words only frame it. General rules of English questions, true whatever the content.
 */
export function questionForm(typed: readonly string[]): QuestionForm {
  const words = typed.flatMap(spellOutWh);
  let at = words.findIndex((w) => WH_WORDS.has(w));
  const opening = requestAt(words);
  const asking = framingWords(words, opening);
  // "GIVE the recommended dose of vitamin D", "LIST the side effects": an instruction asks for what follows, as
  // "what is" does, and is read so (the kind of answer its noun names).
  const instructs = at < 0 && ASKING_VERBS.has(words[opening] ?? '');
  const quoting = quotationAsked(words, opening);
  if (quoting) {
    // "Quote them DIRECTLY", "the EXACT words": how the quotation is wanted, no topic of its own.
    const manner = words.filter((w) => QUOTE_MANNER.has(w));
    return { type: 'quotation', frame: quoting, asking: [...asking, ...speakersAsked(words), ...manner] };
  }
  // "The researchers' names pls", "what are the authors' names?", "names of the team": who they are.
  const naming = words.find((w, i) => NAMES.has(w) && namesPeople(words, i));
  if (naming) return { type: 'person', asking: [...asking, naming] };
  if (at < 0 && !instructs) return { type: null, asking };
  if (instructs) at = opening;
  // "Why is it CALLED an axis?", "what is the hormone CALLED?": naming frames the question, whatever the name.
  for (const word of words) if (NAMING_VERBS.has(word)) asking.push(word);
  // "What does LEM STAND for?", "what is the AFC SHORT for?": what the letters stand for is their meaning.
  const stand = words.findIndex((w, i) => /^(?:stands?|stood|short)$/.test(w) && words[i + 1] === 'for');
  if (stand >= 0) asking.push(words[stand] as string);
  const expands = stand >= 0 || words.some((w) => /^(?:acronym|abbreviation)s?$/.test(w));
  // "What does the bone-brain axis MEAN?": asks what it is, not for a passage that says "this means".
  if (words[at] === 'what' && /^(?:does|do|did)$/.test(words[at + 1] ?? '') && words.at(-1) === 'mean') {
    asking.push('mean');
  }
  const wh = instructs ? 'what' : (words[at] as string);
  // The noun that follows "what"/"which" (after "is the", "was the"...).
  let n = at + 1;
  // Past a count: "what are the TWO factors", "what are 3 examples".
  // Past whom an instruction is for too: "give ME an example", "tell us the main point".
  const filler = (word: string) => FILLER.has(word) || COUNT_WORD.test(word) || (instructs && /^(?:me|us)$/.test(word));
  while (n < words.length && n <= at + 3 && filler(words[n] as string)) {
    // "Name ONE way ...", "list three treatments": how many are wanted, no word a passage must say ("One key player").
    if (instructs && COUNT_WORD.test(words[n] as string)) asking.push(words[n] as string);
    n++;
  }
  // "What is the RIGHT dose", "the BEST exercise": the kind asked for is the noun after such a word.
  if (HEAD_MODIFIERS.has(words[n] ?? '') && n + 1 < words.length) {
    // "What is a MAIN duty of ...": which of several, said in any words; "best" and "normal" still rank or measure.
    if (SELECTING_MODIFIERS.has(words[n] as string)) asking.push(words[n] as string);
    n++;
  }
  const noun = words[n];
  if ((wh === 'what' || wh === 'which') && noun && ASKING_NOUNS.has(noun)) {
    asking.push(noun);
    if (noun === 'role' || noun === 'roles') asking.push('play', 'plays', 'played');
  }
  // "What indigenous GROUP in the Amazon", "which main FACTORS are there": such a noun closing the phrase after a
  // word that says which frames it as well.
  const second = words[n + 1];
  // ("Which age GROUP GETS both?": a verb of what befalls people closes it too.)
  const closes = n + 2 >= words.length || isStopWord(words[n + 2] as string) || GROUP_VERBS.has(words[n + 2] ?? '');
  if (
    (wh === 'what' || wh === 'which') &&
    noun &&
    second &&
    ASKING_NOUNS.has(second) &&
    closes &&
    !asking.includes(second)
  ) {
    asking.push(second);
  }
  // "Who are the PEOPLE that wrote it?": a person is what "who" asks for already.
  if (wh === 'who' && noun && PERSON_NOUNS.has(noun)) asking.push(noun);
  // "Which PERSONS are behind the study?", "what people wrote it?": asks "who", the noun says nothing more.
  // (Right after it only: in "what did PEOPLE think", the people are the subject of the verb.)
  const asksWho = (wh === 'what' || wh === 'which') && n === at + 1 && noun !== undefined && PEOPLE_ASKED.has(noun);
  if (asksWho) asking.push(noun);
  // "What is the STATE of osteocalcin in depression?": how it stands, not a place (or how it acts: "behaviour").
  const stateOf = noun !== undefined && STATE_NOUNS.has(noun) && words[n + 1] === 'of';
  if (stateOf) asking.push(noun);
  // "How STRONG is the evidence?", "how good is it?": how much the content says it holds, in whatever words.
  if (wh === 'how' && HOW_DEGREE.has(words[at + 1] ?? '') && BE_OPENINGS.has(words[at + 2] ?? '')) {
    asking.push(words[at + 1] as string);
  }
  const form = typedForm(
    asksWho || peopleAsked(words, opening) ? 'who' : wh,
    words,
    at,
    stateOf ? undefined : noun,
    asking,
  );
  // "How many authors are there IN TOTAL / ALTOGETHER?", "the TOTAL number of X": all of them, as any count is.
  if (form.type === 'count') asking.push(...words.filter((w) => COUNT_TOTALS.has(w)));
  const result = expands ? { ...form, type: 'expansion' as const } : form;
  if ((wh !== 'what' && wh !== 'which') || !noun) return result;
  // "What KINDS OF drugs might they develop?": the kind asked for is the noun after "of".
  if (ASKING_NOUNS.has(noun)) {
    const after = words[n + 2];
    if (!KIND_NOUNS.has(noun) || words[n + 1] !== 'of' || !after || isStopWord(after)) return result;
    n += 2;
    // "What types of European GROUPS": a closing asking noun frames it, as in "what European groups".
    const closing = words[n + 1] ?? '';
    if (ASKING_NOUNS.has(closing) && (n + 2 >= words.length || isStopWord(words[n + 2] as string))) {
      asking.push(closing);
    }
  }
  let end = n + 1;
  // Not a side of a choice after it: "which journal, NATURE or Biomolecules?" asks for a journal.
  while (
    end < words.length &&
    end <= n + 2 &&
    !isStopWord(words[end] as string) &&
    !GENERIC_NOUNS.has(words[end] as string) &&
    words[end + 1] !== 'or'
  )
    end++;
  const head = words.slice(n, end);
  // "What is a normal osteocalcin level?": a number, as "how much" asks; the word "levels" alone does not answer it.
  const norm = [words[n - 1] ?? '', head[0] ?? ''].find((w) => NORM_WORDS.has(w));
  if (norm && VALUE_NOUNS.has(head.at(-1) ?? ''))
    return { ...result, type: 'count', amount: `${norm} ${head.at(-1)}`, head };
  return { ...result, head };
}

const NAMES = new Set(['name', 'names']);
const AUTHOR_WORD = new RegExp(String.raw`^(?:${AUTHOR_NOUNS})(?:'s?)?$`);
/** Whether the name at `at` is that of the people who did the work: "the AUTHORS names", "names OF THE RESEARCHERS". */
function namesPeople(words: readonly string[], at: number): boolean {
  if (AUTHOR_WORD.test(words[at - 1] ?? '')) return true;
  const of = words[at + 1] === 'of' ? at + 2 : -1;
  const after = /^(?:the|these|those|their|its|all)$/.test(words[of] ?? '') ? of + 1 : of;
  return of > 0 && AUTHOR_WORD.test(words[after] ?? '');
}

/**
 * "Tell me about the researchers", "describe the authors", "what about the team?": asks who they are, as "who are the
 * researchers?" does, not for any passage that names them doing something ("the researchers suggest ...").
 */
function peopleAsked(words: readonly string[], opening: number): boolean {
  return PEOPLE_TOPIC.test(words.slice(Math.max(0, opening)).join(' '));
}
const PEOPLE_TOPIC = new RegExp(
  String.raw`^(?:tell (?:me|us) (?:more )?about|describe|(?:what|how) about|more about) (?:the |these |those |their )?(?:${AUTHOR_NOUNS})$`,
);

/**
 * The word that asks for a quotation, if one does: a quote as a thing ("what's THE QUOTE", "any QUOTES from Li") or
 * someone "QUOTED" ("who is quoted?"), or the verb with only the people it quotes ("can I quote the researchers
 * directly?"). Not a request to quote something they said ("quote the bit about exercise", "can I quote the
 * authors on exercise"), which asks for passages in any words (docs/ranking.md).
 */
function quotationAsked(words: readonly string[], opening: number): string | undefined {
  return words.find((word, i) => {
    // "What's a GOOD quote", "the best quotes": past a word that picks one.
    const picked = SELECTING_MODIFIERS.has(words[i - 1] ?? '') || HEAD_MODIFIERS.has(words[i - 1] ?? '');
    const before = words[i - (picked ? 2 : 1)] ?? '';
    if (QUOTE_NOUNS.has(word) && i !== opening && QUOTE_DETERMINERS.has(before)) return true;
    // "Who is quoted?", "is anyone quoted?", "who does the article quote?"; "who are the scientists quoted?".
    if (word === 'quoted') {
      const closingWho = i === words.length - 1 && words.slice(0, i).some((w) => w === 'who' || w === 'whom');
      return closingWho || words.slice(Math.max(0, i - 3), i).some((w) => BEING.test(w));
    }
    if (QUOTE_NOUNS.has(word) && words.slice(0, i).some((w) => w === 'who' || w === 'whom')) return true;
    // "Can I quote THE RESEARCHERS (directly)?", "quote the authors": their own words, when nothing else is asked.
    return word === 'quote' && QUOTING_THEM.test(words.slice(i + 1).join(' '));
  });
}
/** Words saying how a quotation is wanted ("directly", "the exact words"), no topic of their own. */
const QUOTE_MANNER = new Set(['directly', 'exactly', 'verbatim', 'exact', 'direct']);
/**
 * Whom a request to quote names, and nothing else: "the researchers", "the authors directly", "li"; anyone ("does the
 * article quote anyone?").
 */
const QUOTING_THEM = new RegExp(
  String.raw`^(?:(?:the |their |its |any )?(?:${AUTHOR_NOUNS}|neurologists?|li)|anyone|anybody|someone|somebody)(?: (?:directly|exactly|verbatim|word for word))?$|^(?:them|him|her)(?: \S+){0,3}$`,
);
/**
 * "A quote FROM THE RESEARCHERS", "quotes by the authors", "quote the researchers", "the SCIENTISTS quoted": whoever
 * wrote or did the work, which any quotation in the article is by; a name ("from Li") still says whose.
 */
function speakersAsked(words: readonly string[]): string[] {
  return words.filter((w, i) => {
    const by = /^(?:the|its|their|any)$/.test(words[i - 1] ?? '') ? i - 2 : i - 1;
    const quotedAfter = words[i + 1] === 'quoted';
    return SAYERS.test(w) && (words[by] === 'from' || words[by] === 'by' || words[by] === 'quote' || quotedAfter);
  });
}
const BEING = /^(?:is|are|was|were|being|been|get|gets|got)$/;
const QUOTE_NOUNS = new Set(['quote', 'quotes', 'quotation', 'quotations']);
const QUOTE_DETERMINERS = new Set(
  'the a an any some their his her its this that these those direct exact actual main key one no'.split(' '),
);

/** Verbs that only say where something is: "where are they BASED", "where is it LOCATED". */
const PLACED_VERBS = new Set(['based', 'located', 'situated', 'headquartered']);

/** The kind of answer the wh-word and the words after it ask for. */
function typedForm(
  wh: string,
  words: readonly string[],
  at: number,
  noun: string | undefined,
  asking: string[],
): QuestionForm {
  const after = words[at + 1] ?? '';
  const amount = `how ${after}`;
  // "How many YEARS until ...", "how many hours a night": a span of time, as "how long" asks; not a count of things.
  if (wh === 'how' && after === 'many' && TIME_UNITS.test(words[at + 2] ?? '')) {
    return { type: 'measure', asking, amount: `${amount} ${words[at + 2]}` };
  }
  if (wh === 'how' && after === 'many' && words[at + 2] && !COUNTED_NOT_LISTED.has(words[at + 2] as string)) {
    return { type: 'count', asking, amount, countedKind: words[at + 2] as string };
  }
  if (wh === 'how' && (after === 'many' || after === 'much')) return { type: 'count', asking, amount };
  if (wh === 'how' && MEASURE_AFTER_HOW.has(after)) return { type: 'measure', asking, amount };
  if (wh === 'how' && (after === 'often' || after === 'frequently')) return { type: 'frequency', asking, amount };
  if (wh === 'how' && NUMBER_AFTER_HOW.has(after)) return { type: 'number', asking, amount };
  if ((wh === 'what' || wh === 'which') && noun && ANSWER_NOUNS[noun]) {
    const type = ANSWER_NOUNS[noun] as AnswerType;
    // "What is the number / population / percentage of X" wants a number as much as "how many" does; any year
    // answers "what year", but not any number "what population".
    if (type === 'number') {
      // "Which population", "what population is vulnerable": one of the groups named, not how many ("what is the
      // population of ...").
      if (wh === 'which' || (/^populations?$/.test(noun) && words[at + 1] === noun)) return { type: null, asking };
      return { type: COUNT_NOUNS.has(noun) ? 'count' : type, asking };
    }
    // "What AGE GROUP is most affected?": a group of people by age ("older adults"), not a measure.
    const next = words[words.indexOf(noun, at) + 1] ?? '';
    if (type === 'measure' && /^(?:groups?|brackets?|categor(?:y|ies)|cohorts?|people)$/.test(next))
      return { type: null, frame: noun, asking };
    return { type, frame: noun, asking };
  }
  // "When" asks for a time when it opens the question ("when did", "when was") or closes it, not in a clause
  // ("when a cell divides, ...").
  const opens = words.slice(0, at).every((w) => /^(?:so|and|but|since|until|till|from)$/.test(w));
  if (wh === 'when' && ((opens && WHEN_VERBS.has(after)) || at === words.length - 1)) {
    // "When WILL the trials start?": a time to come, which a passage on the trials may not give.
    return opens && /^(?:will|would)$/.test(after) ? { type: 'time', asking, amount: wh } : { type: 'time', asking };
  }
  // "Who GETS osteoporosis?", "who is most AFFECTED?": a group of people ("older patients") answers as well as a name.
  if (wh === 'who' && words.slice(at + 1, at + 4).some((w) => GROUP_VERBS.has(w))) {
    return { type: 'group', asking };
  }
  if (wh === 'who' || wh === 'whom' || wh === 'whose') return { type: 'person', asking };
  // "Where are the authors BASED?", "where is it LOCATED?": the place asked for, in any words.
  if (wh === 'where') return { type: 'place', asking: [...asking, ...words.filter((w) => PLACED_VERBS.has(w))] };
  if (wh === 'why') return { type: 'reason', asking };
  return { type: null, asking };
}

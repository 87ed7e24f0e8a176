/**
 * Where the words that decide what a question asks stand, read from its folded words: whether it is a yes/no
 * question, its tag alternative, the subject of "how does X", the verb it turns on, a closing time or place, the two
 * sides of a choice. General English, true of any article; missing-focus.ts declines a question on them.
 */

import { mayBeNoun, mayBeVerb, mostlyNotNoun, mostlyNoun } from '../text/related-words.js';
import { isStopWord } from '../text/text.js';

export interface WordRoles {
  /** A yes/no question ("does X cure Y?", "can X cause Y"): it opens with an auxiliary verb. */
  polar: boolean;
  /**
   * A yes/no question that opens with "do" or a modal ("DOES cortisol affect sleep?", "CAN exercise cure it?"): it
   * claims what its verb does to its object; one that opens with "is" or "has" ("is there proof that works?") need not.
   */
  claim?: boolean;
  /**
   * A yes/no question that opens with a form of "be" and no "there" ("ARE the drugs safe?", "IS it contagious?"): it
   * asks whether its subject is what an adjective says.
   */
  describes?: boolean;
  /**
   * Where a yes/no question's tag alternative starts ("... weaken your bones, OR is that a myth?", "or not", "or
   * just a theory"), when it has one: the words after it doubt the question rather than say what it asks.
   */
  tagAt?: number;
  /** Where the subject of a "how/why does X ...?" question stands ("how does ALCOHOL affect bones?"). */
  subjectAt?: number;
  /**
   * Where the verb a question turns on stands: of "how do you X ...?" (the way asked about: "how do you MEASURE
   * osteocalcin?"), or the participle of a yes/no question in the passive ("can osteoporosis be REVERSED?").
   */
  verbAt?: number;
  /**
   * Where the noun of a closing "at/in/during/as (a) X" stands: when, where or as whom the asker means ("... AT
   * NIGHT?", "... AS A KID?").
   */
  settingAt?: number;
  /**
   * Where a yes/no question's closing "from/in/by/at X" starts ("are the authors FROM America?", "was it published
   * IN Nature?"): the preposition and where it stands; the content may name another X there.
   */
  source?: { at: number; preposition: string };
  /**
   * Where the closing condition of a yes/no question starts ("... weaker WHEN you sleep badly?", "... IF you drink
   * coffee?"): the word after its conjunction.
   */
  conditionAt?: number;
  /**
   * Where the verb of a yes/no claim made of "it", "this" or "that" stands ("does this AFFECT older people more?"):
   * the pronoun is its subject, so the verb is no subject a passage must name.
   */
  pronounClaimVerbAt?: number;
  /**
   * "Does the blood-brain barrier BLOCK most drugs?": the claimed verb, a word English may use as a verb right before
   * a determiner ("most", "the", "any"), which no noun of a compound stands before.
   */
  claimVerbAt?: number;
  /**
   * Where the one verb of effect stands ("does bone health AFFECT the brain?"), when the question has exactly one:
   * what stands before it acts on what stands after it.
   */
  effectAt?: number;
  /** That verb is a passive with "by" ("is the brain affected BY bones?"): what follows acts, the other way round. */
  effectPassive?: boolean;
  /** Where the adjective of "is it ADJ to ...?" stands ("is it SAFE to exercise with osteoporosis?"). */
  judgedAt?: number;
  /**
   * Where the sides of an alternative stand: the words either side of its "or" ("are MEN or WOMEN more likely ...?"),
   * and each further side after another "or" ("NATURE or BIOMOLECULES or CELL").
   */
  choiceAt?: readonly number[];
  /** A choice that asks which side ranks higher ("which is MORE common, dementia or depression?"). */
  ranksChoice?: boolean;
  /** A comparison with "than" ("is exercise BETTER THAN drugs?"): it ranks its two sides as a choice does. */
  comparesThan?: boolean;
  /** The comparative says what for ("which is WORSE FOR bones, X or Y?"): it ranks the sides' effect on a thing. */
  comparedFor?: boolean;
  /**
   * Where the thing "is there a X ...?" asks for stands ("is there a blood TEST for it?", "are there any PILLS?"): the
   * last noun of the words right after "there".
   */
  existsAt?: number;
  /** Where the two things of "between X and Y" stand ("the link between OSTEOPOROSIS and DEMENTIA"): their last words. */
  betweenAt?: [number, number];
  /**
   * Where the condition that picks a group of people starts ("what does it mean for people with ARTHRITIS?", "those
   * suffering from LUPUS"): the word after "with", "who have", "suffering from".
   */
  groupConditionAt?: number;
}

/** The words a wh-question asks with. */
export const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'when', 'how', 'why']);

/** Verbs an instruction opens with to ask for what follows: "identify", "list", "name", "describe". */
export const ASKING_VERBS: ReadonlySet<string> = new Set(
  'identify name list describe state give outline summarize summarise mention tell show find explain define quote cite copy paste compare contrast distinguish differentiate'.split(
    ' ',
  ),
);

/** Words that rank one thing over another. */
const COMPARATIVES = new Set(
  'more less fewer most least better worse higher lower greater bigger smaller likelier commoner rarer'.split(' '),
);

/** Verbs that report a claim made after them ("does that MEAN it causes depression?"). */
const REPORTED_CLAIM_VERBS = new Set('mean imply suggest prove show indicate say'.split(' '));

/** The auxiliary verbs a yes/no question opens with. */
export const POLAR_OPENINGS = new Set(
  'does do did is are was were can could will would should has have had may might'.split(' '),
);

/** The forms of "be" a question opens with, or says what something is with ("the authors WERE American"). */
export const BE_OPENINGS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/** The openings of a yes/no question that claims what its verb does: "do" and the modals, not "be" or "have". */
const CLAIM_OPENINGS = new Set([...POLAR_OPENINGS].filter((w) => !BE_OPENINGS.has(w) && !/^ha[sdv]e?$/.test(w)));

/** Determiners and quantifiers that open the object of a claimed verb: "block MOST drugs", "cause THE loss". */
const CLAIMED_OF = new Set(
  'the a an most all any some many much every your my our their his her its these those'.split(' '),
);

/** The people who did the work, as a question names them: "the RESEARCHERS", "the AUTHORS". */
export const AUTHOR_NOUNS = String.raw`researchers?|authors?|scientists?|experts?|writers?|team`;
/** The text and its authors, whose verbs say rather than claim ("do the authors ADMIT ..."), and who are quoted. */
export const SAYERS = new RegExp(String.raw`^(?:${AUTHOR_NOUNS}|article|study|review|paper|text|piece)$`);

/** Whether the word after `at` carries on a compound: a noun, not a stop word ("bone SPECIALISTS", not "exercise ACTUALLY"). */
function isNounAfter(folded: readonly string[], at: number): boolean {
  const next = folded[at + 1];
  return next !== undefined && !isStopWord(next) && mostlyNoun(next);
}

/** Words that set two things against each other: "X VS Y". */
const VERSUS = new Set(['vs', 'versus']);

/** Verbs that say one thing acts on another. */
const EFFECT_VERB =
  /^(?:affects?|affected|affecting|impacts?|impacted|influences?|influenced|hurts?|harms?|harmed|damages?|damaged|changes?|changed|weakens?|weakened|worsens?|worsened)$/;

/** The roles of a question's words; `start` is where the question starts, after the words it opens with ("yo", "ok so"). */
export function wordRoles(folded: readonly string[], start: number): WordRoles {
  const polar = POLAR_OPENINGS.has(folded[start] ?? '');
  // "Can you LIST ...", "can I QUOTE the authors on ...": a request, which claims nothing of its subject.
  const requestAt = start + (folded[start + 2] === 'please' ? 3 : 2);
  const request = /^(?:you|u|i)$/.test(folded[start + 1] ?? '') && ASKING_VERBS.has(folded[requestAt] ?? '');
  const claim = polar && !request && CLAIM_OPENINGS.has(folded[start] ?? '');
  const describes = BE_OPENINGS.has(folded[start] ?? '') && folded[start + 1] !== 'there';
  const tagAt = polar ? tagAlternative(folded) : undefined;
  let subjectAt = polar ? undefined : whSubject(folded, start);
  let verbAt: number | undefined;
  if (subjectAt !== undefined && PERSONAL.has(folded[subjectAt] ?? '')) {
    verbAt = subjectAt + 1;
    subjectAt = undefined;
  }
  // "What SURPRISED the researchers?": "what" is the subject, the verb after it what is asked. (Not "who": "who
  // REGISTERED the most sacks?" names a deed the content may say in other words, and asks for the doer.)
  if (
    subjectAt === undefined &&
    verbAt === undefined &&
    folded[start] === 'what' &&
    /^[a-z]{3,}ed$/.test(folded[start + 1] ?? '') &&
    /^(?:the|a|an|this|these|their|them|him|her|you|us|people)$/.test(folded[start + 2] ?? '')
  ) {
    verbAt = start + 1;
  }
  // "Can osteoporosis be REVERSED?", "how is osteoporosis DIAGNOSED?": the passive participle is what is asked.
  const be = folded.indexOf('be', 1);
  if (polar && be > 0 && tagAt === undefined) verbAt = be + 1;
  const last = folded.length - 1;
  if (subjectAt !== undefined && PASSIVE_AUXILIARIES.has(folded[start + 1] ?? '')) {
    // Closing the question, or right after the subject and before a phrase that says where or how ("how is
    // osteocalcin MEASURED in the blood?"; not "how was Temüjin kept IMPRISONED by ...", a state, not the way).
    if (/(?:ed|en)$/.test(folded[last] ?? '')) verbAt = last;
    else {
      const participle = folded.findIndex(
        (w, i) =>
          (i === subjectAt + 1 || (i === subjectAt + 2 && mostlyNoun(folded[subjectAt + 1] ?? ''))) &&
          /(?:ed|en)$/.test(w) &&
          PARTICIPLE_PHRASES.has(folded[i + 1] ?? ''),
      );
      if (participle > 0) verbAt = participle;
    }
  }
  const effects = folded.flatMap((w, i) => (EFFECT_VERB.test(w) ? [i] : []));
  const effectAt = effects.length === 1 ? effects[0] : undefined;
  const effectPassive = effectAt !== undefined && folded[effectAt + 1] === 'by';
  const settingAt = closingSetting(folded);
  // "SSRIs VS exercise for bone health?": a versus sets two things against each other, a choice that ranks them.
  const or = folded.findIndex((w, i) => i > 0 && (w === 'or' || VERSUS.has(w)));
  const versus = or > 0 && VERSUS.has(folded[or] as string);
  // "a hormone or A protein": the other side is the word after such a filler.
  let other = or + 1;
  while (CHOICE_FILLERS.has(folded[other] ?? '')) other++;
  // "Neurologists or bone SPECIALISTS": a compound's last noun is what that side names. Not after a side that is
  // not a noun: "OLD or YOUNG people" sets two words that qualify one noun against each other.
  const firstSideNoun = or > 0 && !mostlyNotNoun(folded[or - 1] as string);
  while (firstSideNoun && isNounAfter(folded, other)) other++;
  const choiceAt = or > 0 && or !== tagAt ? [or - 1, ...furtherSides(folded, other)] : undefined;
  // Not "is the brain MORE LIKE a machine or ...?", which asks what it resembles.
  const ranksChoice =
    choiceAt !== undefined && (versus || folded.some((w, i) => COMPARATIVES.has(w) && folded[i + 1] !== 'like'));
  const comparesThan = folded.some((w, i) => COMPARATIVES.has(w) && folded[i + 1] === 'than');
  const comparedFor = folded.some((w, i) => COMPARATIVES.has(w) && folded.indexOf('for', i + 1) > i);
  const betweenAt = betweenPair(folded);
  // "Is it SAFE to exercise ...?": what is asked of doing something is the adjective.
  const judgedAt =
    BE_OPENINGS.has(folded[start] ?? '') &&
    /^(?:it|this|that)$/.test(folded[start + 1] ?? '') &&
    folded[start + 3] === 'to'
      ? start + 2
      : undefined;
  const conditionAt = polar ? closingCondition(folded, start) : undefined;
  const existsAt = BE_OPENINGS.has(folded[start] ?? '') ? existenceAsked(folded, start) : undefined;
  // "Why did they publish IN NATURE?" takes the same place for granted as "did they publish in Nature?" asks.
  const source = polar || folded[start] === 'why' ? closingSource(folded) : undefined;
  const groupConditionAt = groupCondition(folded);
  const claimVerbAt = claim
    ? folded.findIndex(
        (w, i) =>
          // The word lists first, WordNet last: it may read the rarer words' list.
          i > start + 2 &&
          CLAIMED_OF.has(folded[i + 1] ?? '') &&
          !isStopWord(w) &&
          // Not what the text or its authors do ("do the authors ADMIT any limitations?"): that is a way of saying.
          !SAYERS.test(folded[i - 1] ?? '') &&
          mayBeVerb(w),
      )
    : -1;
  // Not "does that MEAN ...", "does this SUGGEST ...": what they report is the claim, read as before.
  const pronounClaimVerbAt =
    claim && /^(?:it|this|that)$/.test(folded[start + 1] ?? '') && !REPORTED_CLAIM_VERBS.has(folded[start + 2] ?? '')
      ? start + 2
      : undefined;
  return {
    polar,
    ...(claim ? { claim } : {}),
    ...(describes ? { describes } : {}),
    ...(tagAt ? { tagAt } : {}),
    ...(subjectAt ? { subjectAt } : {}),
    ...(verbAt ? { verbAt } : {}),
    ...(choiceAt ? { choiceAt } : {}),
    ...(ranksChoice ? { ranksChoice } : {}),
    ...(comparesThan ? { comparesThan } : {}),
    ...(comparedFor ? { comparedFor } : {}),
    ...(settingAt ? { settingAt } : {}),
    ...(betweenAt ? { betweenAt } : {}),
    ...(judgedAt ? { judgedAt } : {}),
    ...(effectAt !== undefined ? { effectAt } : {}),
    ...(effectPassive ? { effectPassive } : {}),
    ...(pronounClaimVerbAt ? { pronounClaimVerbAt } : {}),
    ...(claimVerbAt > 0 ? { claimVerbAt } : {}),
    ...(conditionAt ? { conditionAt } : {}),
    ...(existsAt ? { existsAt } : {}),
    ...(source ? { source } : {}),
    ...(groupConditionAt ? { groupConditionAt } : {}),
  };
}

/**
 * Nouns for people in general, which a condition ("people WITH ...", "those who have ...") or an adjective ("YOUNG
 * people", "PREGNANT women") narrows to a group.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  'people person persons someone somebody anyone anybody those patient patients individual individuals adult adults woman women man men kids children folks ones sufferers'.split(
    ' ',
  ),
);
/** What links people to their condition: "with", "who have", "suffering from", "living with", "on" a drug. */
const HOLDING =
  /^(?:with|on|taking|who (?:have|has|had|get|suffer from|live with|take|are on)|that (?:have|has)|suffering from|living with) /;

/** The position of the condition's first word after "people with", "those who have" (past "a", "the"). */
function groupCondition(words: readonly string[]): number | undefined {
  for (let i = 0; i < words.length - 2; i++) {
    if (!PEOPLE_NOUNS.has(words[i] as string)) continue;
    const link = HOLDING.exec(`${words.slice(i + 1, i + 4).join(' ')} `);
    if (!link) continue;
    let at = i + 1 + link[0].trim().split(' ').length;
    while (DETERMINERS.has(words[at] ?? '')) at++;
    if (at < words.length) return at;
  }
  return undefined;
}

const SOURCE_PREPOSITIONS = new Set(['from', 'in', 'by', 'at']);

/**
 * The closing "from/in/by/at" that one to three words end the question after ("from the US", "in Nature"); or a
 * copula before a closing word of nationality, which says where from ("were the authors AMERICAN?", "is it
 * Japanese research": "from" another place answers it).
 */
function closingSource(words: readonly string[]): WordRoles['source'] {
  for (let at = words.length - 2; at >= Math.max(1, words.length - 4); at--) {
    const preposition = words[at] ?? '';
    if (SOURCE_PREPOSITIONS.has(preposition)) return { at, preposition };
  }
  const copula = words.length - 2;
  const nationality = /^[a-z]{3,}(?:an|ese|ish)$/.test(words.at(-1) ?? '');
  return nationality && BE_OPENINGS.has(words[copula] ?? '') ? { at: copula, preposition: 'from' } : undefined;
}

/** "Is there a", "are there any": what may stand between "there" and the thing asked for. */
const EXISTENCE_FILLERS = new Set(['a', 'an', 'any', 'some', 'such', 'really', 'actually', 'even', 'already']);

/** The last noun of "is/are there (a/any) X ...", when such a noun follows. */
function existenceAsked(words: readonly string[], start: number): number | undefined {
  if (words[start + 1] !== 'there') return undefined;
  let at = start + 2;
  while (EXISTENCE_FILLERS.has(words[at] ?? '')) at++;
  // After "a" or "any", a word English mostly uses as a verb is a noun ("a TEST").
  // Not "is there ONE?", which points back at what the question before it named.
  if (isStopWord(words[at] ?? '') || words[at] === 'one' || !mayBeNoun(words[at] ?? '')) return undefined;
  // "a blood TESTS for it": a second word that may be a noun carries the compound on, unless a word of its own
  // follows ("evidence EXERCISE works": the subject of a clause); no further ("evidence exercise WORKS").
  const next = words[at + 1] ?? '';
  const compound =
    !isStopWord(next) && (isNounAfter(words, at) || (mayBeNoun(next) && isStopWord(words[at + 2] ?? 'a')));
  return compound ? at + 1 : at;
}

/** Words between "or" and the other side of a choice ("or a protein", "or simply the"); "or just" is a tag. */
const CHOICE_FILLERS = new Set(['simply', 'merely', 'only', 'purely', 'really', 'actually', 'a', 'an', 'the']);

const CONDITIONS = new Set(['when', 'whenever', 'if', 'while']);

/** The word after the last "when/if/while" of a question, past its opening words, when a clause follows it. */
function closingCondition(words: readonly string[], start: number): number | undefined {
  for (let i = words.length - 2; i > start + 1; i--) if (CONDITIONS.has(words[i] as string)) return i + 1;
  return undefined;
}

const SUBJECT_WH = new Set(['how', 'why']);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were']);
/** What may follow a passive participle in its clause: "measured IN the blood", "treated WITH drugs". */
const PARTICIPLE_PHRASES = new Set(['in', 'at', 'with', 'by', 'during', 'for', 'from', 'on', 'using', 'through']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** "How do YOU ...", "how can I ...": the asker or anyone, so the verb after it says what is asked. */
const PERSONAL = new Set('you i we one someone people'.split(' '));

/**
 * The subject's position in "how does X ...", "why can the X ...": after the wh-word, an auxiliary, a determiner. After
 * an instruction the question is indirect, with no auxiliary: "explain how X affects ...", "tell me why the X ...".
 */
function whSubject(words: readonly string[], start: number): number | undefined {
  let wh = start;
  if (ASKING_VERBS.has(words[wh] ?? '')) wh += /^(?:me|us)$/.test(words[wh + 1] ?? '') ? 2 : 1;
  if (!SUBJECT_WH.has(words[wh] ?? '')) return undefined;
  const auxiliary = POLAR_OPENINGS.has(words[wh + 1] ?? '');
  let at = wh + (auxiliary ? 2 : 1);
  while (DETERMINERS.has(words[at] ?? '')) at++;
  // Before a verb of effect, a subject: "how SLEEP affects bones?" opens as "explain how ..." goes on.
  const acts = EFFECT_VERB.test(words[at + 1] ?? '');
  if (!auxiliary && wh === start && !acts) return undefined;
  // "Explain how MUCH ...", "describe how LONG ...": a degree asked, no subject (but "explain how SLEEP affects ...").
  if (!auxiliary && (isStopWord(words[at] ?? '') || (mostlyNotNoun(words[at] ?? '') && !acts))) return undefined;
  return at < words.length - 1 ? at : undefined;
}

const SETTING_PREPOSITIONS = new Set(['at', 'in', 'during', 'as']);
/**
 * Closing phrases that place the question in time or in general, not at a time or place: "in the past", "at all",
 * "at a minimum", "in euros" (the unit of the answer).
 */
const GENERAL_SETTINGS = new Set(
  'all past future present moment meantime end beginning start first last time times general fact case total short long world life day today practice theory minimum maximum dollars euros pounds yen yuan rupees'.split(
    ' ',
  ),
);

/** "Between X and Y": the positions of X's and Y's last words ("between bone LOSS and DEMENTIA"). */
function betweenPair(words: readonly string[]): [number, number] | undefined {
  const between = words.indexOf('between');
  const and = words.indexOf('and', between + 2);
  if (between < 0 || and < 0) return undefined;
  let end = and + 1;
  while (end + 1 < words.length && !/^(?:in|for|of|on|at|during|with|among|\W+)$/.test(words[end + 1] as string)) end++;
  return [and - 1, end];
}

/** Whether a word closes a phrase that places a question in time or in general ("in the PAST", "at ALL"). */
export function placesInGeneral(word: string): boolean {
  return GENERAL_SETTINGS.has(word);
}

/** The side of an alternative at `side`, and each one after it joined by another "or" ("X or Y OR Z"). */
function furtherSides(words: readonly string[], side: number): number[] {
  const sides = [side];
  for (let at = side; words[at + 1] === 'or' && words[at + 2] !== undefined; at += 2) sides.push(at + 2);
  return sides;
}

/** The last word's position when a preposition of time or place, and perhaps a determiner, comes before it. */
function closingSetting(words: readonly string[]): number | undefined {
  const last = words.length - 1;
  let before = last - 1;
  if (DETERMINERS.has(words[before] ?? '')) before--;
  if (GENERAL_SETTINGS.has(words[last] ?? '')) return undefined;
  return before > 0 && SETTING_PREPOSITIONS.has(words[before] ?? '') ? last : undefined;
}

/** A tag alternative after "or": "or not", "or just a theory", "or is that a myth", "or am I wrong". */
const TAG_VERBS = new Set('is isnt was are arent am'.split(' '));
const TAG_SUBJECTS = new Set('that it this i they'.split(' '));

function tagAlternative(words: readonly string[]): number | undefined {
  for (let i = 2; i < words.length - 1; i++) {
    if (words[i] !== 'or') continue;
    const next = words[i + 1] as string;
    if (next === 'not' || next === 'just') return i;
    if (TAG_VERBS.has(next) && TAG_SUBJECTS.has(words[i + 2] ?? '')) return i;
  }
  return undefined;
}

/**
 * The word a question turns on, when the content never mentions it: then the content can answer neither yes nor no,
 * however well the question's other words match ("does osteocalcin cure DIABETES?"), and the reply names it. Each
 * rule is general English, true of any article (docs/ranking.md lists them with examples). The rules of any question
 * are here; those of wh-questions and of yes/no questions have their own files.
 */

import { lastWord } from '../question/concept-words.js';
import { type AnalyzedQuestion, outsideQuestion } from '../question/query.js';
import { PEOPLE_NOUNS } from '../question/word-roles.js';
import { commonestPart, mayBeNoun, mostlyNotNoun, mostlyNoun } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import {
  type ConceptAt,
  conceptAtOf,
  firstConcept,
  isVerbIng,
  lastConcept,
  missingNoun,
  withNext,
} from './focus-words.js';
import { missingInWh } from './missing-in-wh.js';
import { missingInYesNo } from './missing-in-yes-no.js';
import type { WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/** The missing word (or phrase: "hair loss", "men or women") the question turns on; undefined when there is none. */
export function missingFocus(
  analyzed: AnalyzedQuestion,
  all: readonly WeightedConcept[],
  options: RankingOptions,
): string | undefined {
  // After a story, the question is what it turns on: "my dad is 80 ... is there a connection?" is not about "80".
  // Unless it points back at the story: "I take calcium. Do THESE help my mood?" turns on calcium.
  // An aside after the question is no part of it either ("what does osteopontin do? the name SOUNDS made up").
  const concepts = all.filter((c) => !outsideQuestion(analyzed, c.concept.position));
  const at = conceptAtOf(concepts);
  // "Are they neurologists or psychiatrists?": the content that says one side answers the choice; the other side
  // is no missing focus.
  const choice = analyzed.choiceAt?.map(at);
  const chosen = choice?.some((c) => c?.inContent) ? concepts.filter((c) => !choice.includes(c)) : concepts;
  const atChosen = conceptAtOf(chosen);
  return (
    missingRanking(concepts, at) ??
    missingComparison(analyzed, concepts) ??
    missingCounted(analyzed, concepts, at, options) ??
    missingKeyword(analyzed, concepts, at, options) ??
    missingChoice(analyzed, at) ??
    missingRankedSide(analyzed, concepts, at, options) ??
    missingGroup(analyzed, chosen, atChosen, options) ??
    missingBetween(analyzed, at, options) ??
    missingName(concepts) ??
    missingSetting(analyzed, at) ??
    missingCondition(analyzed, concepts) ??
    missingThing(analyzed, at, options) ??
    missingStartOrStop(concepts, at) ??
    missingPurchase(concepts) ??
    (analyzed.polar
      ? missingInYesNo(analyzed, chosen, atChosen, options)
      : missingInWh(analyzed, chosen, atChosen, options))
  );
}

/** Verbs of starting or stopping something, as a treatment. */
const START_OR_STOP = /^(?:stop|stopping|quit|quitting|start|starting|discontinue|discontinuing|cease)$/i;

/**
 * "Should I stop taking my meds?", "can I quit my antidepressants?", "when should I start taking it?": whether to start
 * or stop something is advice the content gives only if it says so (the verb itself, or a word WordNet relates to
 * it); the treatment it names otherwise ("drugs targeting ...") answers nothing of it. "Quit" and "discontinue"
 * always; "stop" and "start" before an "-ing" ("stop TAKING"), as "can exercise stop bone loss?" asks what it does.
 */
function missingStartOrStop(concepts: readonly WeightedConcept[], at: ConceptAt): string | undefined {
  const verb = concepts.find((c) => START_OR_STOP.test(c.concept.word) && !c.inContent && !c.concept.related);
  if (!verb) return undefined;
  const next = at(verb.concept.position + 1);
  return /^(?:quit|discontinu)/i.test(verb.concept.word) || (next && isVerbIng(next)) ? withNext(verb, at) : undefined;
}

/** Verbs of buying. */
const BUYING = /^(?:buy|buys|buying|bought|purchase|purchases|purchasing|purchased)$/i;

/**
 * "Where can I BUY the medicine?", "can you purchase it yet?": where or whether to buy something is what the content
 * says only if it speaks of buying; a passage naming places or drugs answers nothing of it.
 */
function missingPurchase(concepts: readonly WeightedConcept[]): string | undefined {
  return concepts.find((c) => BUYING.test(c.concept.word) && !c.inContent && !c.concept.related)?.concept.word;
}

/** Words that ask the content to rank what it names, which it can do only if it says so itself. */
const RANKING_WORDS = new Set('best worst safest healthiest optimal ideal'.split(' '));

/** "What is the BEST treatment for depression?": a ranking the content never makes. */
function missingRanking(concepts: readonly WeightedConcept[], at: ConceptAt): string | undefined {
  const ranking = concepts.find((c) => RANKING_WORDS.has(foldCase(c.concept.word)) && !c.inContent);
  return ranking && withNext(ranking, at);
}

/** Adjectives that pick a group of people by age, sex or state ("YOUNG people", "PREGNANT women"). */
const GROUP_QUALIFIERS = new Set(
  'young younger teenage adolescent pregnant male female elderly middle-aged postmenopausal menopausal'.split(' '),
);
/** A nationality, written with its capital ("are JAPANESE patients more at risk?"). */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ese|an|ish|ch|i)$/u;
/** Nouns that name a group of people by age or sex ("MEN", "CHILDREN"). */
const GROUP_NOUNS = new Set('men women children kids teenagers teens boys girls babies infants'.split(' '));

/**
 * "What triggers depression in YOUNG people?", "does it affect PREGNANT women?", "do MEN get it too?", "are JAPANESE
 * patients more at risk?": a group the content never names, though it names people ("older patients"): its
 * passages about people do not say it of that group. Only the word itself counts: WordNet relates "young" to "new",
 * which says nothing of age.
 */
function missingGroup(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  // "What does it mean for people with ARTHRITIS?": a group picked by a condition the content never names (its first
  // two words: "people with a family HISTORY").
  const from = analyzed.groupConditionAt;
  if (from !== undefined) {
    const condition = [at(from), at(from + 1)].find(
      (c) => c !== undefined && !c.concept.related && missingNoun(c, options),
    );
    if (condition) return withNext(condition, at);
  }
  // "Do MEN get it too?": a group named by a noun of its own, however common the word.
  // "Can MY KIDS inherit it?": the asker's own people (query.ts reads them as asking words) are no group asked about.
  // Not the kind of answer asked for ("what two WOMEN defied the pharaoh?"), which the content names otherwise.
  const group = concepts.find(
    (c) => GROUP_NOUNS.has(foldCase(c.concept.word)) && !c.inContent && !c.concept.asking && !c.concept.head,
  );
  if (group) return group.concept.word;
  const qualifier = concepts.find((c) => {
    const next = at(c.concept.position + 1);
    return (
      (GROUP_QUALIFIERS.has(foldCase(c.concept.word)) || NATIONALITY.test(c.concept.word)) &&
      !c.inContent &&
      next !== undefined &&
      PEOPLE_NOUNS.has(foldCase(next.concept.word))
    );
  });
  return qualifier && withNext(qualifier, at);
}

/** Comparatives that rank one thing over another. */
const COMPARING_WORDS = new Set('better worse safer healthier preferable superior inferior'.split(' '));

/**
 * "Is exercise or medication BETTER?", "which is safer, X or Y?": a choice asks the content to rank its sides, which
 * it can do only if it says the comparative; so does "is exercise BETTER THAN drugs?". ("Do you feel better with
 * exercise?" is no choice: left to the rest.)
 */
function missingComparison(analyzed: AnalyzedQuestion, concepts: readonly WeightedConcept[]): string | undefined {
  if (!analyzed.choiceAt && !analyzed.comparesThan) return undefined;
  // A content synonym of the comparative ("worse": exacerbating) makes a thing worse; it ranks two things only when
  // the question says what for ("which is worse FOR bones, stress or inflammation?" is met by both named as causes).
  const comparing = concepts.find(
    (c) => COMPARING_WORDS.has(foldCase(c.concept.word)) && (!c.inContent || (c.best < 1 && !analyzed.comparedFor)),
  );
  return comparing?.concept.word;
}

/**
 * "How many HOURS of sleep help bones?", "how much CALCIUM ...": what is counted, right after "how many/much", when
 * the content never names it, cannot be counted from it.
 */
function missingCounted(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  if (analyzed.amount !== 'how many' && analyzed.amount !== 'how much') return undefined;
  const counted = firstConcept(concepts.filter((c) => !c.concept.asking));
  return counted && !counted.concept.related && missingNoun(counted, options) ? withNext(counted, at) : undefined;
}

/** Nouns that ask for something of the others in keywords: "journal NAME", "treatment EXAMPLES". */
const ASKING_KEYWORDS = new Set('name names example examples list summary info details type types kind'.split(' '));

/**
 * "cortisol SLEEP", "hormone REPLACEMENT therapy": a question in keywords, as typed in a search box (two to four
 * words, no question word or verb, next to each other), asks about each one; a noun the content never mentions
 * (nor anything related) is what it lacks.
 */
function missingKeyword(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  if (
    !analyzed.keywords ||
    analyzed.polar ||
    analyzed.verbAt !== undefined ||
    analyzed.betweenAt ||
    analyzed.choiceAt
  ) {
    return undefined;
  }
  if (concepts.length < 2 || concepts.length > 4 || concepts.some((c) => c.concept.asking)) return undefined;
  const positions = concepts.map((c) => c.concept.position);
  const first = Math.min(...positions);
  // Keywords from the start (past an "ok so"), with at most one "and" or "of" between them; or two ("osteocalcin AND
  // THE heart?", "osteocalcin good FOR THE heart?"), when what is missing is a noun first (not "old people more sick?").
  const gaps = Math.max(...positions) - first + 1 - concepts.length;
  if (first > 2 || gaps > 2) return undefined;
  const noun = gaps > 1 ? mostlyNoun : mayBeNoun;
  const missing = concepts.filter((c) => {
    const word = foldCase(c.concept.word);
    return (
      !c.inContent &&
      !c.concept.related &&
      (c.concept.salience ?? 1) >= options.keywordSalience &&
      noun(lastWord(word)) &&
      !ASKING_KEYWORDS.has(word) &&
      !/\d/.test(word)
    );
  });
  const last = lastConcept(missing);
  return last && withNext(last, at);
}

/** "Are MEN or WOMEN more likely to get osteoporosis?": the content can pick neither when it names neither. */
function missingChoice(analyzed: AnalyzedQuestion, at: ConceptAt): string | undefined {
  const choice = analyzed.choiceAt?.map(at);
  const neither = choice?.every(
    (c) => c && !c.inContent && !c.concept.asking && !mostlyNotNoun(foldCase(c.concept.word)),
  );
  return neither ? choice?.map((c) => c?.concept.word).join(' or ') : undefined;
}

/**
 * "Which is more common in the elderly, DEMENTIA or depression?": a choice that ranks its sides, one of which the
 * content never names, cannot be ranked from it, though it speaks of the other side.
 */
function missingRankedSide(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  at: ConceptAt,
  options: RankingOptions,
): string | undefined {
  if (!analyzed.ranksChoice) return undefined;
  const sides = analyzed.choiceAt?.map(at);
  // Not a side that only qualifies ("more common in OLDER or YOUNGER people?"): a content that says one of two such
  // words has ranked them.
  const side = sides?.find(
    (c) => c && !c.concept.related && commonestPart(foldCase(c.concept.word)) !== 'a' && missingNoun(c, options),
  );
  if (side) return side.concept.word;
  // "Which is more DANGEROUS, osteoporosis or depression?": the quality it ranks two things on, when the content
  // never says it, can rank neither (the word itself: "severity" says nothing of which is more dangerous). Not "more
  // or less likely", whose sides are the comparatives.
  if (!sides?.every((c) => c !== undefined)) return undefined;
  const quality = concepts.find(
    (c) =>
      !sides.includes(c) &&
      !c.inContent &&
      !c.concept.asking &&
      commonestPart(foldCase(c.concept.word)) === 'a' &&
      (c.concept.salience ?? 1) >= options.keywordSalience,
  );
  return quality?.concept.word;
}

/** "What is the link between osteoporosis and DEMENTIA?": a link with something the content never names. */
function missingBetween(analyzed: AnalyzedQuestion, at: ConceptAt, options: RankingOptions): string | undefined {
  const missing = analyzed.betweenAt?.map(at).find((c) => c && !c.concept.related && missingNoun(c, options));
  return missing?.concept.word;
}

/** Verbs that give a thing a name. */
const NAMING = /^(?:called|named|termed|dubbed|labelled|labeled)$/i;

/**
 * "Why is osteoporosis called a SILENT disease?": a name the question gives a thing, a word of which the content never
 * says, is no name the content gives it (nor anything related to it).
 */
function missingName(concepts: readonly WeightedConcept[]): string | undefined {
  const naming = concepts.find((c) => NAMING.test(c.concept.word));
  if (!naming) return undefined;
  // The name: the words right after it, past an article ("called A silent disease"), up to a word that is none of it
  // ("how is called the hormone THAT comes from bones" names the hormone).
  const name: WeightedConcept[] = [];
  let next = naming.concept.position + 1;
  for (const c of [...concepts].sort((a, b) => a.concept.position - b.concept.position)) {
    if (c.concept.position <= naming.concept.position) continue;
    if (c.concept.position > next + (name.length === 0 ? 1 : 0)) break;
    name.push(c);
    next = c.concept.position + 1;
  }
  return name.find((c) => !c.inContent && !c.concept.related && !c.concept.asking)?.concept.word;
}

/**
 * "Is cortisol released AT NIGHT?", "how do you treat it AT HOME?", "what did they find IN MICE?": a time or place
 * the content never names.
 */
function missingSetting(analyzed: AnalyzedQuestion, at: ConceptAt): string | undefined {
  const setting = at(analyzed.settingAt);
  if (!setting) return undefined;
  const missing = !setting.inContent && !setting.concept.related;
  return missing ? setting.concept.word : undefined;
}

/**
 * "Do bones get weaker WHEN YOU SLEEP BADLY?": a yes/no question whose closing condition names nothing the content
 * has asks about a case the content never speaks of, however common its words.
 */
function missingCondition(analyzed: AnalyzedQuestion, concepts: readonly WeightedConcept[]): string | undefined {
  const from = analyzed.conditionAt;
  if (from === undefined) return undefined;
  const clause = concepts.filter((c) => c.concept.position >= from && !c.concept.asking);
  if (clause.length === 0 || clause.some((c) => c.inContent)) return undefined;
  return clause.map((c) => c.concept.word).join(' ');
}

/**
 * "Is there a TEST for osteocalcin?", "are there any PILLS for this?": the content can say there is such a thing only
 * if it names it; a passage about the rest ("osteocalcin") says nothing of it.
 */
function missingThing(analyzed: AnalyzedQuestion, at: ConceptAt, options: RankingOptions): string | undefined {
  const thing = at(analyzed.existsAt);
  // The thing itself, not a word WordNet relates to it ("trials" are no test a patient takes); what the question asks
  // for, however common in English ("test").
  const missing =
    thing !== undefined &&
    !thing.inContent &&
    !thing.concept.asking &&
    // "Is there a journal NAME?" asks for the journal's name.
    !ASKING_KEYWORDS.has(foldCase(thing.concept.word)) &&
    (thing.concept.salience ?? 1) >= options.keywordSalience;
  return missing ? withNext(thing, at) : undefined;
}

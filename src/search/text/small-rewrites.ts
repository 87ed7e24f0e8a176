/**
 * Small everyday phrasings, each read as what it asks, after the rest of rephraseQuestion (question-phrasing.ts):
 * "the signs of X" as its symptoms, "does X hurt?" as pain, "what is meant by X" as what X is, "a brand new idea" as
 * a new one, "the US" as the country, and the like. General English, whatever the content; `inContent` keeps a
 * phrase the content itself uses. The readings live by kind in word-rewrites.ts (single words and set phrases),
 * asking-rewrites.ts (what a question asks for) and claim-rewrites.ts (claims and conditions); the order they run
 * in is here.
 */
import * as asking from './asking-rewrites.js';
import * as claims from './claim-rewrites.js';
import * as words from './word-rewrites.js';

/** What every small reading sees of the message: as typed, in lower case, and which stems the content has. */
interface Asked {
  text: string;
  lower: string;
  inContent: (stem: string) => boolean;
}

/**
 * One small reading: the text read so far, rewritten when a cheap test of the message (a word of its pattern is
 * there) says it may apply, so that a cold `ask` does not compile patterns a question cannot match.
 */
export type Rewrite = (read: string, asked: Asked) => string;

/** The readings in the order they run: a later one reads what the earlier ones left. */
const READINGS: readonly Rewrite[] = [
  words.moreAdjective,
  claims.reasonAsked,
  claims.backedUp,
  words.comparedTo,
  asking.exactWords,
  asking.textLists,
  words.signsOf,
  words.hurtClosing,
  asking.meantBy,
  asking.definedAs,
  asking.referTo,
  asking.inContext,
  claims.negativeOpening,
  asking.closingAgain,
  asking.putForward,
  asking.askCarerAbout,
  asking.toDoWith,
  words.kinBySex,
  claims.loadOfNonsense,
  claims.reckonOpening,
  asking.searchFor,
  words.stateOf,
  words.inTurn,
  words.risksOf,
  words.paidFor,
  claims.theCaseThat,
  claims.trueTag,
  claims.whatIfThen,
  claims.openingCondition,
  words.hittingTheGym,
  words.titleBeforeName,
  asking.byWhatWay,
  words.bestDescribes,
  words.anySpecific,
  asking.countedInText,
  words.effectAsVerb,
  asking.explainLabel,
  asking.explainInOtherWords,
  claims.ratherThan,
  words.decade,
  words.ordinalInWords,
  words.groupInContentWords,
  words.brandNew,
  asking.closingPlea,
  asking.topicThenWhatIs,
  asking.percentSign,
  claims.isThatWhy,
  asking.thePiece,
  asking.ofTheArgument,
  asking.workplaceOf,
  asking.numberOf,
  asking.supposedTo,
  asking.mostFragment,
  asking.theyPutForward,
  words.theUs,
];

/** The small readings of rephraseQuestion, each in turn (READINGS). */
export function smallRewrites(text: string, inContent: (stem: string) => boolean): string {
  const asked: Asked = { text, lower: text.toLowerCase(), inContent };
  return READINGS.reduce((read, reading) => reading(read, asked), text);
}

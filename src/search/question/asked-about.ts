/**
 * "And X?", "what about X then?": the question before, asked about X in the place of one of the things it names
 * (docs/ranking.md, "Follow-ups"). Which thing X replaces is the hard part, so it has a file of its own.
 */
import type { AnswerOptions, KnowledgeBase } from '../knowledge-base.js';
import { commonestPart, isKnownWord, mostlyNotNoun } from '../text/related-words.js';
import { foldCase, terms } from '../text/text.js';
import { escapeRegExp, lastWord, saysContentWord } from './concept-words.js';
import type { Concept } from './query.js';

/** Readings of "and X?" tried at most, each a search: a long question before cannot make it cost more. */
const MAX_READINGS = 4;

/**
 * "and mood?" after "how does osteocalcin affect the brain?": the question before with X in place of one of the
 * things it names. Its first topic word by default ("what about osteopontin?" after "what does osteocalcin do?");
 * another when only its reading finds a sentence saying X together with the rest ("how does osteocalcin affect
 * mood", not "how does mood affect the brain"), or when several do, the one of X's kind.
 */
export function askedAbout(
  previous: string,
  first: Concept,
  concepts: readonly Concept[],
  subject: string,
  kb: KnowledgeBase,
  options: AnswerOptions,
): string | undefined {
  // X takes the place of a thing the content names, not of what the question says it does ("affect").
  // An adjective takes the place of one ("and black?" after "how is green tea brewed?").
  const describing = commonestPart(lastWord(subject)) === 'a';
  const fits = (word: string) => !saysWhatIs(word) || (describing && commonestPart(word) === 'a');
  const others = concepts.filter((c) => c !== first && saysContentWord(c, kb) && fits(lastWord(c.word)));
  // Not in place of what was said of a thing ("hardwired" in "is the brain hardwired?" before "what about bones?").
  const things = fits(lastWord(first.word)) || others.length === 0 ? [first, ...others] : others;
  const readings = things
    .slice(0, MAX_READINGS)
    .map((concept) => ({
      concept,
      question: previous.replace(new RegExp(`\\b${escapeRegExp(concept.word)}\\b`, 'iu'), subject).trim(),
    }))
    .filter((reading) => reading.question !== previous.trim());
  if (readings.length <= 1) return readings[0]?.question;
  // X in the place of the thing the content lists it with ("depression and osteoporosis"): a thing of its kind.
  const near = passagesSaying(subject, kb, options);
  const peer = readings.find(({ concept }) => listedTogether(subject, concept, near));
  if (peer) return peer.question;
  const subjectStems = terms(subject);
  const saidTogether = ({ concept, question }: (typeof readings)[number]) => {
    // Within the articles the conversation is about (a command's own article).
    const passage = kb.answerQuestion(question, { ...options, limit: 1 }).passages[0];
    if (!passage) return false;
    const said = new Set(passage.highlights.flatMap(([start, end]) => terms(passage.text.slice(start, end))));
    return (
      subjectStems.every((stem) => said.has(stem)) &&
      things.every((c) => c === concept || [...c.alternatives.keys()].some((term) => said.has(term)))
    );
  };
  // When several are, the one in place of a thing of X's kind: a word of the dictionary for a word ("and mood?"
  // after "how does osteocalcin affect the brain"), a term it lacks for a term ("and osteopontin?"). Those are
  // tried first, each reading a search.
  const known = isKnownWord(foldCase(lastWord(subject)));
  const ofItsKind = ({ concept }: (typeof readings)[number]) => isKnownWord(foldCase(lastWord(concept.word))) === known;
  const ordered = [...readings.filter(ofItsKind), ...readings.filter((reading) => !ofItsKind(reading))];
  return (ordered.find(saidTogether) ?? readings[0])?.question;
}

/** Passages searched for X when looking for what the content lists X with. */
const PEER_PASSAGES = 10;

/**
 * Whether the content joins X and the concept with "and", "or" or a comma ("depression and osteoporosis",
 * "osteoporosis, and mood disorders"), a word apart at most: then they name things of one kind, and "what about
 * osteoporosis?" after "can neuromodulation help depression?" asks about osteoporosis in the place of depression.
 */
function listedTogether(subject: string, concept: Concept, texts: readonly string[]): boolean {
  const [stem] = terms(subject).slice(-1);
  if (!stem || concept.word.includes(' ')) return false;
  const word = (term: string) => `${escapeRegExp(term)}[\\p{L}-]*`;
  const join = `(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:[\\p{L}-]+\\s+)?`;
  const a = word(stem);
  const b = word(concept.stem);
  const pattern = new RegExp(`\\b(?:${a}${join}${b}|${b}${join}${a})\\b`, 'u');
  return texts.some((text) => pattern.test(text));
}

/** The passages that best match X (folded), within the conversation's article when it has one: one search. */
function passagesSaying(subject: string, kb: KnowledgeBase, options: AnswerOptions): string[] {
  return kb
    .searchRaw(subject)
    .map((result) => kb.passages[result.id as number])
    .filter((passage) => passage !== undefined && (!options.articleId || passage.articleId === options.articleId))
    .slice(0, PEER_PASSAGES)
    .map((passage) => foldCase((passage as { text: string }).text));
}

/**
 * Whether a word says what a thing is or does rather than name one: mostly a verb, adjective or adverb in English, or
 * a participle or adverb WordNet does not know ("hardwired", as the content spells it).
 */
function saysWhatIs(word: string): boolean {
  return mostlyNotNoun(word) || (/\p{L}{3}(?:ed|ly)$/u.test(word) && !isKnownWord(word));
}

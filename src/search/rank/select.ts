/**
 * What is quoted of the ranked passages, and what a "not found" reply says: the question's words the content
 * lacks, and whether a yes/no question's focus is one of them.
 */
import type { AnalyzedQuestion } from '../question/query.js';
import { commonestPart, mostlyNotNoun } from '../text/related-words.js';
import { foldCase } from '../text/text.js';
import type { Ranked, WeightedConcept } from './rank.js';
import type { RankingOptions } from './ranking-options.js';

/**
 * What is quoted of the ranked passages: nothing when the best does not cover the question ("not found"),
 * else the best and those after it that cover the question nearly as well.
 */
export function selectAnswers(ranked: readonly Ranked[], options: RankingOptions): Ranked[] {
  const first = ranked[0];
  if (!first?.covers) return [];
  return ranked.filter((r) => r === first || (r.covers && r.coverage >= first.coverage * options.relativeCoverage));
}

/**
 * The word of a question that the content never mentions and that leaves it able to say neither yes nor no. For a
 * yes/no question: its focus, its last specific word (salience at least `namedSalience`, no number: "does
 * osteocalcin cure DIABETES?"); its last word when a noun ("... affect the HEART?"); its verb in the passive ("can it be
 * REVERSED?"); a closing time or place ("... AT NIGHT?", also in "how" questions); a noun qualifying the focus
 * ("HAIR loss"); or its subject, when it opens with a noun ("does COFFEE cause osteoporosis?"; not "can being
 * stressed all the TIME thin bones?"). For "how/why does X ...?", its subject X; for "how do you X?", the verb X;
 * for "what is X Y?", a noun qualifying the Y ("SIDE effects"); in any question, both sides of an "X or Y" choice,
 * and a ranking word the content never uses ("the BEST treatment"). Undefined when there is none.
 */
export function missingFocus(
  analyzed: AnalyzedQuestion,
  concepts: readonly WeightedConcept[],
  options: RankingOptions,
): string | undefined {
  // "What is the BEST treatment for depression?": a ranking the content never makes.
  const ranking = concepts.find((c) => RANKING_WORDS.has(foldCase(c.concept.word)) && !c.inContent);
  if (ranking) return withNext(ranking, concepts);
  // "Are MEN or WOMEN more likely to get osteoporosis?": the content can pick neither when it names neither.
  const choice = analyzed.choiceAt?.map((at) => concepts.find((c) => c.concept.position === at));
  if (choice?.every((c) => c && !c.inContent && !c.concept.asking && !mostlyNotNoun(foldCase(c.concept.word)))) {
    return choice.map((c) => c?.concept.word).join(' or ');
  }
  // "Is cortisol released AT NIGHT?", "how do you treat it AT HOME?": a time or place the content never names.
  const setting = concepts.find((c) => c.concept.position === analyzed.settingAt);
  if (setting && (analyzed.polar || analyzed.kind === 'how') && !setting.inContent && !setting.concept.related) {
    if (!mostlyNotNoun(foldCase(setting.concept.word))) return setting.concept.word;
  }
  if (!analyzed.polar && analyzed.kind === 'definition') {
    // "What is the SURVIVAL rate for osteoporosis?": a noun the content lacks, qualifying one it has, makes the
    // subject another thing (as "hair loss" is not bone loss).
    const first = concepts.find((c) => analyzed.subject.includes(c.concept.stem));
    const next = first && concepts.find((c) => c.concept.position === first.concept.position + 1);
    const qualifies =
      first && next?.inContent && missingNoun(first, options) && commonestPart(first.concept.word) === 'n';
    return qualifies ? withNext(first, concepts) : undefined;
  }
  if (!analyzed.polar) {
    const subject = concepts.find((c) => c.concept.position === analyzed.subjectAt);
    if (subject && missingNoun(subject, options)) return subject.concept.word;
    // "How do you MEASURE osteocalcin?": a way of doing that the content never mentions.
    const verb = concepts.find((c) => c.concept.position === analyzed.verbAt);
    return verb && !verb.inContent && !verb.concept.asking && (verb.concept.salience ?? 1) >= options.verbSalience
      ? verb.concept.word
      : undefined;
  }
  // A tag alternative ("..., or is that a myth?") doubts the question rather than says what it asks.
  const asked = concepts.filter((c) => analyzed.tagAt === undefined || c.concept.position < analyzed.tagAt);
  let focus: WeightedConcept | undefined;
  let final: WeightedConcept | undefined;
  for (const c of asked) {
    if (!final || c.concept.position > final.concept.position) final = c;
    if (c.concept.asking || (c.concept.salience ?? 1) < options.namedSalience || /\d/.test(c.concept.word)) continue;
    if (!focus || c.concept.position > focus.concept.position) focus = c;
  }
  if (focus !== undefined && !focus.inContent) return focus.concept.word;
  const verb = concepts.find((c) => c.concept.position === analyzed.verbAt);
  if (verb && !verb.inContent && !verb.concept.asking && (verb.concept.salience ?? 1) >= options.verbSalience) {
    return verb.concept.word;
  }
  // The question's last word, a noun the content lacks, is what it asks about even when it is common English
  // ("does osteopontin affect the HEART?", "is depression more common in WOMEN?").
  if (final && final !== focus && !final.concept.related && missingNoun(final, options)) return final.concept.word;
  // A noun the content lacks right before the focus makes it another thing: "hair loss" is not the bone loss it has.
  const at = focus?.concept.position;
  const modifier = at === undefined ? undefined : concepts.find((c) => c.concept.position === at - 1);
  if (focus && modifier && missingNoun(modifier, options)) return `${modifier.concept.word} ${focus.concept.word}`;
  const subject = concepts.find((c) => !c.concept.asking && !c.concept.frame);
  return subject && missingNoun(subject, options) ? subject.concept.word : undefined;
}

/** A missing word with the word right after it when the content has that one: "survival rate", "best treatment". */
function withNext(missing: WeightedConcept, concepts: readonly WeightedConcept[]): string {
  const next = concepts.find((c) => c.concept.position === missing.concept.position + 1);
  return next?.inContent ? `${missing.concept.word} ${next.concept.word}` : missing.concept.word;
}

/** Words that ask the content to rank what it names, which it can do only if it says so itself. */
const RANKING_WORDS = new Set('best worst safest healthiest optimal ideal'.split(' '));

const GERUND = /^[a-z]{3,}ing$/i;

/** A noun of the question, salient enough to be what it asks about, that the content never mentions. */
function missingNoun(c: WeightedConcept, options: RankingOptions): boolean {
  return (
    !c.inContent &&
    !c.concept.asking &&
    (c.concept.salience ?? 1) >= options.subjectSalience &&
    !/\d/.test(c.concept.word) &&
    // A gerund is the noun of an activity ("does SMOKING affect bone density?").
    (!mostlyNotNoun(foldCase(c.concept.word)) || GERUND.test(c.concept.word))
  );
}

/**
 * For a "not found" reply: the question's specific words (salience at least `namedSalience`) that the content
 * never mentions, by stem, root, synonym or typo (the missing focus first, whatever its salience), and those it does.
 */
export function missingWords(concepts: readonly WeightedConcept[], options: RankingOptions, focus?: string) {
  const missing: string[] = focus ? [focus] : [];
  const mentioned: string[] = [];
  // The focus may be a phrase ("hair loss"): none of its words is named again.
  const inFocus = new Set(focus?.split(' '));
  for (const { concept, inContent } of concepts) {
    if (concept.asking || (concept.salience ?? 1) < options.namedSalience || inFocus.has(concept.word)) continue;
    (inContent ? mentioned : missing).push(concept.word);
  }
  return { missing, mentioned };
}

/**
 * For browsing a topic (a tag): the passages scored nearly as well as the best one, however little of the topic
 * that covers; not every passage that shares one of its words (every passage carries its article's tags).
 */
export function closeMatches(ranked: readonly Ranked[], options: RankingOptions): Ranked[] {
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((r) => r.coverage > 0 && r.score >= best - options.browseScoreGap);
}

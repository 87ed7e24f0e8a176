/**
 * Follow-up questions: "and what happens to it when depression is treated?" after "What does osteocalcin do?".
 * A question that leans on the one before (a pronoun with nothing of its own to point at, "what about X?", "and
 * now?") is rewritten into the standalone question that is answered; one with its own topic is left alone.
 * General rules of English conversation, true of any article (docs/ranking.md, "Follow-ups").
 */
import type { AnswerOptions, KnowledgeBase } from '../knowledge-base.js';
import { PUT_FORWARD_VERBS } from '../text/asking-rewrites.js';
import { commonestPart, mayBeNoun, mayBePlural, maySayOneThing, mostlyNotNoun } from '../text/related-words.js';
import { foldCase, isStopWord, normalizeWord, QUESTION_WORDS, tokenize } from '../text/text.js';
import { askedAbout } from './asked-about.js';
import { lastWord, saysContentWord } from './concept-words.js';
import { listItems, ordinalReference } from './list-items.js';
import type { Concept } from './query.js';
import { asksReversed, reversedQuestion } from './reversed-question.js';

/** Pronouns that point back at what was asked before. */
const POINTING = new Set(['it', 'its', 'they', 'them', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her']);
/** Pronouns that stand for one thing: "it" after "is osteoporosis common in old people?" is osteoporosis. */
const ONE_THING = new Set(['it', 'its']);
/** Pronouns for one person: after a "who" question, the person its answer named. */
const ONE_PERSON = new Set(['he', 'him', 'his', 'she', 'her']);
/** Plural pronouns that may stand for the people a "who" question's answer named. */
const PEOPLE = new Set(['they', 'them', 'their']);
/** Demonstratives: pointing back unless a noun follows ("that?", "is that true", not "that study"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/**
 * "it" that points at nothing: "is it true that...", "is it possible to...". Not "is it safe?" after "what is
 * neuromodulation?": with no clause after it, "it" is what came before.
 */
const DUMMY_IT =
  /\bit(?:'s|\u2019s|\s+is|\s+was)?\s+(?:true|possible|likely|normal|safe|ok|okay|bad|good|common|known|the\s+case)\s+(?:to|that|for|if|when|whether)\b/iu;
/** Openings that carry a conversation on: "and ...", "what about ...", "tell me more". */
const CARRYING_ON =
  /^(?:and|but|also|so|then|plus|ok(?:ay)?|what\s+else|anything\s+else|tell\s+me\s+more|more|why(?:\s+so)?|how\s+come|how\s+so|really)\b/iu;
/** "what about X?", "how about X", "and X?": the same question, about X (a few words, not a question of its own). */
const SAME_QUESTION_ABOUT =
  /^(?:(?:and|but|so|ok(?:ay)?)[\s,]+)?(?:(?:what|how)\s+about|and)\s+(?:the\s+|a\s+|an\s+)?(?!(?:who|what|which|where|when|why|how|is|are|was|were|do|does|did|can|could|will|would|should)\b)((?:[\p{L}\p{N}'\u2019-]+\s*){1,4}?)(?:\s*\b(?:then|too|instead|also|as\s+well))?[\s?!.]*$/iu;
/**
 * "is that true for depression too?", "does the same go for bones?", "same for men?": the question before, about X, as
 * "and X?" asks it.
 */
const SAME_FOR =
  /^(?:(?:and|but|so|ok(?:ay)?)[\s,]+)?(?:(?:is|was)\s+(?:that|this|it)\s+(?:also\s+)?(?:true|the\s+case|the\s+same)|(?:does|do|would|will)\s+(?:that|this|it|the\s+same)\s+(?:also\s+)?(?:apply|hold|go|work)|(?:the\s+)?same)\s+(?:for|to|with|in)\s+([\p{L}\p{N}'\u2019-]+(?:\s+[\p{L}\p{N}'\u2019-]+){0,3}?)(?:\s+(?:too|as\s+well|also))?[\s?!.]*$/iu;
/**
 * "no sorry, I meant osteopontin", "oops, make that cortisol": a correction, the question before about X, as "and
 * X?" asks it.
 */
const CORRECTION =
  /^(?:(?:no|nope|nah|sorry|oops|whoops|wait|actually|my\s+bad)[\s,!.]+)*(?:i\s+meant|i\s+mean|meant|make\s+that|i\s+was\s+asking\s+about|i\s+was\s+talking\s+about)\s+(?!(?:it|its|this|that|these|those|they|them|what|well|so|business)\b)([\p{L}\p{N}'\u2019-]+(?:\s+[\p{L}\p{N}'\u2019-]+){0,3}?)[\s?!.]*$/iu;
/** "Why?", "why is that?", "how come?": asks the reason for what the question before asked about. */
const WHY_ALONE =
  /^(?:(?:and|but|so|ok(?:ay)?)[\s,]+)?(?:why(?:\s+(?:is|was)\s+(?:that|this|it)|\s+so)?|how\s+come)[\s?!.]*$/iu;
/** "Examples?", "any proof?", "more details": asks for more of what the question before was about. */
const MORE_OF_IT =
  /^(?:(?:and|so|ok(?:ay)?|but)[\s,]+)?(?:(?:any|some|an?|got\s+(?:an?|any)?|give\s+(?:me\s+)?(?:an?|some)?|more)\s+)?(?:examples?|instances?|details?|specifics|evidence|proof|info|information)(?:\s+(?:pls|please))?[\s?!.]*$/iu;
/**
 * "With what conditions?", "for which patients?", "in how many?": a preposition, a question word and a noun or two,
 * and no verb: the rest of the question is the one before. (Not "which journal?" alone, a question of its own as
 * often as not: the conversation only breaks its ties, answer-in-conversation.ts.)
 */
const WH_FRAGMENT =
  /^(?:(?:and|but|so|ok(?:ay)?)[\s,]+)?(?:with|for|in|on|from|by|against|at|among|between)\s+(?:what|which|whose|whom|how\s+many|how\s+much)(?:\s+(?!(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b)[\p{L}\p{N}'\u2019-]+){0,2}[\s?!.]*$/iu;
const SAID_SO = /\b(say|says|said|claim|claims|claimed|think|thinks|thought)\s+so\b/i;
const SAYS_WHO = /^\s*(?:says|said)\s+who\b/i;
/** The verbs of writing a text, right before the pronoun: "who wrote IT". */
const WROTE_IT = /\b(?:wrote|write|writes|authored|publish|published)\s+$/iu;
/** The same verbs in the passive, right after it: "when was IT PUBLISHED", "was it written". */
const IT_WRITTEN = /^\s+(?:first\s+)?(?:written|authored|published)\b/iu;
/** Words that point back at what was named rather than name something: "and the OTHER ONE?", "what about the REST?". */
const REFERRING_WORDS = new Set(
  'one ones other others rest same first second third last former latter both either'.split(' '),
);
/**
 * "and depression, who gets that?", "what about neuromodulation, what is it?", "back to osteocalcin - what happens to
 * it?": a thing named first, then a question whose pronoun points at it, not at the question before.
 */
const NAMED_FIRST =
  /^(?:(?:and|but|so|also|ok(?:ay)?)[\s,]+)?(?:(?:what|how)\s+about\s+|as\s+for\s+|regarding\s+|(?:going\s+)?back\s+to\s+)?((?:[\p{L}\p{N}'\u2019-]+\s+){0,3}[\p{L}\p{N}'\u2019-]+)\s*(?:[,:\u2014\u2013]|\s-)\s*(.+)$/iu;

/** "Which paragraph is that in?", "what part was that?", "where is that in the text?": where the answer stands. */
const WHERE_THAT_IS =
  /^(?:(?:and|ok(?:ay)?|so)[\s,]+)?(?:(?:which|what)\s+(?:paragraph|part|section|sentence|bit)\s+(?:is|was)\s+(?:that|this|it)(?:\s+in)?|where\s+(?:is|was)\s+(?:that|this)(?:\s+in\s+the\s+(?:article|text|piece|paper))?)[\s?!.]*$/iu;

/** "What ELSE do they do", "who else": asks beyond what was said before. */
const ELSE = /\belse\b/i;

/** At most this many words of the question before are carried into the next, its most specific first. */
const TOPIC_WORDS = 3;
const YEAR = /^\d{4}$/;

/**
 * Words that name what a question is about and that the content has: its topic, to carry into the next question.
 * A pronoun stands for the words as specific as a name; the topic added to a question that says little of its own
 * may be broader (`topicSalience`: "brain" for "and now?"). Things before what is said of them: "is depression
 * linked to bone loss?" is about depression and bone loss, not "linked".
 */
function topicConcepts(
  question: string,
  kb: KnowledgeBase,
  concepts = kb.analyze(question).concepts,
  least = kb.ranking.namedSalience,
): Concept[] {
  const named = (c: Concept) => (mostlyNotNoun(lastWord(c.word)) ? 0 : 1);
  return (
    concepts
      // No number but a year the content gives ("the 2025 review" is not "the review"; "my mom is 70" is no topic).
      .filter((c) => saysContentWord(c, kb) && (c.salience ?? 1) >= least && (!/\d/.test(c.word) || YEAR.test(c.word)))
      .sort((a, b) => named(b) - named(a) || (b.salience ?? 1) - (a.salience ?? 1) || a.position - b.position)
      .slice(0, TOPIC_WORDS)
      .sort((a, b) => a.position - b.position)
  );
}

/** The words of the question before that say what it was about, as a phrase to add to the next ('' when none). */
export function topicPhrase(previous: string, kb: KnowledgeBase, concepts?: Concept[]): string {
  return topicConcepts(previous, kb, concepts, kb.ranking.topicSalience)
    .map((c) => c.word)
    .join(' ');
}

/** The question with the topic of the one before added: "which hormones are involved (depression osteoporosis)?". */
export function withTopic(question: string, phrase: string): string {
  return `${question.replace(/[\s?!.]+$/u, '')} (${phrase})?`;
}

/**
 * Whether the question points back with "it" or "they" (not "that", "he"): the question alone then asks of nothing,
 * and is never answered in place of what it means.
 */
export function pointsBackWithItOrThey(question: string, kb: KnowledgeBase): boolean {
  const at = pointingWord(question, kb);
  const word = at ? question.slice(...at).toLowerCase() : '';
  return ONE_THING.has(word) || PEOPLE.has(word);
}

/** A verb of saying right after the pronoun: "they SUGGEST", "do they RECOMMEND", "they CLAIM". */
const SAYING_AFTER = new RegExp(String.raw`^\s+(?:${PUT_FORWARD_VERBS}|say|said|claim|claimed)\b`, 'i');

/** Auxiliaries after which "that" or "this" is the subject: "does that matter", "would this work". */
const AUXILIARIES = new Set('does did do will would can could should might may is was'.split(' '));

/** Where the question points back with a pronoun: the [start, end) of that word, or undefined. */
function pointingWord(question: string, kb: KnowledgeBase): [number, number] | undefined {
  if (DUMMY_IT.test(question)) return undefined;
  const tokens = tokenize(question);
  for (const [i, token] of tokens.entries()) {
    const word = foldCase(token.word);
    if (POINTING.has(word)) return [token.start, token.end];
    if (!DEMONSTRATIVES.has(word)) continue;
    // "Are THOSE doctors?": the subject of "are", whatever follows it.
    if (i === 1 && /^(?:are|were)$/.test(foldCase(tokens[0]?.word ?? ''))) return [token.start, token.end];
    // "that?", "is that true", "does that help", "proof that works": not "that review" when the content has one.
    const next = tokens[i + 1] ? foldCase((tokens[i + 1] as { word: string }).word) : undefined;
    if (!next || isStopWord(next)) return [token.start, token.end];
    const stem = normalizeWord(next);
    if (commonestPart(next) === 'v' && !(stem && kb.hasTerm(stem))) return [token.start, token.end];
    // "Why does THAT matter?", "would that work?": after an auxiliary it is the subject, before a word the content
    // lacks ("is that review reliable?" names the content's review).
    const previous = foldCase(tokens[i - 1]?.word ?? '');
    if (AUXILIARIES.has(previous) && !(stem && kb.hasTerm(stem))) return [token.start, token.end];
    // "why is THIS important", "is THAT bad": before an adjective that ends the question, it stands alone.
    const after = tokens[i + 2] ? foldCase((tokens[i + 2] as { word: string }).word) : undefined;
    if (commonestPart(next) === 'a' && (!after || isStopWord(after))) return [token.start, token.end];
  }
  return undefined;
}

/** "osteocalcin's", "the researchers'": a plural in -s takes the apostrophe alone. */
function possessiveOf(phrase: string): string {
  return /s$/iu.test(phrase) ? `${phrase}'` : `${phrase}'s`;
}

/** The pronoun replaced, by the phrase it stands for, in the possessive when the pronoun was one ("their levels"). */
function replacePronoun(text: string, at: [number, number], phrase: string): string {
  const word = text.slice(...at).toLowerCase();
  const possessive = word === 'its' || word === 'their' || word === 'his' || word === 'her';
  return replaceSpan(text, at, possessive ? possessiveOf(phrase) : phrase);
}

function replaceSpan(text: string, [start, end]: [number, number], replacement: string): string {
  return `${text.slice(0, start)}${replacement}${text.slice(end)}`;
}

/**
 * The standalone question a follow-up means, given the question understood before it; the question itself when
 * it stands on its own (or there is nothing before it).
 */
export function standaloneQuestion(
  question: string,
  previous: string | undefined,
  kb: KnowledgeBase,
  options: AnswerOptions = {},
): string {
  if (!previous) return question.trim();
  // "Who said so?", "says who?": who said THAT, what the answer before said.
  const asked = question.trim().replace(SAID_SO, '$1 that').replace(SAYS_WHO, 'who says that');
  // "Tell me more about the first one": the item of the list the answer before quoted.
  const item = itemPointedAt(asked, previous, kb, options);
  if (item) return item;
  const before = kb.analyze(previous);
  // "And the other way around?" after "can bones affect mood?": can mood affect bones?
  if (asksReversed(asked)) return reversedQuestion(previous, kb, before.concepts) ?? asked;
  // "Which paragraph is that in?", "where is that in the article?": where the answer before stands, which its
  // citation says: the question before, again.
  if (WHERE_THAT_IS.test(asked)) return previous.trim();
  // "Why is that?" after "are depressed people more likely to have weak bones?": why they are.
  if (before.polar && WHY_ALONE.test(asked)) {
    const claim = previous.trim().replace(/[\s?!.]+$/u, '');
    return `why ${claim.charAt(0).toLowerCase()}${claim.slice(1)}?`;
  }
  if (MORE_OF_IT.test(asked)) {
    const broad = topicPhrase(previous, kb, before.concepts);
    return broad ? withTopic(asked, broad) : asked;
  }
  const topic = topicConcepts(previous, kb, before.concepts);
  if (topic.length === 0) return asked;
  // The question's own concepts, analysed once for both uses.
  const ownConcepts = kb.analyze(asked).concepts;
  const own = topicConcepts(asked, kb, ownConcepts);
  const ownNamed = ownConcepts.filter((c) => !c.asking && (c.salience ?? 1) >= kb.ranking.namedSalience);
  const phrase = topic.map((c) => c.word).join(' ');

  // "what about cortisol?": the question before, about cortisol instead of its first topic word.
  const sameFor = SAME_FOR.exec(asked)?.[1] ?? CORRECTION.exec(asked)?.[1];
  const about = SAME_QUESTION_ABOUT.exec(sameFor ? `and ${sameFor}` : asked);
  // "and in osteoporosis?", "and about bones?": what follows that preposition in the question before changes.
  const placed = about?.[1] ? withPrepositionalPhrase(previous, about[1].trim()) : undefined;
  if (placed) return placed;
  // X is what "and X?" asks about, however common a word: "and black?" after "how is green tea brewed?".
  const ownWords = ownConcepts.filter((c) => !c.asking && !REFERRING_WORDS.has(foldCase(c.word))).length;
  if (about?.[1] && ownWords > 0 && ownWords <= 3) {
    const subject = about[1].trim();
    const replaced = askedAbout(previous, topic[0] as Concept, before.concepts, subject, kb, options);
    if (replaced) return replaced;
  }
  const namedFirst = pointingAtNamedFirst(asked, kb);
  if (namedFirst) return namedFirst;
  const pointing = pointingWord(asked, kb);
  if (pointing) {
    const word = asked.slice(...pointing).toLowerCase();
    // "Where does HE work?" after "who wrote the review?": he is whom the answer named, not a word of the question;
    // the question before is the context ("where does he work (wrote review)?").
    if (before.answerType === 'person' && ONE_PERSON.has(word)) return withTopic(asked, phrase);
    // "Are THEY neurologists?" after "who wrote it?", "are THEY more depressed?" after "who tends to get it?" (a
    // group): they are whom the answer named, when the question before named nothing "they" could stand for: things
    // in the plural, or joined by "and" ("osteocalcin and osteopontin").
    // "What do THEY SUGGEST doing?": only people say, suggest or recommend; in a conversation about an article
    // they are its authors, whatever things the question before named ("depression and bones"). (After "who wrote
    // it?" the people the answer named, below.)
    const askedOfPeople = before.answerType === 'person' || before.answerType === 'group';
    if (PEOPLE.has(word) && !askedOfPeople && SAYING_AFTER.test(asked.slice(pointing[1]))) return asked;
    const people = PEOPLE.has(word) || (/^th[eo]se$/.test(word) && before.answerType === 'person');
    if (people && !topic.some((c) => mayNameMany(c, previous))) {
      // Not "who came up with bone axis" nor "study reliable" for "they": the question as asked, with the one
      // before as its context when that asked who or which group; not for their words ("can you quote them?"), which the
      // context would read as what the quote is about.
      const quoting = kb.analyze(asked).answerType === 'quotation';
      return askedOfPeople && !quoting ? withTopic(asked, phrase) : asked;
    }
    // The pronoun stands for the topic, not for what the question says of it again: "what do THEY think now?"
    // after "what did scientists think ...?" is about the scientists, not "scientists think".
    const askedStems = new Set(tokenize(asked).map((t) => normalizeWord(t.word)));
    const saidBefore = (concepts: Concept[]) => concepts.filter((c) => !askedStems.has(c.stem));
    // With no noun among the topic's words, a commoner noun of the question before: "what changes it?" after "is
    // the brain fixed?" is about the brain, though "brain" says less than "fixed".
    const named = saidBefore(topic);
    const unsaid = named.some((c) => mayBeNoun(lastWord(c.word)))
      ? named
      : saidBefore(topicConcepts(previous, kb, before.concepts, kb.ranking.topicSalience));
    // Never for a verb: after "who wrote it?", "where was it published?" still means what "it" meant there, and
    // after "where was this published?", "is THAT a good journal?" is about no "published".
    if (!unsaid.some((c) => mayBeNoun(lastWord(c.word)))) return asked;
    // "Who WROTE it?", "when was it PUBLISHED?": in a conversation about an article, the article.
    const writing = WROTE_IT.test(asked.slice(0, pointing[0])) || IT_WRITTEN.test(asked.slice(pointing[1]));
    if (ONE_THING.has(word) && writing) return asked;
    // Not what the question before said of the thing after naming it ("what do THEY release?" after "are bones
    // alive?" is about bones, not "bones alive").
    const lastNoun = Math.max(...unsaid.filter((c) => mayBeNoun(lastWord(c.word))).map((c) => c.position));
    let pointedAt = unsaid.filter((c) => c.position <= lastNoun || mayBeNoun(lastWord(c.word)));
    if (ONE_THING.has(word)) {
      // "it" is one thing: the topic's singular nouns ("it" is not "diseases" or "old people").
      pointedAt = unsaid.filter((c) => mayBeOneThing(c, previous));
      // A year is said of the noun after it: "it" after "what's the 2025 review?" is the 2025 review.
      const dated = pointedAt.find((c) => YEAR.test(c.word));
      const thing = dated && unsaid.find((c) => c.position === dated.position + 1);
      if (thing && !pointedAt.includes(thing))
        pointedAt = [...pointedAt, thing].sort((a, b) => a.position - b.position);
      // With none ("can doctors use IT?" after "what do the researchers want?"), the topic is only its context.
      if (pointedAt.length === 0) return withTopic(asked, phrase);
    }
    const replacement =
      pointedAt.length === 0 ? phrase : (spanOf(previous, pointedAt) ?? pointedAt.map((c) => c.word).join(' '));
    const replaced = replacePronoun(asked, pointing, replacement);
    // "What ELSE do they do?" after "are bones just structural support?": else than what was said of them, which
    // stays as the context ("what else do bones do (structural)?" is answered by "not just structural supports but
    // active hormone-producing organs").
    const said = unsaid.filter((c) => !pointedAt.includes(c));
    return ELSE.test(asked) && said.length > 0 ? withTopic(replaced, said.map((c) => c.word).join(' ')) : replaced;
  }
  // "and now?", "why?", "what else?": nothing of its own, or a conversational opening with little of its own; "with
  // what conditions?" (a preposition, a question word and a noun, no verb) asks it of what came before.
  const elliptical = (ownNamed.length === 0 && tokenize(asked).length <= 6) || WH_FRAGMENT.test(asked);
  if (elliptical || (CARRYING_ON.test(asked) && own.length === 0)) {
    return withTopic(asked, topicPhrase(previous, kb, before.concepts));
  }
  return asked;
}

/**
 * Whether "it" may stand for a concept of the question before: a singular noun, or a word WordNet lacks, or one said
 * as a thing there ("the review"); not a phrase of the question's frame ("WHO came up with").
 */
function mayBeOneThing(concept: Concept, previous: string): boolean {
  if (QUESTION_WORDS.has(foldCase(concept.word.split(' ')[0] ?? ''))) return false;
  const last = lastWord(concept.word);
  return maySayOneThing(last) || (namedAsThing(previous, concept) && !mayBePlural(last));
}

/**
 * Whether "they" may stand for a concept of the question before: a plural noun ("researchers", "bones", "older
 * people"), or a thing joined to another by "and" or "or" there ("what are osteocalcin and osteopontin?").
 */
function mayNameMany(concept: Concept, previous: string): boolean {
  // Not "review", which WordNet knows mostly as a verb: a plural noun.
  if (mayBePlural(lastWord(concept.word))) return true;
  const words = tokenize(previous).map((t) => foldCase(t.word));
  const at = concept.position;
  const joined = (i: number) => words[i] === 'and' || words[i] === 'or';
  return words[at] === foldCase(concept.word.split(/\s+/u)[0] ?? '') && (joined(at - 1) || joined(at + 1));
}

/**
 * "and depression, who gets that?": the question after the comma, its pronoun replaced by the thing named before it
 * ("who gets depression"); undefined unless the message has that shape and the thing is a noun phrase the content
 * has (not "in depression, ...", "if so, ...").
 */
function pointingAtNamedFirst(asked: string, kb: KnowledgeBase): string | undefined {
  const match = NAMED_FIRST.exec(asked);
  if (!match) return undefined;
  const [, named = '', rest = ''] = match;
  const words = tokenize(named).map((t) => foldCase(t.word));
  if (words.some((w) => isStopWord(w) && !THING_DETERMINERS.has(w))) return undefined;
  if (!words.some((w) => !isStopWord(w) && kb.hasTerm(normalizeWord(w) ?? ''))) return undefined;
  const pointing = pointingWord(rest, kb);
  return pointing ? replacePronoun(rest, pointing, named) : undefined;
}

/**
 * "where does the last one work?" after "name the three researchers": the question with "the last one" replaced by
 * the last item of the list its answer quotes ("Xudong Zhao of Jiangnan University"), its bold sentences first.
 */
function itemPointedAt(asked: string, previous: string, kb: KnowledgeBase, options: AnswerOptions): string | undefined {
  const reference = ordinalReference(asked);
  if (!reference) return undefined;
  const passage = kb.answerQuestion(previous, { ...options, limit: 1 }).passages[0];
  if (!passage) return undefined;
  const bold = passage.highlights.map(([start, end]) => passage.text.slice(start, end)).join(' ');
  const items = listItems(bold).length > 0 ? listItems(bold) : listItems(passage.text);
  const item = reference.index < 0 ? items.at(reference.index) : items[reference.index];
  return item ? replaceSpan(asked, reference.at, item) : undefined;
}

/**
 * Determiners before which a word English mostly uses as a verb is a thing ("the REVIEW", "this STUDY"), and which
 * may stand in a thing named first ("the study, ...", "my bones, ...").
 */
const THING_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their']);

/** Whether the question says the concept's word right after a determiner, as a thing ("where was THE review published"). */
function namedAsThing(question: string, concept: Concept): boolean {
  const tokens = tokenize(question);
  if (tokens[concept.position]?.word !== concept.word || concept.word.includes(' ')) return false;
  const before = tokens[concept.position - 1];
  return before !== undefined && THING_DETERMINERS.has(foldCase(before.word));
}

/**
 * The words of the question before from its first to its last of these concepts, when only content words stand
 * between them: "bone brain axis", not "bone axis", though "brain" is too common there to be a topic word.
 */
function spanOf(previous: string, concepts: readonly Concept[]): string | undefined {
  const tokens = tokenize(previous);
  // Positions count the words of the question as analysed (shorthand spelt out): they must still be these words,
  // maybe further on by what the analysis left out before them ("Good afternoon. What is the bone-brain axis?").
  const shift = [...tokens.keys()].find((d) => concepts.every((c) => tokens[c.position + d]?.word === c.word));
  if (shift === undefined) return undefined;
  const positions = concepts.map((c) => c.position + shift);
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  if (last - first + 1 > concepts.length + MAX_WORDS_BETWEEN) return undefined;
  const between = tokens.slice(first, last + 1);
  if (between.some((t) => isStopWord(foldCase(t.word)))) return undefined;
  const span = previous.slice((tokens[first] as { start: number }).start, (tokens[last] as { end: number }).end);
  // Words only: not across the brackets of a question understood before ("help (exercise").
  return /^[\p{L}\p{N}'\u2019\s-]+$/u.test(span) ? span : undefined;
}
/** Content words that may stand between a topic's words for them to be quoted as one phrase. */
const MAX_WORDS_BETWEEN = 2;

/** Prepositions that open what "and in X?" changes of the question before. */
const PREPOSITIONS = new Set('in about for with on at during among to from of after before without'.split(' '));
/** Words that end the phrase after such a preposition: another preposition, a conjunction, a question word. */
const PHRASE_END = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'when', 'while', 'if', 'because', 'that', 'which']);

/**
 * "and in osteoporosis?" after "what happens to osteocalcin levels in depression": the question before with what
 * followed "in" replaced ("... levels in osteoporosis"), or with "in osteoporosis" added when it has no "in". Undefined
 * when X does not open with a preposition.
 */
function withPrepositionalPhrase(previous: string, subject: string): string | undefined {
  const [preposition, ...rest] = subject.split(/\s+/u);
  if (!preposition || rest.length === 0 || !PREPOSITIONS.has(preposition.toLowerCase())) return undefined;
  const question = previous.trim().replace(/[\s?!.]+$/u, '');
  const tokens = tokenize(question);
  let at = tokens.length - 1;
  while (at >= 0 && foldCase((tokens[at] as { word: string }).word) !== preposition.toLowerCase()) at--;
  if (at < 0) return `${question} ${subject}?`;
  let end = at + 1;
  while (end < tokens.length && !PHRASE_END.has(foldCase((tokens[end] as { word: string }).word))) end++;
  const first = tokens[at + 1];
  const last = tokens[end - 1];
  if (!first || !last || end === at + 1) return `${question} ${subject}?`;
  return `${question.slice(0, first.start)}${rest.join(' ')}${question.slice(last.end)}?`;
}

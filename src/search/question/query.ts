/**
 * Reads a question into concepts (each content word, met by its stem, a shared root, a declared synonym, or a
 * typo-tolerant match) and its form (question-form.ts: the kind of answer it wants, the words that only frame it),
 * whether it is a yes/no question, what a story before it is about. General rules of English questions, true of any
 * article (docs/ranking.md).
 */

import { rephraseQuestion } from '../text/question-phrasing.js';
import { expandShorthand } from '../text/shorthand.js';
import { SynonymTable } from '../text/synonym-table.js';
import type { SynonymRule } from '../text/synonyms.js';
import {
  foldCase,
  normalizeWord,
  numberName,
  OPENING_WORDS,
  QUESTION_WORDS,
  rootOf,
  terms as textTerms,
  tokenize,
} from '../text/text.js';
import { askingSentenceStart } from './asking-sentence.js';
import { DEFINING_WORDS, definitionSubject, framedDefinition } from './definition-subject.js';
import { type AnswerType, CLAIM_FRAME_WORDS, questionForm, spellOutWh } from './question-form.js';

import { type TextPosition, textPosition } from './text-position.js';
import { PEOPLE_NOUNS, WH_WORDS, type WordRoles, wordRoles } from './word-roles.js';

export interface Concept {
  /** The question word this concept stands for, as typed. */
  word: string;
  /** The stem of that word. */
  stem: string;
  /** Search terms that meet this concept, with the weight of each relative to the stem. */
  alternatives: Map<string, number>;
  /** Phrases that meet it in full when all their words are there (each word alone meets a share). */
  phrases: Phrase[];
  /** Where the word stands among the question's words (for proximity). */
  position: number;
  /** The noun that names the kind of answer ("what YEAR", "which COUNTRY"): met by such an answer too. */
  frame?: boolean;
  /**
   * The noun right after "which" or "what" ("which ANTIDEPRESSANT", "what HOTEL"), or a word of the compound it opens
   * ("what are the risk FACTORS"): the kind of thing asked for.
   */
  head?: boolean;
  /** A word that frames the question rather than says what it is about ("role" in "what role does X play"). */
  asking?: boolean;
  /** One of the asker's people ("my MUM", "SHE"): who asks, never what the content must say (an asking word too). */
  asker?: boolean;
  /**
   * A word WordNet knows mostly as a verb standing as the subject ("how does SLEEP affect bones?", "does SLEEP affect
   * mood?"): a noun there, set by prepare-question.ts.
   */
  verbAsNoun?: boolean;
  /** How much the word says about what is asked (0..1), set once the content is known (see rank.ts salience()). */
  salience?: number;
  /** Met through a synonym rule of the content: a word the content's editors declared it is about. */
  declared?: boolean;
  /** The terms a synonym rule added (not the question's own words): searched only where the rule applies. */
  ruleTerms?: string[];
  /**
   * Terms of the content related in general English to a word the content lacks (WordNet synonyms and derived
   * forms), with their relative weight: they count for less, and never make the concept "in the content".
   */
  related?: Map<string, number>;
}

interface Phrase {
  terms: string[];
  weight: number;
}

type QuestionKind = 'who' | 'where' | 'when' | 'why' | 'how' | 'definition' | 'what' | 'other';

export interface AnalyzedQuestion extends WordRoles {
  concepts: Concept[];
  kind: QuestionKind;
  /** For "what is X?" questions: the stems of X. */
  subject: string[];
  /** What the answer should contain, when the question's form says. */
  answerType: AnswerType | null;
  /**
   * "How much", "how old": the words that ask for an amount, when the question asks for one; "when" for a time to
   * come ("when will ..."), which the content may well not give.
   */
  amount?: string;
  /** "How many TREATMENTS": the kind of thing counted, which a list of such things counts. */
  countedKind?: string;
  /** "What does LEM stand for?": the letters whose words are asked for (answer type `expansion`). */
  acronym?: string;
  /** Where the question starts after a story told before it ("I'm 58 ... Does the article say ...?"), when it does. */
  askedFrom?: number;
  /**
   * The question points back at the story with "these" or "those" ("I take calcium and vitamin D. Do THESE help my
   * mood?"): the story's words are what it asks about, weighed in full, and may be what the content lacks.
   */
  storyAsked?: boolean;
  /** Where an aside after the question starts ("what does osteopontin do? THE NAME SOUNDS MADE UP"), when one does. */
  asideAt?: number;
  /** Where in the article it points ("how does the article end?", "the first paragraph"), when it does. */
  textPosition?: TextPosition;
  /** Asked in a few keywords, as in a search box ("cortisol sleep"): no question word, no conversation's topic. */
  keywords?: boolean;
}

/**
 * Relative weights of the ways a concept can be met; `phraseWord`: the one content word of a synonym phrase of stop
 * words and it ("kind of STUDY"), alone.
 */
const MATCH_WEIGHTS = { stem: 1, synonym: 0.8, root: 0.45, phraseWord: 0.5 } as const;

function classify(words: string[]): QuestionKind {
  const first = words.find((w) => QUESTION_WORDS.has(w)) ?? '';
  if (first === 'who' || first === 'where' || first === 'when' || first === 'why' || first === 'how') return first;
  if (first === 'what' || first === 'which') return 'what';
  return 'other';
}

/** At most this many words make a question in keywords ("hormone replacement therapy"). */
const KEYWORD_QUERY_WORDS = 6;
/**
 * Whom a story is about ("MY MUM is depressed, should SHE get her bones checked?"): the people of the asker's life,
 * after a possessive, and the pronouns the stop words lack. Who asks is not what is asked.
 */
const PEOPLE_OF_ONES_LIFE = new Set(
  'mum mom mother dad father nan nana gran granny grandma grandmother grandpa grandfather grandparent grandparents parent parents wife husband partner son daughter kid kids child children sister brother aunt uncle friend friends boyfriend girlfriend cousin niece nephew family therapist psychiatrist psychologist counsellor counselor doctor gp physician physio physiotherapist nurse dentist trainer coach teacher student students pupil pupils classmate classmates boss colleague colleagues neighbour neighbor carer'.split(
    ' ',
  ),
);
const POSSESSIVES = new Set(['my', 'our']);
/** Who else's someone may be: "A PARENT'S bone health", "YOUR mum's mood". */
const ANYONES = new Set(['a', 'an', 'your', 'his', 'her', 'their', 'any', 'one']);
const PRONOUNS_NOT_STOP_WORDS = new Set(
  'she hers herself itself themselves myself yourself ourselves us mine yours ours'.split(' '),
);

/** A small number's spelling: "three" for "3" (as indexed: a stem). */
function spelledOut(stem: string): string | undefined {
  const name = numberName(stem);
  return name ? (normalizeWord(name) ?? undefined) : undefined;
}

function addAlternative(concept: Concept, term: string, weight: number): void {
  if ((concept.alternatives.get(term) ?? 0) < weight) concept.alternatives.set(term, weight);
}

/** `inContent`, when given, says which stems the content has: those are never read as misspellings of a rule's word. */
/**
 * Whether a word stands outside the question the message asks: in a story told before it (unless the question
 * points back at the story) or in an aside after it. Such words weigh little and are never what the content lacks.
 */
export function outsideQuestion(analyzed: AnalyzedQuestion, position: number): boolean {
  const story = analyzed.askedFrom !== undefined && !analyzed.storyAsked && position < analyzed.askedFrom;
  return story || inAside(analyzed, position);
}

/** Whether a word stands in an aside after the question ("what does osteopontin do? THE NAME SOUNDS MADE UP"). */
export function inAside(analyzed: AnalyzedQuestion, position: number): boolean {
  return analyzed.asideAt !== undefined && position >= analyzed.asideAt;
}

export function analyzeQuestion(
  asked: string,
  synonyms: SynonymTable | readonly SynonymRule[],
  inContent?: (stem: string) => boolean,
): AnalyzedQuestion {
  const question = rephraseQuestion(expandShorthand(asked, inContent), inContent);
  const tokens = tokenize(question);
  const folded = tokens.map((t) => foldCase(t.word));
  // "yo does ...", "ok so is ...": the words a question opens with ask nothing, and the question starts after them.
  let start = 0;
  while (start < folded.length - 1 && OPENING_WORDS.has(folded[start] as string)) start++;
  // "Osteoporosis definition", "bone brain axis meaning": the last word asks what the others mean, and is no concept.
  const end =
    folded.length - 1 > start && DEFINING_WORDS.has(folded.at(-1) as string) ? folded.length - 1 : folded.length;
  const { asks, verifyAt, storyAsked, asideAt } = askingSentenceStart(question, tokens, start);
  // "What is the MEANING of X", "how is X DEFINED": X is asked about, and the framing word is no word of the question.
  const framed = framedDefinition(question.trim().toLowerCase());
  const frameAt = framed ? folded.indexOf(framed.frame) : -1;
  const concepts: Concept[] = [];
  const conceptAt = new Map<number, Concept>();
  tokens.forEach((token, i) => {
    const stem = i < start || i >= end || i === frameAt ? null : normalizeWord(token.word);
    if (!stem) return;
    const existing = concepts.find((c) => c.stem === stem);
    if (existing) {
      conceptAt.set(i, existing);
      // A word of the story said again in the question stands where the question says it.
      if (existing.position < asks && i >= asks) existing.position = i;
      return;
    }
    const alternatives = new Map<string, number>([[stem, MATCH_WEIGHTS.stem]]);
    const root = rootOf(stem);
    if (root) alternatives.set(root, MATCH_WEIGHTS.root);
    // "the 3 doctors" are "three neurologists": a small number typed in digits is met spelt out, unless it is part
    // of a name ("Apollo 4", "BBC Radio 5").
    const partOfName = /^\p{Lu}/u.test(tokens[i - 1]?.word ?? '');
    const spelt = partOfName ? undefined : spelledOut(stem);
    if (spelt) alternatives.set(spelt, MATCH_WEIGHTS.stem);
    const concept: Concept = { word: token.word, stem, alternatives, phrases: [], position: i };
    concepts.push(concept);
    conceptAt.set(i, concept);
  });

  const table = synonyms instanceof SynonymTable ? synonyms : SynonymTable.compile(synonyms);
  for (const match of table.match(
    tokens.map((t) => t.word),
    inContent,
  )) {
    let target: Concept | undefined;
    for (let i = match.first; i <= match.last && !target; i++) target = conceptAt.get(i);
    const word = tokens
      .slice(match.first, match.last + 1)
      .map((t) => t.word)
      .join(' ');
    if (!target) {
      // A phrase made only of stop words ("working out" can be, in some lists): it still asks about something.
      target = {
        word,
        stem: foldCase(word),
        alternatives: new Map(),
        phrases: [],
        position: match.first,
      };
      concepts.push(target);
      // Another rule matching the same words meets this concept, not a copy of it.
      for (let i = match.first; i <= match.last; i++) conceptAt.set(i, target);
    }
    // The words of a matched phrase are one idea ("older people", "low mood"): one concept, met in full by the
    // whole phrase or by what the rule says it means, and only in part by one of its words.
    const own = textTerms(word);
    if (own.length > 1) {
      target.word = word;
      for (let i = match.first; i <= match.last; i++) {
        const other = conceptAt.get(i);
        if (other && other !== target) {
          concepts.splice(concepts.indexOf(other), 1);
          target.phrases.push(...other.phrases);
        }
        conceptAt.set(i, target);
      }
      target.alternatives = new Map();
      for (const term of own) addAlternative(target, term, MATCH_WEIGHTS.stem / own.length);
      target.phrases.push({ terms: own, weight: MATCH_WEIGHTS.stem });
    }
    if (own.length === 1 && match.last > match.first) {
      // A phrase of one content word and stop words ("two-way", "feeling down") is still named as typed.
      if (target.position === match.first) target.word = word;
      // "KIND OF study" is not any study: the word alone meets the phrase only in part, as a word of a longer one
      // does, unless the rule says it means that word ("with AGE" => age).
      const [term] = own as [string];
      if (!match.phrases.some((phrase) => textTerms(phrase).includes(term))) {
        target.alternatives.set(term, MATCH_WEIGHTS.phraseWord);
      }
    }
    target.declared = true;
    for (const phrase of match.phrases) {
      const phraseTerms = textTerms(phrase);
      // A multi-word phrase spreads its weight over its words, and meets the concept in full when all are there.
      const weight = MATCH_WEIGHTS.synonym / Math.max(1, phraseTerms.length);
      target.ruleTerms ??= [];
      for (const term of phraseTerms) {
        addAlternative(target, term, weight);
        target.ruleTerms.push(term);
      }
      if (phraseTerms.length > 1) target.phrases.push({ terms: phraseTerms, weight: MATCH_WEIGHTS.synonym });
    }
  }

  const subject = definitionSubject(question.trim().toLowerCase(), framed);
  // After a story, the question is read from the sentence that asks ("I'm 58 ... Does the article say ...?").
  const asking = folded.slice(asks);
  const kind = subject ? 'definition' : classify(asking);
  const form = questionForm(asking);
  const frameStem = form.frame ? normalizeWord(form.frame) : null;
  const headStems = new Set((form.head ?? []).map((w) => normalizeWord(w)));
  // "How does the article END?", "the LAST PARAGRAPH": where to look, not what about.
  const placed = textPosition(asking);
  // A stop word ("find") may be a concept through a synonym rule: it is known by its folded form then.
  const askingStems = new Set([...form.asking, ...(placed?.words ?? [])].map((w) => normalizeWord(w) ?? foldCase(w)));
  const storyPeople = new Set(whomTheStoryIsAbout(folded).map((w) => normalizeWord(w) ?? w));
  const likeTheAsker = new Set(peopleLikeTheAsker(folded).map((w) => normalizeWord(w) ?? w));
  for (const concept of concepts) {
    if (concept.stem === frameStem) concept.frame = true;
    // "What's the QUOTE from Li?": the words in quotation marks answer it, never the word "quote".
    if (concept.stem === frameStem && form.type === 'quotation') concept.asking = true;
    if (headStems.has(concept.stem)) concept.head = true;
    if (askingStems.has(concept.stem)) concept.asking = true;
    // Unless the content's synonyms say what they stand for ("my gran": older people).
    if ((storyPeople.has(concept.stem) && !concept.declared) || likeTheAsker.has(concept.stem)) {
      concept.asking = true;
      concept.asker = true;
    }
    // "..., is that TRUE?": the words that ask whether the claim is so are not what it is about.
    if (verifyAt !== undefined && concept.position >= verifyAt) concept.asking = true;
  }
  // "Is it TRUE that my weak bones make me feel down?": the frame of a claim means none of the content's synonyms
  // for its word ("true" as "is this research legitimate?"); the claim after it is what is asked about.
  for (const concept of concepts) {
    const framesClaim = concepts.some((c) => c.position > concept.position && !c.asking);
    if (!concept.asking || !concept.declared || !framesClaim || !CLAIM_FRAME_WORDS.has(foldCase(concept.word)))
      continue;
    concept.declared = false;
    concept.ruleTerms = undefined;
    concept.phrases = [];
    concept.alternatives = new Map([[concept.stem, MATCH_WEIGHTS.stem]]);
  }
  // A follow-up understood with the topic before it in brackets is no search-box query.
  const keywords =
    !asking.flatMap(spellOutWh).some((w) => WH_WORDS.has(w)) &&
    asking.length <= KEYWORD_QUERY_WORDS &&
    !/[()]/.test(asked);
  return {
    concepts,
    kind,
    subject: subject ?? [],
    ...(keywords ? { keywords } : {}),
    ...answerTypeOf(form.type, concepts),
    ...(form.amount ? { amount: form.amount } : {}),
    ...(form.countedKind ? { countedKind: form.countedKind } : {}),
    ...(asks > start ? { askedFrom: asks } : {}),
    ...(storyAsked ? { storyAsked } : {}),
    ...(asideAt !== undefined ? { asideAt } : {}),
    ...(placed ? { textPosition: placed.position } : {}),
    ...wordRoles(folded, asks),
  };
}

/** Written as letters ("AFC", "vBNS", "TARDIS"): at least two capitals, no other sign. */
const ACRONYM = /^(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}$/;

/** The form's answer type, with the letters an `expansion` spells out: none without them ("what does it stand for"). */
function answerTypeOf(
  type: AnswerType | null,
  concepts: readonly Concept[],
): Pick<AnalyzedQuestion, 'answerType' | 'acronym'> {
  if (type !== 'expansion') return { answerType: type };
  const acronym = concepts.find((c) => ACRONYM.test(c.word))?.word;
  return acronym ? { answerType: type, acronym } : { answerType: null };
}

/** The words of a question (folded) that say whom its story is about: "MY MUM", "SHE". */
function whomTheStoryIsAbout(words: readonly string[]): string[] {
  return words.filter(
    (word, i) =>
      // "SHE'S been low": the pronoun's contraction is the pronoun.
      PRONOUNS_NOT_STOP_WORDS.has(word.replace(/['’](?:s|d|ll)$/, '')) ||
      // "my FATHER'S doctor" is the asker's father's, as "my father" is; "can A PARENT'S bone health affect their
      // mood?" is anyone's.
      (PEOPLE_OF_ONES_LIFE.has(word.replace(/['’]s$/, '')) &&
        (POSSESSIVES.has(words[i - 1] ?? '') || (/['’]s$/.test(word) && ANYONES.has(words[i - 1] ?? '')))) ||
      isAskersRole(words, i) ||
      isAgeOfSomeone(words, i),
  );
}

/**
 * "Are there new treatments for PEOPLE like my dad?", "someone like me": people picked by likeness to the asker or
 * their people are those people, whatever the content's synonyms say of the word ("people": patients).
 */
function peopleLikeTheAsker(words: readonly string[]): string[] {
  return words.filter(
    (word, i) =>
      PEOPLE_NOUNS.has(word) &&
      words[i + 1] === 'like' &&
      (POSSESSIVES.has(words[i + 2] ?? '') || /^(?:me|us|him|her|them)$/.test(words[i + 2] ?? '')),
  );
}

/** What an asker may say they are, besides the people of anyone's life: "I'm a PHARMACIST", "as a STUDENT". */
const ASKERS_ROLES = new Set(
  'pharmacist pharmacists student medic paramedic caregiver midwife carer volunteer retiree pensioner patient'.split(
    ' ',
  ),
);

/** "I'm a TEACHER: ...", "as a NURSE, ...", "I am a carer": what the asker is, said of themselves. */
function isAskersRole(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (!PEOPLE_OF_ONES_LIFE.has(word) && !ASKERS_ROLES.has(word)) return false;
  if (!/^an?$/.test(words[i - 1] ?? '')) return false;
  const before = (words[i - 2] ?? '').replace('’', "'");
  return /^(?:i'm|im|as)$/.test(before) || (before === 'am' && words[i - 3] === 'i');
}

/** "I'm 70", "she is 85", "in my 60s": a person's age, said of the asker or of their people. */
function isAgeOfSomeone(words: readonly string[], i: number): boolean {
  if (/^[1-9]0s$/.test(words[i] ?? '')) {
    const whose = words[i - 1] ?? '';
    return words[i - 2] === 'in' && (POSSESSIVES.has(whose) || ANYONES.has(whose));
  }
  if (!/^\d{1,3}$/.test(words[i] ?? '')) return false;
  const before = (words[i - 1] ?? '').replace('’', "'");
  if (/^(?:i'm|im|she's|he's|shes|hes)$/.test(before)) return true;
  const who = words[i - 2] ?? '';
  return (
    (before === 'am' && who === 'i') ||
    (/^(?:is|was)$/.test(before) && (/^(?:she|he)$/.test(who) || PEOPLE_OF_ONES_LIFE.has(who)))
  );
}

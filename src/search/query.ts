/**
 * Reads a question into weighted search terms. Each content word of the
 * question is a "concept"; a concept can be met by its stem, by a shared
 * root (inflammation / inflammatory), by a declared synonym, or by a
 * typo-tolerant match when the word is not in the content at all.
 *
 * The question's form says what kind of answer it wants (a person, a place,
 * a time, a number, a definition): general rules of English questions, true
 * of any article, that the ranker uses as evidence.
 */
import { matchSynonyms, type SynonymRule } from './synonyms.js';
import { foldCase, normalizeWord, QUESTION_WORDS, terms as textTerms, tokenize } from './text.js';

/** Roots are stems cut to this length; they are indexed with a prefix that no stem can have. */
export const ROOT_LENGTH = 6;
export const ROOT_MARK = '^';

/** The root term of a stem, or null when the stem is too short to need one. */
export function rootOf(stem: string): string | null {
  if (stem.length < ROOT_LENGTH || /^\d/.test(stem)) return null;
  return ROOT_MARK + stem.slice(0, ROOT_LENGTH);
}

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
  /** Written with a capital inside the question: a name. */
  proper: boolean;
  /** The noun that names the kind of answer ("what YEAR", "which COUNTRY"): met by such an answer too. */
  frame?: boolean;
}

export interface Phrase {
  terms: string[];
  weight: number;
}

export type QuestionKind = 'who' | 'where' | 'when' | 'why' | 'how' | 'definition' | 'what' | 'other';

/** The kind of thing the answer is: evidence a sentence can show whatever its words. */
export type AnswerType = 'person' | 'place' | 'time' | 'number';

export interface AnalyzedQuestion {
  concepts: Concept[];
  kind: QuestionKind;
  /** For "what is X?" questions: the stems of X. */
  subject: string[];
  /** What the answer should contain, when the question's form says. */
  answerType: AnswerType | null;
}

/** Relative weights of the ways a concept can be met. */
export const MATCH_WEIGHTS = { stem: 1, synonym: 0.8, root: 0.6 } as const;

function classify(words: string[]): QuestionKind {
  const first = words.find((w) => QUESTION_WORDS.has(w)) ?? '';
  if (first === 'who' || first === 'where' || first === 'when' || first === 'why' || first === 'how') return first;
  if (first === 'what' || first === 'which') return 'what';
  return 'other';
}

const NUMBER_QUESTION =
  /\bhow\s+(?:many|much|long|old|far|large|big|tall|high|deep|wide|heavy|often|fast|quickly|frequently)\b|\b(?:what|which)\s+(?:percentage|percent|proportion|fraction|number|amount|size|population|rate|ratio|score|temperature|speed|distance)\b/;
const TIME_QUESTION =
  /\bwhen\b|\b(?:what|which)\s+(?:year|years|date|dates|day|days|month|months|century|centuries|decade|decades|time|period|era|age|season|week|hour)\b/;
const PERSON_QUESTION = /\b(?:who|whom|whose)\b/;
const PLACE_QUESTION =
  /\bwhere\b|\b(?:what|which)\s+(?:city|cities|country|countries|state|states|place|places|location|region|continent|venue|stadium|town|island|river|province|county|nation|area|hospital|university|journal|institution)\b/;

/** The kind of answer a question's form asks for (general English question forms), and the noun that says so. */
export function answerTypeOf(folded: string): { type: AnswerType; frame?: string } | null {
  for (const [type, re] of [
    ['number', NUMBER_QUESTION],
    ['time', TIME_QUESTION],
    ['person', PERSON_QUESTION],
    ['place', PLACE_QUESTION],
  ] as const) {
    const match = re.exec(folded);
    if (!match) continue;
    const frame = /^(?:what|which)\s+(\S+)$/.exec(match[0])?.[1];
    return frame ? { type, frame } : { type };
  }
  return null;
}

/** "what is X", "what are X", "what does X mean", "define X": the X. */
function definitionSubject(folded: string): string[] | null {
  const match =
    /^(?:so\s+|and\s+|but\s+)?(?:what|who)(?:'s|\u2019s|\s+is|\s+are|\s+was|\s+were)\s+(?:an?\s+|the\s+)?(.+?)[\s?.!]*$/.exec(
      folded,
    ) ??
    /^(?:define|explain)\s+(?:an?\s+|the\s+)?(.+?)[\s?.!]*$/.exec(folded) ??
    /^what\s+(?:does|do)\s+(.+?)\s+mean[\s?.!]*$/.exec(folded) ??
    /^(?:what\s+about\s+)?([\p{L}\p{N}'\u2019-]+(?:\s+[\p{L}\p{N}'\u2019-]+)?)\s*\?+$/u.exec(folded);
  if (!match?.[1]) return null;
  const subject = textTerms(match[1]);
  return subject.length > 0 && subject.length <= 4 ? subject : null;
}

function addAlternative(concept: Concept, term: string, weight: number): void {
  if ((concept.alternatives.get(term) ?? 0) < weight) concept.alternatives.set(term, weight);
}

export function analyzeQuestion(question: string, synonyms: readonly SynonymRule[]): AnalyzedQuestion {
  const tokens = tokenize(question);
  const folded = tokens.map((t) => foldCase(t.word));
  const concepts: Concept[] = [];
  const conceptAt = new Map<number, Concept>();
  tokens.forEach((token, i) => {
    const stem = normalizeWord(token.word);
    if (!stem) return;
    const existing = concepts.find((c) => c.stem === stem);
    if (existing) {
      conceptAt.set(i, existing);
      return;
    }
    const alternatives = new Map<string, number>([[stem, MATCH_WEIGHTS.stem]]);
    const root = rootOf(stem);
    if (root) alternatives.set(root, MATCH_WEIGHTS.root);
    // A capital that is not the question's first letter marks a name ("Li", "Biomolecules").
    const proper = i > 0 && /^\p{Lu}/u.test(token.word) && !/^\p{Lu}+$/u.test(token.word.slice(1) || 'x');
    const concept: Concept = { word: token.word, stem, alternatives, phrases: [], position: i, proper };
    concepts.push(concept);
    conceptAt.set(i, concept);
  });

  for (const match of matchSynonyms(
    tokens.map((t) => t.word),
    synonyms,
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
        proper: false,
      };
      concepts.push(target);
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
    for (const phrase of match.phrases) {
      const phraseTerms = textTerms(phrase);
      // A multi-word phrase spreads its weight over its words, and meets the concept in full when all are there.
      const weight = MATCH_WEIGHTS.synonym / Math.max(1, phraseTerms.length);
      for (const term of phraseTerms) addAlternative(target, term, weight);
      if (phraseTerms.length > 1) target.phrases.push({ terms: phraseTerms, weight: MATCH_WEIGHTS.synonym });
    }
  }

  const joined = folded.join(' ');
  const subject = definitionSubject(question.trim().toLowerCase());
  const kind = subject ? 'definition' : classify(folded);
  const answer = answerTypeOf(joined);
  if (answer?.frame) {
    const frameStem = normalizeWord(answer.frame);
    for (const concept of concepts) if (concept.stem === frameStem) concept.frame = true;
  }
  return { concepts, kind, subject: subject ?? [], answerType: answer?.type ?? null };
}

/**
 * Reads a question into weighted search terms. Each content word of the
 * question is a "concept"; a concept can be met by its stem, by a shared
 * root (inflammation / inflammatory), by a declared synonym, or by a
 * typo-tolerant match when the word is not in the content at all.
 */
import { matchSynonyms, type SynonymRule } from './synonyms.js';
import { foldCase, normalizeWord, QUESTION_WORDS, terms as textTerms, tokenize } from './text.js';

/** Roots are stems cut to this length; they are indexed with a prefix that no stem can have. */
export const ROOT_LENGTH = 6;
export const ROOT_MARK = '^';

/** The root term of a stem, or null when the stem is too short to need one. */
export function rootOf(stem: string): string | null {
  if (stem.length <= ROOT_LENGTH || /^\d/.test(stem)) return null;
  return ROOT_MARK + stem.slice(0, ROOT_LENGTH);
}

export interface Concept {
  /** The question word this concept stands for, as typed. */
  word: string;
  /** The stem of that word. */
  stem: string;
  /** Search terms that meet this concept, with the weight of each relative to the stem. */
  alternatives: Map<string, number>;
}

export type QuestionKind = 'who' | 'where' | 'when' | 'why' | 'how' | 'definition' | 'what' | 'other';

export interface AnalyzedQuestion {
  concepts: Concept[];
  kind: QuestionKind;
  /** For "what is X?" questions: the stems of X. */
  subject: string[];
}

/** Relative weights of the ways a concept can be met. */
export const MATCH_WEIGHTS = { stem: 1, synonym: 0.7, root: 0.5 } as const;

function classify(words: string[]): QuestionKind {
  const first = words.find((w) => QUESTION_WORDS.has(w)) ?? '';
  if (first === 'who' || first === 'where' || first === 'when' || first === 'why' || first === 'how') return first;
  if (first === 'what' || first === 'which') return 'what';
  return 'other';
}

/** "what is X", "what are X", "what does X mean", "define X": the X. */
function definitionSubject(folded: string): string[] | null {
  const match =
    /^(?:so\s+)?(?:what|who)(?:'s|\u2019s|\s+is|\s+are|\s+was|\s+were)\s+(?:an?\s+|the\s+)?(.+?)[\s?.!]*$/.exec(
      folded,
    ) ??
    /^(?:define|explain)\s+(?:an?\s+|the\s+)?(.+?)[\s?.!]*$/.exec(folded) ??
    /^what\s+(?:does|do)\s+(.+?)\s+mean[\s?.!]*$/.exec(folded);
  if (!match?.[1]) return null;
  const subject = textTerms(match[1]);
  return subject.length > 0 && subject.length <= 4 ? subject : null;
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
    const concept = { word: token.word, stem, alternatives };
    concepts.push(concept);
    conceptAt.set(i, concept);
  });

  for (const match of matchSynonyms(
    tokens.map((t) => t.word),
    synonyms,
  )) {
    let target: Concept | undefined;
    for (let i = match.first; i <= match.last && !target; i++) target = conceptAt.get(i);
    if (!target) {
      // A phrase made only of stop words ("working out" can be, in some lists): it still asks about something.
      const word = tokens
        .slice(match.first, match.last + 1)
        .map((t) => t.word)
        .join(' ');
      target = { word, stem: foldCase(word), alternatives: new Map() };
      concepts.push(target);
    }
    for (const phrase of match.phrases) {
      const phraseTerms = textTerms(phrase);
      // A multi-word phrase spreads its weight over its words.
      const weight = MATCH_WEIGHTS.synonym / Math.max(1, phraseTerms.length);
      for (const term of phraseTerms) {
        if ((target.alternatives.get(term) ?? 0) < weight) target.alternatives.set(term, weight);
      }
    }
  }

  const joined = folded.join(' ');
  const subject = definitionSubject(joined);
  const kind = subject ? 'definition' : classify(folded);
  return { concepts, kind, subject: subject ?? [] };
}

/**
 * Synonyms files in the Solr / Elasticsearch "synonyms.txt" format (`sad, low mood => depression`; equivalent
 * lists with commas, one-way rules with `=>`), parsed into rules on word stems. The format and what belongs in a
 * file: docs/adding-content.md. Matching them against a question: synonym-table.ts.
 */
import { foldCase, stemOf, tokenize } from './text.js';

export interface SynonymRule {
  /** Word stems of the phrase to look for in a question. */
  from: string[];
  /** Phrases (as written) that the question is taken to mean as well. */
  to: string[];
  /**
   * The article whose synonyms file declared the rule (`<id>.synonyms.txt`): its passages are the only ones
   * searched for what the rule adds. Absent for a content-wide `synonyms.txt`.
   */
  articleId?: string;
}

export class SynonymFormatError extends Error {}

function phraseKey(phrase: string, stems: Map<string, string>): string[] {
  return tokenize(phrase).map((t) => {
    let stem = stems.get(t.word);
    if (stem === undefined) {
      stem = stemOf(foldCase(t.word).replace(/['\u2019]/g, ''));
      stems.set(t.word, stem);
    }
    return stem;
  });
}

/** Parses a synonyms file; throws SynonymFormatError naming the line on a malformed rule. */
export function parseSynonyms(text: string): SynonymRule[] {
  const rules: SynonymRule[] = [];
  // A big synonyms file repeats its words: each is stemmed once.
  const stems = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const where = `line ${index + 1}`;
    const parts = line.split('=>');
    if (parts.length > 2) throw new SynonymFormatError(`${where}: more than one "=>"`);
    const left = splitList(parts[0] ?? '');
    const right = parts.length === 2 ? splitList(parts[1] ?? '') : left;
    if (left.length === 0 || right.length === 0 || (parts.length === 1 && left.length < 2)) {
      throw new SynonymFormatError(`${where}: expected "a, b, c" or "a, b => c"`);
    }
    for (const phrase of left) {
      const from = phraseKey(phrase, stems);
      if (from.length === 0) throw new SynonymFormatError(`${where}: "${phrase}" has no words`);
      const to = right.filter((other) => other !== phrase);
      if (to.length > 0) rules.push({ from, to });
    }
  });
  return rules;
}

function splitList(side: string): string[] {
  return side
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

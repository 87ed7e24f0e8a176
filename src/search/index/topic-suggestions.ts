/**
 * "Did you mean" and autocomplete: the tags that share words with a text, by stem, root, declared synonym, or as
 * the start of a tag word while typing ("osteo" meets "Osteocalcin and mood regulation"), weighed by idf.
 */

import type { AnalyzedQuestion } from '../question/query.js';
import { foldCase, tokenize } from '../text/text.js';
import { indexTerms } from './passage-index.js';

interface TagIndex {
  tags: Array<{ tag: string; words: Array<{ folded: string; terms: string[] }> }>;
  byTerm: Map<string, number[]>;
}

export class TopicSuggestions {
  private cache: TagIndex | undefined;

  constructor(
    private readonly tags: readonly string[],
    private readonly idf: (term: string) => number,
  ) {}

  /** Each distinct tag with the index terms of its words, and which tags each term is in: computed once. */
  private index(): TagIndex {
    if (!this.cache) {
      const tags: TagIndex['tags'] = [];
      const byTerm = new Map<string, number[]>();
      const seen = new Set<string>();
      for (const tag of this.tags) {
        if (seen.has(tag)) continue;
        seen.add(tag);
        const words = tokenize(tag).map(({ word }) => {
          const produced = indexTerms(word);
          const terms = produced === null ? [] : Array.isArray(produced) ? produced : [produced];
          return { folded: foldCase(word), terms };
        });
        for (const word of words) {
          for (const term of word.terms) {
            const list = byTerm.get(term) ?? [];
            if (list.at(-1) !== tags.length) list.push(tags.length);
            byTerm.set(term, list);
          }
        }
        tags.push({ tag, words });
      }
      this.cache = { tags, byTerm };
    }
    return this.cache;
  }

  /** The tags that share words with `text` (or, while typing, whose words start with its last word), best first. */
  suggest(text: string, analyzed: AnalyzedQuestion, limit: number, typing = true): string[] {
    const wanted = new Map<string, number>();
    for (const concept of analyzed.concepts) {
      for (const [term, weight] of concept.alternatives) wanted.set(term, Math.max(wanted.get(term) ?? 0, weight));
    }
    // While typing, the last word may be unfinished: its folded letters as a prefix of a tag word.
    const last = typing ? tokenize(text).at(-1)?.word : undefined;
    const prefix = last ? foldCase(last).replace(/['\u2019]/g, '') : '';
    const { tags, byTerm } = this.index();
    // Only the tags that share a term with the text (or, while typing, all of them for the prefix).
    const considered = new Set<number>();
    for (const term of wanted.keys()) for (const i of byTerm.get(term) ?? []) considered.add(i);
    if (prefix.length >= 3) for (let i = 0; i < tags.length; i++) considered.add(i);
    const scored: Array<{ tag: string; score: number }> = [];
    for (const i of considered) {
      const { tag, words } = tags[i] as TagIndex['tags'][number];
      let score = 0;
      for (const word of words) {
        let best = 0;
        for (const term of word.terms) best = Math.max(best, (wanted.get(term) ?? 0) * this.idf(term));
        if (best === 0 && prefix.length >= 3 && word.folded.startsWith(prefix)) best = this.idf(word.terms[0] ?? '');
        score += best;
      }
      if (score > 0) scored.push({ tag, score: score / Math.sqrt(words.length || 1) });
    }
    return scored
      .sort((a, b) => b.score - a.score || (a.tag < b.tag ? -1 : 1))
      .slice(0, limit)
      .map((s) => s.tag);
  }
}

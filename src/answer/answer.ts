/**
 * The Answer value: what the core hands to every front end. It knows nothing
 * of Discord or terminals; each front end renders it in one place.
 */

/** A [start, end) character range in a passage's text. */
export type Span = readonly [start: number, end: number];

/** One quoted paragraph, with where it comes from and why it was chosen. */
export interface QuotedPassage {
  /** The whole paragraph, verbatim. */
  text: string;
  articleId: string;
  /** The article's title. */
  article: string;
  publisher?: string;
  /** The article's URL, when its content file gives one. */
  url?: string;
  /** 1-based paragraph number within its article. */
  paragraph: number;
  /** Relevance score; only comparable within one answer. */
  score: number;
  /** The sentence or sentences that match the question best, to highlight. */
  highlights: Span[];
}

export interface Answer {
  /** The question as asked (trimmed). */
  question: string;
  /** In a conversation: the standalone question that was answered ("where does osteocalcin come from?"). */
  understood?: string;
  /** Best first; empty when the content does not cover the question. */
  passages: QuotedPassage[];
  /** When nothing was found: topics or tags close to the question, as "did you mean" hints. */
  suggestions: string[];
  /** When nothing was found: the words of the question that the content never mentions ("diabetes"). */
  missing?: string[];
  /** When nothing was found: the words of the question that the content does mention ("osteocalcin"). */
  mentioned?: string[];
}

/** What the article does and does not talk about, for a "not found" reply; undefined when nothing is missing. */
export function missingSentence(answer: Pick<Answer, 'missing' | 'mentioned'>): string | undefined {
  const missing = answer.missing ?? [];
  if (missing.length === 0) return undefined;
  const list = (words: readonly string[]) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  const mentioned = answer.mentioned ?? [];
  return mentioned.length > 0
    ? `The article talks about ${list(mentioned.slice(0, 3))} but says nothing about ${list(missing.slice(0, 3))}.`
    : `The article says nothing about ${list(missing.slice(0, 3))}.`;
}

/**
 * The highlight spans in order, with spans that only whitespace separates
 * merged, so two highlighted sentences in a row read as one bold run.
 */
export function mergedHighlights(passage: Pick<QuotedPassage, 'text' | 'highlights'>): Span[] {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...passage.highlights].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (last && passage.text.slice(last[1], start).trim() === '') last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}

/** The highlighted sentences of a passage, in order, as one text: what a citation quotes of it. */
export function highlightedText(passage: Pick<QuotedPassage, 'text' | 'highlights'>): string {
  return mergedHighlights(passage)
    .map(([start, end]) => passage.text.slice(start, end).trim())
    .join(' … ');
}

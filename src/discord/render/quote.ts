/** A passage as quoted in an embed: escaped, its highlighted sentences in bold, cut to fit. */
import { mergedHighlights, type QuotedPassage, type Span } from '../../answer/answer.js';
import { escapeMarkdown } from '../escape.js';
import { truncate } from '../limits.js';
import { splitsSurrogatePair } from '../text-units.js';

/** The passage text, escaped, with its highlighted sentences in bold, within `max` characters. */
export function renderQuote(passage: Pick<QuotedPassage, 'text' | 'highlights'>, max: number): string {
  if (max <= 0) return '';
  const text = passage.text.trim() === passage.text ? passage.text : passage.text.trim();
  const offset = passage.text.indexOf(text);
  const spans = mergeSpans(
    passage.highlights.map(([s, e]) => [s - offset, e - offset] as const),
    text,
  );
  // Escaping and bold markers add characters: cut the plain text shorter until the rendered form fits.
  let limit = max;
  for (;;) {
    const cut = truncate(text, limit);
    const rendered = boldSpans(cut, spans, commonPrefixLength(cut, text));
    if (rendered.length <= max || limit <= 1) return rendered.length <= max ? rendered : truncate(rendered, max);
    limit = Math.max(1, limit - (rendered.length - max));
  }
}

function boldSpans(text: string, spans: readonly Span[], kept: number): string {
  let out = '';
  let at = 0;
  for (const [start, rawEnd] of spans) {
    const end = Math.min(rawEnd, kept);
    if (start >= end) continue;
    const inner = text.slice(start, end);
    // Markdown bold must hug its text: keep surrounding spaces outside the markers.
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    const core = inner.trim();
    out += escapeMarkdown(text.slice(at, start + lead));
    if (core) out += `**${escapeMarkdown(core)}**`;
    at = end - trail;
  }
  return out + escapeMarkdown(text.slice(at));
}

/** The spans inside `text`, never splitting a surrogate pair, merged as every front end merges them. */
function mergeSpans(spans: ReadonlyArray<readonly [number, number]>, text: string): Span[] {
  const inside = spans
    .map(([s, e]) => [wholeCharAt(text, Math.max(0, s), -1), wholeCharAt(text, Math.min(text.length, e), 1)] as const)
    .filter(([s, e]) => s < e);
  return mergedHighlights({ text, highlights: inside });
}

/** `at`, moved by `direction` if it falls between the halves of a surrogate pair. */
function wholeCharAt(text: string, at: number, direction: -1 | 1): number {
  return splitsSurrogatePair(text, at) ? at + direction : at;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

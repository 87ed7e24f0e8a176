/**
 * The terminal's renderer: an Answer as plain text, the best sentence marked
 * (bold on a colour terminal, **like this** otherwise), and its source line.
 */
import { type Answer, mergedHighlights, missingSentence, type QuotedPassage } from '../answer/answer.js';

export interface TextStyle {
  /** ANSI bold and dim, for an interactive terminal. */
  color: boolean;
}

const PLAIN: TextStyle = { color: false };

export function markHighlights(passage: QuotedPassage, style: TextStyle = PLAIN): string {
  const open = style.color ? '\x1b[1m' : '**';
  const close = style.color ? '\x1b[22m' : '**';
  let out = '';
  let at = 0;
  for (const [start, end] of mergedHighlights(passage)) {
    out += passage.text.slice(at, start) + open + passage.text.slice(start, end) + close;
    at = end;
  }
  return out + passage.text.slice(at);
}

export function sourceLine(passage: QuotedPassage): string {
  const parts = [passage.publisher, `“${passage.article}”`, `paragraph ${passage.paragraph}`].filter(Boolean);
  return `— ${parts.join(', ')}`;
}

export function renderAnswerText(answer: Answer, style: TextStyle = PLAIN): string {
  if (answer.passages.length === 0) {
    const hint =
      answer.suggestions.length > 0
        ? `\nDid you mean: ${answer.suggestions.map((s) => `“${s}”`).join(', ')}?`
        : '\nTry /tags to see the topics it covers.';
    const missing = missingSentence(answer);
    return `Sorry, the article doesn't cover that.${missing ? ` ${missing}` : ''}${hint}`;
  }
  const dim = (s: string) => (style.color ? `\x1b[2m${s}\x1b[22m` : s);
  return answer.passages
    .map(
      (p, i) => `${answer.passages.length > 1 ? `${i + 1}. ` : ''}${markHighlights(p, style)}\n${dim(sourceLine(p))}`,
    )
    .join('\n\n');
}

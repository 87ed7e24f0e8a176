/**
 * Making text safe to show in Discord markdown (message content, embed titles, descriptions and field values).
 * Discord hides a backslash before any ASCII punctuation, so escaping shows the text exactly as written.
 */
import { withoutLoneSurrogates } from './text-units.js';

/**
 * Characters that start or end Discord markdown anywhere in a line: emphasis, strikethrough, code, spoilers,
 * quotes, mentions and custom emoji (<...>), masked links ([text](url): escaping the brackets is enough).
 */
const INLINE_MARKDOWN = /[\\*_~`|<>[\]]/g;
/** Constructs that only count at the start of a line: headings, subtext (-#) and list items. */
const LINE_START_MARKDOWN = /^(\s*)(#|[-+](?=\s|#))/gm;
/** Numbered list items: the backslash must go before the dot (before a digit it would show). */
const LINE_START_NUMBER = /^(\s*\d+)([.)])(?=\s)/gm;

/** Escapes markdown so that `text` shows literally, e.g. `**x**` stays `**x**`, not bold. */
export function escapeMarkdown(text: string): string {
  return (
    // A lone surrogate is not text: show the replacement character rather than send malformed UTF-16.
    withoutLoneSurrogates(text)
      .replace(INLINE_MARKDOWN, '\\$&')
      .replace(LINE_START_MARKDOWN, '$1\\$2')
      .replace(LINE_START_NUMBER, '$1\\$2')
  );
}

/**
 * For text a user typed: escaped markdown, and nothing that looks like a mention or a link. Mentions never ping
 * (every payload sets `allowed_mentions: {parse: []}`), but shown as text they cannot even look like one.
 */
export function escapeUserText(text: string): string {
  return (
    escapeMarkdown(text)
      // A zero-width space after @ keeps "@everyone"/"@here" from rendering as a mention.
      .replace(/@(everyone|here)/gi, '@\u200b$1')
      // ...and after "://" keeps a URL from turning into a link.
      .replace(/:\/\//g, ':/\u200b/')
  );
}

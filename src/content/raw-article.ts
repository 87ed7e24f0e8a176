/**
 * Parses the raw text of a scraped article (`Title : Publisher`, headline, one paragraph per line, `Tags:` and
 * `- tag` lines, then scraping debris, dropped) into its parts: docs/adding-content.md, "Raw text".
 * Paragraphs are kept verbatim: only the line terminator is removed.
 */

/** The parts of a raw article, before it has an id. */
export interface RawArticle {
  title: string;
  publisher: string;
  headline: string;
  /** One entry per paragraph, byte-for-byte as in the source line. */
  paragraphs: string[];
  tags: string[];
}

const TITLE_SEPARATOR = ' : ';
const TAGS_HEADER = /^tags(?:\s*&\s*viral\s+phrases)?\s*:$/i;
const TAG_LINE = /^[-*]\s*(.*)$/;
/** Comment-form lines scrapers pick up at the end of a page. */
const COMMENT_FORM = [
  /^leave a (?:reply|comment)$/i,
  /^cancel reply$/i,
  /^want to join the discussion\??\s*(?:feel free to contribute!?)?$/i,
  /^feel free to contribute!?$/i,
];

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A line that cannot be a paragraph: a comment-form line, or one without any letter or digit (e.g. a stray `,`). */
function isDebris(line: string): boolean {
  const trimmed = line.trim();
  return !/[\p{L}\p{N}]/u.test(trimmed) || COMMENT_FORM.some((re) => re.test(trimmed));
}

/**
 * Parses raw article text. `fileName` is only used in error messages, which read `<fileName>: <what is wrong>`.
 * @throws Error when the text is empty, line 1 has no " : ", or a part (title, publisher, headline, paragraphs) is missing.
 */
export function parseRawArticle(text: string, fileName: string): RawArticle {
  const fail = (what: string): never => {
    throw new Error(`${fileName}: ${what}`);
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && isBlank(lines[i] ?? '')) i++;
  };

  skipBlank();
  if (i >= lines.length) fail('the file is empty');

  const titleLineNumber = i + 1;
  const titleLine = lines[i++] ?? '';
  // Padded so that an empty title or publisher (" : P", "T :") is reported as such.
  const padded = ` ${titleLine} `;
  const cut = padded.lastIndexOf(TITLE_SEPARATOR);
  if (cut < 0) {
    fail(`line ${titleLineNumber}: expected "Title : Publisher" but found no " : " in "${titleLine.trim()}"`);
  }
  const title = padded.slice(0, cut).trim();
  const publisher = padded.slice(cut + TITLE_SEPARATOR.length).trim();
  if (title === '') fail(`line ${titleLineNumber}: the title (before " : ") is empty`);
  if (publisher === '') fail(`line ${titleLineNumber}: the publisher (after " : ") is empty`);

  skipBlank();
  const headline = (lines[i++] ?? '').trim();
  if (headline === '') fail('no headline (expected on the line after "Title : Publisher")');
  if (TAGS_HEADER.test(headline)) fail('no headline and no paragraphs before the tags');

  const paragraphs: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (TAGS_HEADER.test(line.trim())) break;
    if (isBlank(line) || isDebris(line)) continue;
    paragraphs.push(line);
  }
  if (paragraphs.length === 0) fail('no paragraphs after the headline');

  // The tag list: `- tag` lines (blank lines allowed) up to the first other line; the rest is debris.
  const tags: string[] = [];
  for (i++; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const match = TAG_LINE.exec(line);
    if (!match) break;
    const tag = (match[1] ?? '').trim();
    if (tag !== '') tags.push(tag);
  }

  return { title, publisher, headline, paragraphs, tags };
}

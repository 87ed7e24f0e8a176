/**
 * Writes an article as a human-editable content file: YAML front matter, then one paragraph per line,
 * paragraphs separated by a blank line. The loader (parse.ts) reads it back.
 */
import { stringify } from 'yaml';
import type { Article, Study } from './types.js';

/** What a content file holds. Optional keys are written only when present: the importer never invents them. */
export type ArticleFileData = Pick<
  Article,
  'id' | 'title' | 'headline' | 'publisher' | 'url' | 'published' | 'study' | 'tags'
> & {
  /** The article's own authors; written only when there are some. */
  authors?: string[];
  /** Verbatim paragraphs; each must be one non-blank line. */
  paragraphs: string[];
};

const MAX_SLUG_LENGTH = 60;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * A URL- and file-name-safe id from a title: lowercase ASCII letters and digits separated by single hyphens,
 * apostrophes dropped ("Levi's" → "levis"), accents removed, at most 60 characters, cut at a word boundary.
 * Returns '' when the title has no ASCII-able letter or digit.
 */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => TRANSLITERATIONS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const head = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = head.lastIndexOf('-');
  return lastHyphen > 0 ? head.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH);
}

function studyValue(study: Study): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  if (study.kind !== undefined) value.kind = study.kind;
  if (study.title !== undefined) value.title = study.title;
  if (study.journal !== undefined) value.journal = study.journal;
  value.authors = study.authors.map((author) =>
    author.affiliation === undefined ? { name: author.name } : { name: author.name, affiliation: author.affiliation },
  );
  return value;
}

/**
 * The text of a content file for `article`.
 * @throws Error when a paragraph is blank or spans several lines (it would not read back as one paragraph).
 */
export function formatArticleFile(article: ArticleFileData): string {
  article.paragraphs.forEach((paragraph, index) => {
    if (/[\r\n]/.test(paragraph)) throw new Error(`${article.id}: paragraph ${index + 1} contains a line break`);
    if (paragraph.trim() === '') throw new Error(`${article.id}: paragraph ${index + 1} is blank`);
  });

  const front: Record<string, unknown> = { id: article.id, title: article.title };
  if (article.headline !== undefined) front.headline = article.headline;
  if (article.publisher !== undefined) front.publisher = article.publisher;
  if (article.authors && article.authors.length > 0) front.authors = article.authors;
  if (article.url !== undefined) front.url = article.url;
  if (article.published !== undefined) front.published = article.published;
  if (article.study !== undefined) front.study = studyValue(article.study);
  front.tags = article.tags;

  // lineWidth 0: never fold long strings, so each value stays on one line for human editors.
  const yaml = stringify(front, { lineWidth: 0, singleQuote: true });
  return `---\n${yaml}---\n\n${article.paragraphs.join('\n\n')}\n`;
}

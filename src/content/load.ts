/**
 * Loads the content folder: every article file (*.md) and every synonyms
 * file (*.synonyms.txt), validated, with a hash of the bytes read so a
 * cached index can tell whether it is still current.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { contentLimits } from '../config.js';
import { parseSynonyms, SynonymFormatError, type SynonymRule } from '../search/text/synonyms.js';
import { type ContentLimits, megabytes } from './limits.js';
import { ContentError, decodeContent, parseArticleFile } from './parse.js';
import type { Article } from './types.js';

export interface ContentFile {
  path: string;
  bytes: Buffer;
}

export interface Content {
  articles: Article[];
  synonyms: SynonymRule[];
  /** sha256 over every file's name and bytes, in name order. */
  hash: string;
}

const ARTICLE_FILE = /\.md$/i;
const SYNONYMS_FILE = /(^|[\\/]|\.)synonyms\.txt$/i;
const IGNORED = /^readme\.md$/i;

/** Lists and reads the content files of a folder (not recursive), in name order, refusing any over the size limit. */
export function readContentFiles(dir: string, limits: ContentLimits = contentLimits()): ContentFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new ContentError(dir, 'not a folder');
    names = readdirSync(dir).sort();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(dir, `cannot read the content folder (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return names
    .filter((name) => !IGNORED.test(name) && (ARTICLE_FILE.test(name) || SYNONYMS_FILE.test(name)))
    .map((name) => {
      const path = join(dir, name);
      let size: number;
      try {
        size = statSync(path).size;
      } catch (error) {
        throw new ContentError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? error})`);
      }
      if (size > limits.maxFileBytes) {
        throw new ContentError(
          path,
          `is ${megabytes(size)}, more than the ${megabytes(limits.maxFileBytes)} a content file may be ` +
            '(split it into several articles, or raise CONTENT_MAX_FILE_BYTES)',
        );
      }
      try {
        return { path, bytes: readFileSync(path) };
      } catch (error) {
        throw new ContentError(path, `cannot read (${(error as NodeJS.ErrnoException).code ?? error})`);
      }
    });
}

export function hashContentFiles(files: readonly ContentFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(process.cwd(), file.path));
    hash.update('\0');
    hash.update(file.bytes);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Parses and validates what readContentFiles returned. Throws ContentError on the first bad file. */
export function parseContentFiles(
  files: readonly ContentFile[],
  hash = hashContentFiles(files),
  limits: ContentLimits = contentLimits(),
): Content {
  const articles: Article[] = [];
  const synonymFiles: Array<{ path: string; rules: SynonymRule[] }> = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const text = decodeContent(file.bytes, file.path);
    if (SYNONYMS_FILE.test(file.path)) {
      try {
        synonymFiles.push({ path: file.path, rules: parseSynonyms(text) });
      } catch (error) {
        if (error instanceof SynonymFormatError) throw new ContentError(file.path, error.message);
        throw error;
      }
      continue;
    }
    const article = parseArticleFile(text, file.path);
    if (article.passages.length > limits.maxParagraphs) {
      throw new ContentError(
        file.path,
        `has ${article.passages.length} paragraphs, more than the ${limits.maxParagraphs} an article may have ` +
          '(split it into several articles, or raise CONTENT_MAX_PARAGRAPHS)',
      );
    }
    const other = seen.get(article.id);
    if (other) throw new ContentError(file.path, `duplicate id "${article.id}" (also used by ${other})`);
    const sameCommand = article.command && articles.find((a) => a.command?.name === article.command?.name);
    if (sameCommand) {
      throw new ContentError(file.path, `command /${article.command?.name} is already declared by ${sameCommand.file}`);
    }
    seen.set(article.id, file.path);
    articles.push(article);
  }
  if (articles.length === 0) {
    throw new ContentError(files[0]?.path ?? 'content folder', 'no articles (*.md files) found');
  }
  const synonyms = synonymFiles.flatMap(({ path, rules }) => {
    const articleId = synonymsScope(path, articles);
    return articleId ? rules.map((rule) => ({ ...rule, articleId })) : rules;
  });
  return { articles, synonyms, hash };
}

/**
 * Which article a synonyms file belongs to: `<id>.synonyms.txt` beside `<id>.md` (or the article whose front
 * matter id is <id>) scopes its rules to that article; a plain `synonyms.txt` applies to all of them.
 */
function synonymsScope(path: string, articles: readonly Article[]): string | undefined {
  const name = basename(path);
  if (/^synonyms\.txt$/i.test(name)) return undefined;
  const key = name.replace(/\.synonyms\.txt$/i, '');
  const article = articles.find((a) => a.id === key || basename(a.file).replace(/\.md$/i, '') === key);
  if (!article) {
    throw new ContentError(
      path,
      `no article "${key}" for these synonyms: name the file <article id>.synonyms.txt, or synonyms.txt for all articles`,
    );
  }
  return article.id;
}

export function loadContent(dir: string, limits: ContentLimits = contentLimits()): Content {
  const files = readContentFiles(dir, limits);
  if (!files.some((f) => ARTICLE_FILE.test(f.path))) throw new ContentError(dir, 'no articles (*.md files) found');
  return parseContentFiles(files, hashContentFiles(files), limits);
}

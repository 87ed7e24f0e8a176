/**
 * Reads one content file (Markdown with YAML front matter) into a validated
 * Article. Every problem is reported as a ContentError naming the file.
 */
import { createRequire } from 'node:module';
import type { Article, ArticleCommand, Author, OverviewSection, Study } from './types.js';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

/**
 * YAML is only needed when content is actually parsed; a start-up served from the
 * index cache never parses it, so the parser is loaded on first use (saves ~20 ms
 * of every cold `ask`).
 */
let yamlParse: ((text: string) => unknown) | undefined;
function parseYaml(text: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParse(text);
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Decodes bytes as UTF-8, refusing binary files rather than indexing garbage. */
export function decodeContent(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new ContentError(file, 'not a text file (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ContentError(file, 'not a text file (invalid UTF-8)');
  }
}

/**
 * A YAML error in one line, whole: the yaml package's message ends its first line with "at line 2, column 1:" and
 * shows the offending text below; the line is counted in the file (after the opening "---") and the text quoted.
 */
function yamlReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const [first = '', ...rest] = error.message.split('\n');
  const excerpt = rest.map((l) => l.trim()).find((l) => l.length > 0 && !/^\^+$/.test(l));
  const located = first
    .replace(/ at line (\d+), column (\d+):?$/, (_, line: string, column: string) => {
      return ` at line ${Number(line) + 1}, column ${column}`;
    })
    .replace(/:$/, '');
  return excerpt ? `${located}: “${excerpt}”` : located;
}

/** Splits `---\nYAML\n---\nbody` into its two parts. */
function splitFrontMatter(text: string, file: string): { meta: unknown; body: string } {
  const normalized = text.replace(/\r\n/g, '\n');
  if (!normalized.startsWith('---\n')) {
    throw new ContentError(file, 'missing front matter: the file must start with a "---" line');
  }
  const close = normalized.indexOf('\n---', 3);
  const lineEnd = close === -1 ? -1 : normalized.indexOf('\n', close + 4);
  const closingLine = close === -1 ? '' : normalized.slice(close + 1, lineEnd === -1 ? undefined : lineEnd);
  if (close === -1 || closingLine.trim() !== '---') {
    throw new ContentError(file, 'broken front matter: no closing "---" line');
  }
  let meta: unknown;
  try {
    meta = parseYaml(normalized.slice(4, close + 1));
  } catch (error) {
    throw new ContentError(file, `broken front matter: ${yamlReason(error)}`);
  }
  return { meta, body: lineEnd === -1 ? '' : normalized.slice(lineEnd + 1) };
}

/**
 * Paragraphs are separated by blank lines. A paragraph written on one line is
 * kept byte for byte (trailing spaces included); wrapped lines are joined with a space.
 */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) paragraphs.push(lines.length === 1 ? (lines[0] ?? '') : lines.map((l) => l.trim()).join(' '));
    lines = [];
  };
  for (const line of body.split('\n')) {
    if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return paragraphs;
}

function optionalString(meta: Record<string, unknown>, key: string, file: string): string | undefined {
  const value = meta[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new ContentError(file, `"${key}" must be text`);
  }
  const text = String(value).trim();
  return text.length > 0 ? text : undefined;
}

function parseStudy(value: unknown, file: string): Study | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ContentError(file, '"study" must be a mapping');
  const study = value as Record<string, unknown>;
  const authorsValue = study.authors ?? [];
  if (!Array.isArray(authorsValue)) throw new ContentError(file, '"study.authors" must be a list');
  const authors: Author[] = authorsValue.map((entry, i) => {
    if (typeof entry === 'string' && entry.trim()) return { name: entry.trim() };
    if (entry && typeof entry === 'object') {
      const record = entry as Record<string, unknown>;
      const name = optionalString(record, 'name', file);
      if (!name) throw new ContentError(file, `"study.authors[${i}]" has no name`);
      const affiliation = optionalString(record, 'affiliation', file);
      return affiliation ? { name, affiliation } : { name };
    }
    throw new ContentError(file, `"study.authors[${i}]" must be a name or {name, affiliation}`);
  });
  return {
    kind: optionalString(study, 'kind', file),
    title: optionalString(study, 'title', file),
    journal: optionalString(study, 'journal', file),
    authors,
  };
}

function parseTextList(value: unknown, key: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ContentError(file, `"${key}" must be a list`);
  const tags = value.map((tag, i) => {
    if (typeof tag !== 'string' || !tag.trim()) throw new ContentError(file, `"${key}[${i}]" must be non-empty text`);
    return tag.trim();
  });
  return [...new Set(tags)];
}

function parseOverview(value: unknown, paragraphCount: number, file: string): OverviewSection[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ContentError(file, '"overview" must be a list of {heading, paragraph}');
  return value.map((entry, i) => {
    const record = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const heading = optionalString(record, 'heading', file);
    const paragraph = record.paragraph;
    if (!heading) throw new ContentError(file, `"overview[${i}]" needs a heading`);
    if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 1 || paragraph > paragraphCount) {
      throw new ContentError(file, `"overview[${i}].paragraph" must be a paragraph number from 1 to ${paragraphCount}`);
    }
    return { heading, paragraph };
  });
}

/** Names the bot's own commands use: an article cannot take them. */
const RESERVED_COMMANDS = new Set(['ask', 'tags', 'source', 'help']);
const COMMAND_NAME = /^[a-z0-9_-]{1,32}$/;

function parseCommand(value: unknown, file: string): ArticleCommand | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ContentError(file, '"command" must be a mapping with a name and a description');
  }
  const record = value as Record<string, unknown>;
  const name = optionalString(record, 'name', file);
  const description = optionalString(record, 'description', file);
  if (!name || !COMMAND_NAME.test(name)) {
    throw new ContentError(file, '"command.name" must be 1 to 32 lowercase letters, digits, "-" or "_"');
  }
  if (RESERVED_COMMANDS.has(name))
    throw new ContentError(file, `"command.name" cannot be "${name}": the bot has its own /${name}`);
  if (!description || description.length > 100) {
    throw new ContentError(file, '"command.description" must be 1 to 100 characters');
  }
  return { name, description };
}

/** The article id a file gets when its front matter names none: its file name, slugged. */
function idFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function parseArticleFile(text: string, file: string): Article {
  const { meta, body } = splitFrontMatter(text, file);
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new ContentError(file, 'broken front matter: expected "key: value" lines');
  }
  const record = meta as Record<string, unknown>;
  const title = optionalString(record, 'title', file);
  if (!title) throw new ContentError(file, 'no title in the front matter');
  const id = optionalString(record, 'id', file) ?? idFromFileName(file);
  if (!ID_PATTERN.test(id)) {
    throw new ContentError(file, `invalid id "${id}": use lowercase letters, digits and hyphens`);
  }
  const paragraphs = splitParagraphs(body);
  if (paragraphs.length === 0) throw new ContentError(file, 'no paragraphs after the front matter');
  return {
    id,
    title,
    headline: optionalString(record, 'headline', file),
    publisher: optionalString(record, 'publisher', file),
    url: optionalString(record, 'url', file),
    published: optionalString(record, 'published', file),
    authors: parseTextList(record.authors, 'authors', file),
    study: parseStudy(record.study, file),
    tags: parseTextList(record.tags, 'tags', file),
    overview: parseOverview(record.overview, paragraphs.length, file),
    questions: parseTextList(record.questions, 'questions', file),
    ...optionalCommand(parseCommand(record.command, file)),
    passages: paragraphs.map((text, i) => ({ articleId: id, paragraph: i + 1, text })),
    file,
  };
}

function optionalCommand(command: ArticleCommand | undefined): { command?: ArticleCommand } {
  return command ? { command } : {};
}

/**
 * `npm run import -- URL_OR_FILE_OR_FOLDER... [--out DIR] [--id ID] [--force]`: web pages (URL or saved .html,
 * extracted with Readability) and raw article text (.txt) into content files. Every input is checked first; with
 * any bad, each problem is one line `import: <input>: <what is wrong>` and nothing is written.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ArticleFileData, formatArticleFile, slugify } from '../content/article-file.js';
import { type FetchOptions, fetchPage } from '../content/fetch-page.js';
import { extractArticle } from '../content/html-article.js';
import { parseRawArticle, type RawArticle } from '../content/raw-article.js';
import { runAsProgram } from './entry-point.js';

export const USAGE = `Usage: npm run import -- URL_OR_FILE_OR_FOLDER... [--out DIR] [--id ID] [--force]

Imports articles into content files <DIR>/<id>.md: web pages (an http or https URL,
or a saved .html file) and raw article text (.txt). A folder means every .html, .htm
and .txt file in it, by name.

Options:
  -o, --out DIR   where to write the content files (default: content)
      --id ID     the article id, for a single input file (default: a slug of its title)
  -f, --force     overwrite existing content files, and re-import a page already imported
  -h, --help      print this help`;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where the command writes its lines; the defaults are the process's stdout and stderr. */
export interface ImportIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: ImportIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

class InputError extends Error {
  constructor(
    readonly file: string,
    what: string,
  ) {
    super(`${file}: ${what}`);
  }
}

interface Planned {
  source: string;
  article: Omit<ArticleFileData, 'id'>;
  id: string;
  target: string;
}

/** Anything with a scheme is a URL: fetchPage refuses the ones that are not http or https, with a clear line. */
const URL_ARGUMENT = /^[a-z][a-z0-9+.-]*:\/\//i;
const HTML_FILE = /\.x?html?$/i;
const IMPORTABLE_FILE = /\.(?:txt|x?html?)$/i;

/** The inputs an argument names: a URL, a file, or the importable files of a folder sorted by name. */
async function expand(arg: string): Promise<string[]> {
  if (URL_ARGUMENT.test(arg)) return [arg];
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(arg);
  } catch {
    throw new InputError(arg, 'no such file or folder');
  }
  if (!info.isDirectory()) return [arg];
  const names = (await readdir(arg, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && IMPORTABLE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) throw new InputError(arg, 'folder has no .html, .htm or .txt files');
  return names.map((name) => join(arg, name));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the import command with `argv` (the arguments after the script name) and returns the exit code:
 * 0 when every file was written, 1 on a usage error or any bad input (then nothing is written).
 */
export async function main(
  argv: readonly string[],
  io: ImportIo = processIo,
  fetching: FetchOptions = {},
): Promise<number> {
  let values: { out?: string; id?: string; force?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        id: { type: 'string' },
        force: { type: 'boolean', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`import: ${describe(error)}`);
    io.err('Run with --help for usage.');
    return 1;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.err('import: no input file or folder given');
    io.err(USAGE);
    return 1;
  }
  if (values.id !== undefined && !ID_PATTERN.test(values.id)) {
    io.err(`import: --id ${JSON.stringify(values.id)}: use lowercase ASCII letters, digits and single hyphens`);
    return 1;
  }
  const outDir = values.out ?? 'content';
  const force = values.force ?? false;

  // 1. Collect the input files (each once, in argument order).
  const errors: string[] = [];
  const sources: string[] = [];
  const seen = new Set<string>();
  for (const arg of positionals) {
    try {
      for (const file of await expand(arg)) {
        const key = resolve(file);
        if (seen.has(key)) continue;
        seen.add(key);
        sources.push(file);
      }
    } catch (error) {
      errors.push(describe(error));
    }
  }
  if (values.id !== undefined && sources.length > 1) {
    errors.push(`--id: given with ${sources.length} input files; it is only for a single file`);
  }

  // 2. Parse every file and plan its target, with ids unique within this call.
  const planned: Planned[] = [];
  const usedIds = new Set<string>();
  const imported = await importedUrls(outDir);
  for (const source of sources) {
    try {
      const article = await readArticle(source, fetching);
      const already = article.url ? imported.get(article.url) : undefined;
      if (already && !force) {
        throw new InputError(source, `already imported as ${already} (use --force to replace it)`);
      }
      const base =
        values.id ??
        (already
          ? basename(already, '.md')
          : slugify(article.title) || slugify(basename(source, extname(source)).replace(/^.*[/:]/, '')));
      if (base === '') throw new InputError(source, 'cannot make an id from the title; give one with --id');
      let id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      usedIds.add(id);
      const target = join(outDir, `${id}.md`);
      if (!force && (await exists(target))) {
        throw new InputError(source, `${target} already exists (use --force to overwrite it)`);
      }
      planned.push({ source, article, id, target });
    } catch (error) {
      // InputError's and parseRawArticle's messages start with the input's name already.
      const message = describe(error);
      errors.push(message.startsWith(`${source}: `) ? message : `${source}: ${message}`);
    }
  }
  if (errors.length > 0) {
    for (const error of errors) io.err(`import: ${error}`);
    if (planned.length > 0) io.err('import: nothing written');
    return 1;
  }

  // 3. Write.
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    io.err(`import: ${outDir}: ${describe(error)}`);
    return 1;
  }
  for (const { source, article, id, target } of planned) {
    try {
      const text = formatArticleFile({ id, ...article });
      await writeFile(target, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
    } catch (error) {
      io.err(`import: ${source}: cannot write ${target}: ${describe(error)}`);
      return 1;
    }
    io.out(
      `wrote ${target} (${plural(article.paragraphs.length, 'paragraph')}, ${plural(article.tags.length, 'tag')})`,
    );
  }
  return 0;
}

/** One input as an article: a URL fetched and extracted, an HTML file extracted, or raw text parsed. */
async function readArticle(source: string, fetching: FetchOptions): Promise<Omit<ArticleFileData, 'id'>> {
  if (URL_ARGUMENT.test(source)) {
    const page = await fetchPage(source, fetching);
    return extractArticle(page.html, page.url);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    throw new InputError(source, `cannot read it: ${describe(error)}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(source, 'not UTF-8 text');
  }
  if (HTML_FILE.test(source) || /^\s*<(?:!doctype html|html)\b/i.test(text)) return extractArticle(text);
  // parseRawArticle's messages start with the file name.
  const raw: RawArticle = parseRawArticle(text, source);
  return raw;
}

/** The URL of every content file already in `dir` (from its front matter), to the file that holds it. */
async function importedUrls(dir: string): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md'));
  } catch {
    return urls;
  }
  for (const name of names) {
    try {
      const text = await readFile(join(dir, name), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const url = /^url:\s*['"]?(.*?)['"]?\s*$/m.exec(front)?.[1];
      if (url) urls.set(url, join(dir, name));
    } catch {
      // unreadable: the loader will say so
    }
  }
  return urls;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

runAsProgram(import.meta.url, () => main(process.argv.slice(2)), { name: 'import', stack: true });

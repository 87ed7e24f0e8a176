/**
 * `npm run import -- FILE_OR_FOLDER... [--out DIR] [--id ID] [--force]`
 *
 * Turns raw article text files into content files (`<out>/<id>.md`). Every input is read and checked first;
 * if any is bad, each problem is reported as `import: <file>: <what is wrong>` and nothing at all is written.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatArticleFile, slugify } from '../content/article-file.js';
import { parseRawArticle, type RawArticle } from '../content/raw-article.js';
import { runAsProgram } from './entry-point.js';

export const USAGE = `Usage: npm run import -- FILE_OR_FOLDER... [--out DIR] [--id ID] [--force]

Imports raw article text files (a folder means every .txt file in it, by name) into
content files <DIR>/<id>.md.

Options:
  -o, --out DIR   where to write the content files (default: content)
      --id ID     the article id, for a single input file (default: a slug of its title)
  -f, --force     overwrite existing content files
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
  article: RawArticle;
  id: string;
  target: string;
}

/** The raw files an argument names: itself, or the .txt files of a folder sorted by name. */
async function expand(arg: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(arg);
  } catch {
    throw new InputError(arg, 'no such file or folder');
  }
  if (!info.isDirectory()) return [arg];
  const names = (await readdir(arg, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) throw new InputError(arg, 'folder has no .txt files');
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
export async function main(argv: readonly string[], io: ImportIo = processIo): Promise<number> {
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
  for (const source of sources) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(source);
    } catch (error) {
      errors.push(`${source}: cannot read it: ${describe(error)}`);
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      errors.push(`${source}: not UTF-8 text`);
      continue;
    }
    try {
      // parseRawArticle's and InputError's messages start with the file name.
      const article = parseRawArticle(text, source);
      const base = values.id ?? (slugify(article.title) || slugify(basename(source, extname(source))));
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
      errors.push(describe(error));
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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

runAsProgram(import.meta.url, () => main(process.argv.slice(2)), { name: 'import', stack: true });

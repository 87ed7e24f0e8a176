/**
 * A content folder made from raw article files (`<Title> : Site`, headline, one paragraph a line: the SQuAD
 * articles' shape), imported as `npm run import -- <raw> --out <dir>` would, so they can be scored.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatArticleFile, slugify } from '../src/content/article-file.js';
import { parseRawArticle } from '../src/content/raw-article.js';

/** Does the folder hold raw `.txt` articles and no content files? */
export function isRawFolder(dir: string): boolean {
  const names = readdirSync(dir);
  return names.some((n) => n.endsWith('.txt')) && !names.some((n) => n.endsWith('.md'));
}

/** Imports every raw `.txt` article of `rawDir` into a new temporary content folder, and returns that folder. */
export function importRawFolder(rawDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'raw-content-'));
  for (const name of readdirSync(rawDir).filter((n) => n.endsWith('.txt'))) {
    const raw = parseRawArticle(readFileSync(join(rawDir, name), 'utf8'), name);
    const id = slugify(raw.title);
    writeFileSync(join(dir, `${id}.md`), formatArticleFile({ id, ...raw }));
  }
  return dir;
}

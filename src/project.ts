/**
 * Where the project's own files are, wherever the code runs from (src/ under
 * vitest, dist/src/ when compiled) and whatever the working directory is.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();

/** The project's own content folder, used when CONTENT_DIR is not set. */
export const DEFAULT_CONTENT_DIR = join(PROJECT_ROOT, 'content');

/**
 * Where the project's own files are, wherever the code runs from (src/ under
 * vitest, dist/src/ when compiled) and whatever the working directory is.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** The content folder: CONTENT_DIR when set (relative to the working directory), else the project's content/. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CONTENT_DIR?.trim();
  return configured ? resolve(configured) : join(PROJECT_ROOT, 'content');
}

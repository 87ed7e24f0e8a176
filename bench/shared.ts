/** Paths and constants every benchmark section shares. */

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/project.js';

/** The benchmark's entry file (compiled): child processes re-run it with `--child <mode>`. */
export const SELF = fileURLToPath(new URL('./run.js', import.meta.url));
export const ASK = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ask.js');
export const CONTENT = join(PROJECT_ROOT, 'content');
export const SHARED_QUESTIONS = join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');
export const OWN_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own.jsonl');
export const ASK_QUESTION = 'Which hormone released by bones can cross the blood-brain barrier?';
export const MiB = 1024 * 1024;

export function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

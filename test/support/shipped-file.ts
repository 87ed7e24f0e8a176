import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/project.js';

/**
 * Checks that a generated file the engine ships (under src/search/text/) is what its generator gives now;
 * UPDATE_RELATED_WORDS=1 rewrites it instead.
 */
export function expectShipped(name: string, generated: string): void {
  const path = join(PROJECT_ROOT, 'src', 'search', 'text', name);
  if (process.env.UPDATE_RELATED_WORDS === '1') writeFileSync(path, generated);
  expect(readFileSync(path, 'utf8') === generated, `src/search/text/${name} is stale`).toBe(true);
}

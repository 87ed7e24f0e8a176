/**
 * What `npm run ask` starts (package.json "build" bundles it to dist/src/cli/ask.js): the `ask` program (ask.ts),
 * bundled beside it as ask.bundle.cjs, run through the V8 code cache. A cold `ask` is mostly start-up, and compiling
 * was a quarter of what it added to Node's own: docs/code-cache.md.
 */
import { fileURLToPath } from 'node:url';
import { runBundle } from './code-cache.js';

runBundle(fileURLToPath(new URL('./ask.bundle.cjs', import.meta.url)), import.meta.url);

/**
 * Runs a bundled CommonJS entry point through a V8 code cache: a cold start then skips compiling the functions an
 * earlier run compiled (about 40 ms of a cold `ask`; Node 20 has no module compile cache). Loading a code cache is
 * running code, so the file is signed with the index cache's key and kept in its folder: docs/code-cache.md.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { indexCacheSettings } from '../search/index/cache-settings.js';

/** A code cache file's place, the key it is signed with and what it was made from. */
export interface CodeCache {
  file: string;
  signingKey: Buffer;
  /** Node's version and the bundle's size and modification time: V8 itself only checks the source's length. */
  stamp: string;
}

const DIGEST_BYTES = 32;

/** Where the bundle's code cache is, or null when the index cache is off or has no key. */
export function codeCacheFor(bundlePath: string, env: NodeJS.ProcessEnv = process.env): CodeCache | null {
  try {
    const settings = indexCacheSettings(env);
    if (!settings) return null;
    const { size, mtimeMs } = statSync(bundlePath);
    return {
      file: join(settings.dir, `code-${basename(bundlePath)}.v8`),
      signingKey: settings.key,
      stamp: `${process.version} ${process.arch} ${size} ${mtimeMs}`,
    };
  } catch {
    return null;
  }
}

const digestOf = (key: Buffer, stamp: Buffer, data: Buffer) =>
  createHmac('sha256', key).update(stamp).update(data).digest();

/** The cached data, or undefined when the file is missing, unsigned, or made from another bundle or Node. */
export function readCodeCache(cache: CodeCache): Buffer | undefined {
  try {
    const bytes = readFileSync(cache.file);
    const end = bytes.indexOf(10, DIGEST_BYTES);
    if (end < 0) return undefined;
    const stamp = bytes.subarray(DIGEST_BYTES, end);
    const data = bytes.subarray(end + 1);
    if (stamp.toString('utf8') !== cache.stamp) return undefined;
    return timingSafeEqual(bytes.subarray(0, DIGEST_BYTES), digestOf(cache.signingKey, stamp, data)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the file as [digest][stamp]\n[data], through a temporary file so no reader sees half of it. */
export function writeCodeCache(cache: CodeCache, data: Buffer): void {
  const stamp = Buffer.from(cache.stamp);
  const temp = `${cache.file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cache.file), { recursive: true });
    const newline = Buffer.from('\n');
    writeFileSync(temp, Buffer.concat([digestOf(cache.signingKey, stamp, data), stamp, newline, data]));
    renameSync(temp, cache.file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never written: nothing to remove. A cache that cannot be written is only a slower next start.
    }
  }
}

/**
 * Runs the bundle as Node runs a CommonJS module, with `importMetaUrl` standing for the bundled code's
 * import.meta.url (package.json "build" defines it so), compiled from the code cache when there is a good one.
 * Without one, the cache is written when the process exits, so it holds every function this run compiled.
 */
export function runBundle(bundlePath: string, importMetaUrl: string, env: NodeJS.ProcessEnv = process.env): void {
  const source = readFileSync(bundlePath, 'utf8');
  const cache = codeCacheFor(bundlePath, env);
  const cachedData = cache ? readCodeCache(cache) : undefined;
  // On one line with the source's first, so stack traces keep the bundle's line numbers.
  const wrapped = `(function (exports, require, module, __filename, __dirname, importMetaUrl) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  if (cache && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => writeCodeCache(cache, script.createCachedData()));
  }
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(bundlePath),
    module,
    bundlePath,
    dirname(bundlePath),
    importMetaUrl,
  );
}

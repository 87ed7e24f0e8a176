/**
 * The V8 code cache behind a cold `ask`: a bundle runs as a CommonJS module would, its cache is written once,
 * signed, and refused when it was made from another bundle, with another key, or tampered with.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeCacheFor, readCodeCache, writeCodeCache } from '../../src/cli/code-cache.js';

const KEY = 'a-test-key-of-enough-length-for-hmac';

function tempDir() {
  return mkdtempSync(join(tmpdir(), 'code-cache-'));
}

/** A small bundle that prints what the wrapper handed it, as the esbuild bundle of ask.ts would use them. */
function writeBundle(dir: string, extra = '') {
  const bundle = join(dir, 'program.bundle.cjs');
  writeFileSync(
    bundle,
    `const path = require('node:path');
function twice(n) { return n * 2; }
console.log(JSON.stringify({ url: importMetaUrl, file: path.basename(__filename), dir: __dirname, twice: twice(21), same: module.exports === exports }));${extra}\n`,
  );
  return bundle;
}

/** The built module (npm test builds first), so the child runs the code `ask` runs. */
const CODE_CACHE = fileURLToPath(new URL('../../dist/src/cli/code-cache.js', import.meta.url));

/** Runs the bundle through runBundle in a child Node, as the built `ask` launcher does. */
function runThroughCache(bundle: string, env: Record<string, string>) {
  const script = `import { runBundle } from ${JSON.stringify(CODE_CACHE)}; runBundle(process.argv[1], 'file:///launcher.js');`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, bundle], {
    encoding: 'utf8',
    env: { ...process.env, INDEX_CACHE: '', ...env },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function cacheFileOf(dir: string) {
  return join(dir, 'code-program.bundle.cjs.v8');
}

describe.skipIf(!existsSync(CODE_CACHE))('runBundle (built: dist/src/cli/code-cache.js)', () => {
  it('runs the bundle with require, __filename, __dirname, module and importMetaUrl', () => {
    const dir = tempDir();
    const bundle = writeBundle(dir);
    const run = runThroughCache(bundle, { INDEX_CACHE_DIR: join(dir, 'cache'), INDEX_CACHE_KEY: KEY });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      url: 'file:///launcher.js',
      file: 'program.bundle.cjs',
      dir,
      twice: 42,
      same: true,
    });
  });

  it('writes the cache on the first run and uses it, unrewritten, on the next', () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    const bundle = writeBundle(dir);
    const env = { INDEX_CACHE_DIR: cacheDir, INDEX_CACHE_KEY: KEY };
    expect(runThroughCache(bundle, env).status).toBe(0);
    const file = cacheFileOf(cacheDir);
    expect(existsSync(file)).toBe(true);
    const written = statSync(file).mtimeMs;
    const bytes = readFileSync(file);

    const again = runThroughCache(bundle, env);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).twice).toBe(42);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('replaces a cache that was tampered with, signed with another key, or made from another bundle', () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    const bundle = writeBundle(dir);
    const env = { INDEX_CACHE_DIR: cacheDir, INDEX_CACHE_KEY: KEY };
    const file = cacheFileOf(cacheDir);
    /** Whether the file now holds a cache this bundle and key would use. */
    const usable = (key = KEY) => {
      const cache = codeCacheFor(bundle, { INDEX_CACHE_DIR: cacheDir, INDEX_CACHE_KEY: key });
      return cache !== null && readCodeCache(cache) !== undefined;
    };
    runThroughCache(bundle, env);
    expect(usable()).toBe(true);

    const tampered = readFileSync(file);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    writeFileSync(file, tampered);
    expect(usable()).toBe(false);
    expect(JSON.parse(runThroughCache(bundle, env).stdout).twice).toBe(42);
    expect(usable()).toBe(true);

    const otherKey = 'another-key-entirely-of-some-length';
    runThroughCache(bundle, { ...env, INDEX_CACHE_KEY: otherKey });
    expect(usable()).toBe(false);
    expect(usable(otherKey)).toBe(true);
    runThroughCache(bundle, env);
    expect(usable()).toBe(true);

    writeBundle(dir, '\nconsole.log("changed");');
    expect(usable()).toBe(false);
    const changed = runThroughCache(bundle, env);
    expect(changed.stdout).toContain('changed');
    expect(usable()).toBe(true);
  });

  it('writes nothing when the index cache is off', () => {
    const dir = tempDir();
    const cacheDir = join(dir, 'cache');
    const bundle = writeBundle(dir);
    const run = runThroughCache(bundle, { INDEX_CACHE_DIR: cacheDir, INDEX_CACHE_KEY: KEY, INDEX_CACHE: 'off' });
    expect(JSON.parse(run.stdout).twice).toBe(42);
    expect(existsSync(cacheFileOf(cacheDir))).toBe(false);
  });
});

describe('readCodeCache and writeCodeCache', () => {
  function cacheIn(dir: string, bundle: string, key = KEY) {
    const cache = codeCacheFor(bundle, { INDEX_CACHE_DIR: join(dir, 'cache'), INDEX_CACHE_KEY: key });
    if (!cache) throw new Error('expected a code cache');
    return cache;
  }

  it('reads back what was written, only with the same key and stamp', () => {
    const dir = tempDir();
    const bundle = writeBundle(dir);
    const cache = cacheIn(dir, bundle);
    const data = Buffer.from('compiled code\nwith a newline');
    writeCodeCache(cache, data);
    expect(readCodeCache(cache)?.equals(data)).toBe(true);
    expect(readCodeCache(cacheIn(dir, bundle, 'another-key-entirely-of-some-length'))).toBeUndefined();

    // V8 only checks the source's length: a bundle rebuilt to the same size must still miss the cache.
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    expect(readCodeCache(cacheIn(dir, bundle))).toBeUndefined();
  });

  it('is off without a place to keep it and quiet when the file is missing or cannot be written', () => {
    const dir = tempDir();
    const bundle = writeBundle(dir);
    expect(codeCacheFor(bundle, { INDEX_CACHE: 'off' })).toBeNull();
    expect(codeCacheFor(join(dir, 'missing.cjs'), { INDEX_CACHE_DIR: dir, INDEX_CACHE_KEY: KEY })).toBeNull();
    const cache = cacheIn(dir, bundle);
    expect(readCodeCache(cache)).toBeUndefined();
    writeFileSync(join(dir, 'blocker'), '');
    const unwritable = { ...cache, file: join(dir, 'blocker', 'code.v8') };
    expect(() => writeCodeCache(unwritable, Buffer.from('x'))).not.toThrow();
    expect(readCodeCache(unwritable)).toBeUndefined();
  });
});

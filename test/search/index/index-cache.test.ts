import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentDir } from '../../../src/config.js';
import { loadContent } from '../../../src/content/load.js';
import { ContentError } from '../../../src/content/parse.js';
import { PROJECT_ROOT } from '../../../src/project.js';
import { indexCacheSettings } from '../../../src/search/index/cache-settings.js';
import { snapshotCodeFiles } from '../../../src/search/index/index-cache.js';
import { loadKnowledgeBase, loadKnowledgeBaseWithCache } from '../../../src/search/index/load-knowledge-base.js';
import { KnowledgeBase } from '../../../src/search/knowledge-base.js';

const ASK = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ask.js');
const SHARED_QUESTIONS = join(PROJECT_ROOT, '..', 'shared', 'eval', 'questions.jsonl');
const OWN_QUESTIONS = join(PROJECT_ROOT, 'test', 'data', 'questions.own.jsonl');

function questions(): string[] {
  const lines = [SHARED_QUESTIONS, OWN_QUESTIONS]
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim());
  const asked = lines.map((line) => (JSON.parse(line) as { question: string }).question);
  return [...asked, 'zzz nothing here', 'osteocalcn', 'bone'];
}

let root: string;
let content: string;
let cacheDir: string;
let env: NodeJS.ProcessEnv;

/** A private copy of the project's content, so the tests can change it. */
async function copyContent(to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(contentDir())) {
    if (name.endsWith('.md') || name.endsWith('.txt')) await copyFile(join(contentDir(), name), join(to, name));
  }
}

async function cacheFiles(): Promise<string[]> {
  return existsSync(cacheDir) ? (await readdir(cacheDir)).sort() : [];
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'index-cache-test-'));
  content = join(root, 'content');
  cacheDir = join(root, 'cache');
  env = { INDEX_CACHE_DIR: cacheDir };
  await copyContent(content);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

describe('what the cache is keyed on', () => {
  it('hashes all the code a snapshot is made by: tokenizing and sentences in search/text, parsing in content/', () => {
    const files = snapshotCodeFiles().map((file) => relative(join(PROJECT_ROOT), file).replaceAll('\\', '/'));
    for (const made of [
      'search/text/text',
      'search/text/synonym-table',
      'search/index/passage-index',
      'content/parse',
    ]) {
      expect(files.some((file) => new RegExp(`${made}\\.[jt]s$`).test(file))).toBe(true);
    }
    expect(files.some((file) => file.endsWith('(missing)'))).toBe(false);
  });
});

describe('a cache file someone else wrote', () => {
  it('is a miss when its passages were changed, even with every field of the envelope right', async () => {
    const first = loadKnowledgeBaseWithCache(content, { env, write: 'sync' });
    expect(first.cache).toBe('built');
    const file = first.cacheFile ?? '';
    const original = readFileSync(file, 'utf8');
    const quoted = first.kb.passages[0]?.text ?? '';
    expect(original).toContain(JSON.stringify(quoted).slice(1, 40));
    // The forger's text: same length, same envelope, the digest left as it was.
    writeFileSync(file, original.replace(quoted.slice(0, 20), 'Bones cure everythin'));
    const second = loadKnowledgeBaseWithCache(content, { env, write: 'never' });
    expect(second.cache).toBe('built');
    expect(second.problem).toBe('unsigned (its digest does not match)');
    expect(second.kb.passages[0]?.text).toBe(quoted);
    // Re-signed with another key: still a miss.
    const other = loadKnowledgeBaseWithCache(content, {
      env: { ...env, INDEX_CACHE_KEY: 'not the key' },
      write: 'never',
    });
    expect(other.cache).toBe('built');
  });
});

describe('loading through the index cache', () => {
  it('builds and writes on the first start, then loads from the cache with identical answers', async () => {
    const first = loadKnowledgeBaseWithCache(content, { env });
    expect(first.cache).toBe('built');
    expect(first.problem).toBe('absent');
    expect(await first.written).toBe(true);
    expect(await cacheFiles()).toHaveLength(1);

    const second = loadKnowledgeBaseWithCache(content, { env });
    expect(second.cache).toBe('hit');
    expect(second.cacheFile).toBe(first.cacheFile);

    const fresh = KnowledgeBase.build(loadContent(content));
    expect(second.kb.stats).toEqual(fresh.stats);
    expect(second.kb.articles).toEqual(fresh.articles);
    expect(second.kb.allTags()).toEqual(fresh.allTags());
    for (const question of questions()) {
      expect(second.kb.answerQuestion(question), question).toEqual(fresh.answerQuestion(question));
      expect(second.kb.searchRaw(question), question).toEqual(fresh.searchRaw(question));
    }
    const tag = fresh.allTags()[0]?.tag ?? 'bone';
    expect(second.kb.passagesForTag(tag)).toEqual(fresh.passagesForTag(tag));
  });

  it('a cache hit does not parse the content: the articles come from the snapshot', async () => {
    await loadKnowledgeBaseWithCache(content, { env }).written;
    const parse = vi.spyOn(KnowledgeBase, 'build');
    const loaded = loadKnowledgeBaseWithCache(content, { env });
    expect(loaded.cache).toBe('hit');
    expect(parse).not.toHaveBeenCalled();
  });

  it('a change to the content invalidates the cache, and the stale file is removed', async () => {
    await loadKnowledgeBaseWithCache(content, { env, write: 'sync' }).written;
    const [before] = await cacheFiles();
    const file = join(content, 'bone-brain-axis.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nThe quokkaberry is a fruit unknown to science.\n`);

    const changed = loadKnowledgeBaseWithCache(content, { env, write: 'sync' });
    expect(changed.cache).toBe('built');
    expect(changed.kb.answerQuestion('What is the quokkaberry?').passages[0]?.text).toContain('quokkaberry');
    const after = await cacheFiles();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    expect(loadKnowledgeBaseWithCache(content, { env }).cache).toBe('hit');
  });

  it('a new file in the content folder invalidates the cache', async () => {
    await loadKnowledgeBaseWithCache(content, { env, write: 'sync' }).written;
    const text = await readFile(join(content, 'bone-brain-axis.md'), 'utf8');
    // A copy under another id; one article declares /axis, so the copy must not.
    const copy = text.replace(/^id: .*$/m, 'id: second').replace(/^command:\n(?: {2}.*\n)+/m, '');
    await writeFile(join(content, 'second.md'), copy);
    const loaded = loadKnowledgeBaseWithCache(content, { env });
    expect(loaded.cache).toBe('built');
    expect(loaded.kb.stats.articles).toBe(2);
  });

  it.each([
    ['garbage', 'not json at all {'],
    ['a truncated file', null],
    ['valid JSON of the wrong shape', '{"format":1}'],
    ['an empty file', ''],
  ])('falls back to building, silently, when the cache file is %s', async (_label, replacement) => {
    const first = loadKnowledgeBaseWithCache(content, { env, write: 'sync' });
    const cacheFile = first.cacheFile as string;
    const original = await readFile(cacheFile, 'utf8');
    await writeFile(cacheFile, replacement ?? original.slice(0, Math.floor(original.length / 2)));
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');

    const loaded = loadKnowledgeBaseWithCache(content, { env, write: 'sync' });
    expect(loaded.cache).toBe('built');
    expect(loaded.problem).toMatch(/corrupt|stale|unsigned/);
    expect(loaded.kb.answerQuestion('osteocalcin').passages.map((p) => p.paragraph)).toEqual([5]);
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
    // ... and repairs it.
    expect(loadKnowledgeBaseWithCache(content, { env }).cache).toBe('hit');
  });

  it('falls back when a signed snapshot is well-formed JSON but does not load, or does not add up', async () => {
    const first = loadKnowledgeBaseWithCache(content, { env, write: 'sync' });
    const cacheFile = first.cacheFile as string;
    const parsed = JSON.parse(await readFile(cacheFile, 'utf8'));
    delete parsed.digest;
    // Signed with the right key, as a bug of our own (not a forger) would write it.
    const signed = (value: unknown) => {
      const body = JSON.stringify(value).slice(0, -1);
      const key = indexCacheSettings(env)?.key ?? Buffer.alloc(0);
      return `${body},"digest":"${createHmac('sha256', key).update(body).digest('hex')}"}`;
    };
    parsed.snapshot.index.documentCount += 1;
    await writeFile(cacheFile, signed(parsed));
    expect(loadKnowledgeBaseWithCache(content, { env, write: 'never' }).cache).toBe('built');

    parsed.snapshot.index.documentCount -= 1;
    parsed.snapshot.index.serializationVersion = 99; // MiniSearch.loadJS refuses it
    await writeFile(cacheFile, signed(parsed));
    expect(loadKnowledgeBaseWithCache(content, { env, write: 'never' }).cache).toBe('built');

    parsed.snapshot.index.serializationVersion = 2;
    const spans = parsed.snapshot.sentences;
    parsed.snapshot.sentences = spans.slice(1); // one passage without its sentences
    await writeFile(cacheFile, signed(parsed));
    expect(loadKnowledgeBaseWithCache(content, { env, write: 'never' }).problem).toMatch(/corrupt/);

    parsed.snapshot.sentences = spans;
    parsed.snapshot.index.terms[3] = 42; // a damaged term: found while loading, not before
    await writeFile(cacheFile, signed(parsed));
    const loaded = loadKnowledgeBaseWithCache(content, { env });
    expect(loaded.cache).toBe('built');
    expect(loaded.problem).toMatch(/corrupt/);
    expect(loaded.kb.answerQuestion('osteocalcin').passages.map((p) => p.paragraph)).toEqual([5]);
  });

  it('never breaks start-up when the cache cannot be written or read', async () => {
    // The cache "folder" is a file: nothing can be created in it.
    await writeFile(cacheDir, 'in the way');
    const stderr = vi.spyOn(process.stderr, 'write');
    const loaded = loadKnowledgeBaseWithCache(content, { env });
    expect(loaded.cache).toBe('built');
    expect(await loaded.written).toBe(false);
    expect(loaded.kb.answerQuestion('osteocalcin').passages.map((p) => p.paragraph)).toEqual([5]);
    expect(stderr).not.toHaveBeenCalled();
  });

  it('INDEX_CACHE=off builds every time and writes nothing', async () => {
    const off = { ...env, INDEX_CACHE: 'off' };
    const loaded = loadKnowledgeBaseWithCache(content, { env: off });
    expect(loaded.cache).toBe('off');
    expect(await loaded.written).toBe(false);
    expect(loadKnowledgeBaseWithCache(content, { env: off }).cache).toBe('off');
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('still refuses a malformed content file with its name, whether or not a cache exists', async () => {
    await loadKnowledgeBaseWithCache(content, { env, write: 'sync' }).written;
    await writeFile(join(content, 'broken.md'), 'no front matter here\n\nA paragraph.\n');
    expect(() => loadKnowledgeBase(content, { env })).toThrow(ContentError);
    expect(() => loadKnowledgeBase(content, { env })).toThrow(/broken\.md: missing front matter/);
    // Same refusal as without the cache.
    expect(() => loadKnowledgeBase(content, { env: { INDEX_CACHE: 'off' } })).toThrow(
      /broken\.md: missing front matter/,
    );
    expect(() => loadContent(content)).toThrow(/broken\.md: missing front matter/);
  });

  it('refuses an empty or missing content folder as before', async () => {
    const empty = join(root, 'empty');
    await mkdir(empty);
    expect(() => loadKnowledgeBase(empty, { env })).toThrow(/no articles/);
    expect(() => loadKnowledgeBase(join(root, 'missing'), { env })).toThrow(ContentError);
  });

  it('keeps one cache file per content folder, side by side for different folders', async () => {
    const other = join(root, 'other');
    await copyContent(other);
    await loadKnowledgeBaseWithCache(content, { env, write: 'sync' }).written;
    await loadKnowledgeBaseWithCache(other, { env, write: 'sync' }).written;
    expect((await cacheFiles()).filter((n) => n.endsWith('.json'))).toHaveLength(2);
    expect(loadKnowledgeBaseWithCache(content, { env }).cache).toBe('hit');
    expect(loadKnowledgeBaseWithCache(other, { env }).cache).toBe('hit');
  });
});

describe('the cache across processes', () => {
  const ask = (question: string) =>
    new Promise<{ code: number | null; out: string; err: string }>((done) => {
      const child = spawn(process.execPath, [ASK, '--json', question], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, CONTENT_DIR: content, INDEX_CACHE_DIR: cacheDir, INDEX_CACHE: '' },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
      });
      child.stderr.on('data', (chunk) => {
        err += chunk;
      });
      child.on('close', (code) => done({ code, out, err }));
    });

  it.skipIf(!existsSync(ASK))('concurrent first starts all answer, and leave one complete cache file', async () => {
    const question = 'Which hormone released by bones can cross the blood-brain barrier?';
    const runs = await Promise.all(Array.from({ length: 4 }, () => ask(question)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.err).toBe('');
      expect(run.out).toBe(runs[0]?.out);
    }
    // Beside the one index file, the built `ask` keeps its code cache (test/cli/code-cache.test.ts).
    const files = (await cacheFiles()).filter((name) => !name.startsWith('code-'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^index-.*\.json$/);
    const warm = await ask(question);
    expect(warm.out).toBe(runs[0]?.out);
    expect(JSON.parse(warm.out).answers[0].text).toContain('osteocalcin');
  });
});

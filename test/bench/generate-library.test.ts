import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRandom, generateLibrary, MARKER_FILE } from '../../bench/generate-library.js';
import { contentDir } from '../../src/config.js';
import { loadContent } from '../../src/content/load.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'generate-library-test-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(join(dir, name), 'utf8');
  return files;
}

describe('generateLibrary', () => {
  it('writes N articles of P paragraphs, plus the real content, that load as valid content', () => {
    const library = generateLibrary({ articles: 5, paragraphs: 4, out: join(root, 'lib') });
    const real = loadContent(contentDir());
    expect(library.articles).toBe(5 + real.articles.length);
    const loaded = loadContent(library.dir);
    expect(loaded.articles).toHaveLength(5 + real.articles.length);
    for (const article of loaded.articles.filter((a) => a.id.startsWith('synthetic-'))) {
      expect(article.passages).toHaveLength(4);
      expect(article.title.length).toBeGreaterThan(0);
      expect(article.tags.length).toBeGreaterThan(0);
      for (const passage of article.passages) expect(passage.text.split(' ').length).toBeGreaterThan(5);
    }
    expect(library.paragraphs).toBe(loaded.articles.reduce((n, a) => n + a.passages.length, 0));
  });

  it('is deterministic: same options, same bytes; another seed, other text', async () => {
    const a = generateLibrary({ articles: 4, paragraphs: 3, seed: 7, out: join(root, 'a') });
    const b = generateLibrary({ articles: 4, paragraphs: 3, seed: 7, out: join(root, 'b') });
    const c = generateLibrary({ articles: 4, paragraphs: 3, seed: 8, out: join(root, 'c') });
    const [filesA, filesB, filesC] = await Promise.all([snapshot(a.dir), snapshot(b.dir), snapshot(c.dir)]);
    expect(filesA).toEqual(filesB);
    expect(filesA['synthetic-0001.md']).not.toEqual(filesC['synthetic-0001.md']);
  });

  it('copies the real article byte for byte', async () => {
    const library = generateLibrary({ articles: 20, paragraphs: 5, out: join(root, 'lib') });
    for (const name of await readdir(contentDir())) {
      if (!name.endsWith('.md') || name === 'README.md') continue;
      expect(await readFile(join(library.dir, name))).toEqual(await readFile(join(contentDir(), name)));
    }
  });

  // Without the shared raw texts the synthetic articles only remix the real one, so its questions
  // are ambiguous by construction; with them (as in CI), the real article must still answer its own questions.
  it.skipIf(!existsSync(join(PROJECT_ROOT, '..', 'shared', 'eval', 'squad', 'raw')))(
    'keeps the real article the answer to its own questions inside the library',
    () => {
      const library = generateLibrary({ articles: 20, paragraphs: 5, out: join(root, 'lib') });
      const kb = KnowledgeBase.build(loadContent(library.dir));
      const answer = kb.answerQuestion('Which hormone released by bones can cross the blood-brain barrier?');
      expect(answer.passages[0]?.articleId).toBe('bone-brain-axis');
      expect(answer.passages[0]?.text).toContain('osteocalcin');
    },
  );

  it('works without the shared raw texts, from the project content alone', () => {
    const library = generateLibrary({ articles: 3, paragraphs: 2, out: join(root, 'lib'), sourceDir: null });
    expect(library.source).toBe('project content');
    expect(loadContent(library.dir).articles).toHaveLength(library.articles);
  });

  it('regenerates into its own folder (fewer articles leave no stale files) but never empties a foreign one', async () => {
    const out = join(root, 'lib');
    generateLibrary({ articles: 6, paragraphs: 2, out });
    const smaller = generateLibrary({ articles: 2, paragraphs: 2, out });
    expect(loadContent(out).articles).toHaveLength(smaller.articles);
    expect(existsSync(join(out, MARKER_FILE))).toBe(true);

    const foreign = join(root, 'foreign');
    await mkdir(foreign);
    await writeFile(join(foreign, 'notes.md'), 'mine');
    expect(() => generateLibrary({ articles: 1, paragraphs: 1, out: foreign })).toThrow(/not made by this script/);
    expect(await readFile(join(foreign, 'notes.md'), 'utf8')).toBe('mine');
  });

  it('refuses nonsense sizes', () => {
    expect(() => generateLibrary({ articles: -1, out: join(root, 'x') })).toThrow(/articles/);
    expect(() => generateLibrary({ articles: 1, paragraphs: 0, out: join(root, 'x') })).toThrow(/paragraphs/);
  });
});

describe('createRandom', () => {
  it('is a seeded sequence in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});

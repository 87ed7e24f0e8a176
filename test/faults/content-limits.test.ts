/**
 * Fault suite, part 6: content that is too big for its own good. A file over the size limit is refused before it
 * is read, with its name; an article with too many paragraphs likewise; 100,000 synonym rules cost a question
 * about what ten do, because they are compiled once at load. Behaviour is asserted, costs are printed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, contentLimits } from '../../src/config.js';
import { loadContent } from '../../src/content/load.js';
import { ContentError } from '../../src/content/parse.js';
import { PROJECT_ROOT } from '../../src/project.js';
import { KnowledgeBase } from '../../src/search/knowledge-base.js';
import { parseSynonyms } from '../../src/search/text/synonyms.js';

const figures: string[] = [];
afterAll(() => {
  for (const line of figures) console.log(`[faults/content-limits] ${line}`);
});

const ARTICLE = readFileSync(join(contentDir(), 'bone-brain-axis.md'), 'utf8');

function folderWith(name: string, body: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-limits-'));
  writeFileSync(join(dir, name), body);
  return dir;
}

describe('the per-file size guard', () => {
  it('a 50 MB article is refused at once, by name, with the limit and how to raise it', () => {
    const dir = folderWith('dump.md', `${ARTICLE}\n\n${'Filler words for a huge pasted dump. '.repeat(1_400_000)}`);
    const started = performance.now();
    const error = (() => {
      try {
        loadContent(dir);
      } catch (e) {
        return e;
      }
    })();
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toBe(join(dir, 'dump.md'));
    expect((error as Error).message).toMatch(/is 49\.\d MB, more than the 2\.0 MB .*CONTENT_MAX_FILE_BYTES/);
    figures.push(`50 MB content file: refused in ${ms.toFixed(1)} ms (it took 75 s and 2 GB to load before)`);
  });

  it('npm start refuses it the same way: one line naming the file, exit 1', () => {
    const dir = folderWith('dump.md', `${ARTICLE}\n\n${'x '.repeat(1_100_000)}`);
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js')], {
      env: { PATH: process.env.PATH ?? '', CONTENT_DIR: dir, DISCORD_TOKEN: '' },
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: content error: .*dump\.md: is 2\.1 MB, more than the 2\.0 MB/);
  });

  it('CONTENT_MAX_FILE_BYTES and CONTENT_MAX_PARAGRAPHS move the limits; a bad value is a configuration error', () => {
    const dir = folderWith('article.md', ARTICLE);
    expect(() => loadContent(dir)).not.toThrow();
    const paragraphs = loadContent(dir).articles[0]?.passages.length ?? 0;
    expect(paragraphs).toBeGreaterThan(5);
    const tight = contentLimits({ CONTENT_MAX_PARAGRAPHS: '5' });
    expect(tight).toEqual({ maxFileBytes: 2 * 1024 * 1024, maxParagraphs: 5 });
    expect(() => loadContent(dir, tight)).toThrow(
      new RegExp(`article\\.md: has ${paragraphs} paragraphs, more than the 5 an article may have`),
    );
    expect(() => loadContent(dir, contentLimits({ CONTENT_MAX_FILE_BYTES: '1000' }))).toThrow(/CONTENT_MAX_FILE_BYTES/);
    expect(() => contentLimits({ CONTENT_MAX_FILE_BYTES: 'lots' })).toThrow(
      'CONTENT_MAX_FILE_BYTES must be a whole number from 1 (got "lots").',
    );
  });
});

describe('synonym rules at scale', () => {
  it('100,000 rules: the same answers, and questions and a start from the cache at most about 2x the cost', () => {
    const few = readFileSync(join(contentDir(), 'bone-brain-axis.synonyms.txt'), 'utf8');
    // Rules no question uses (made-up words), besides the article's own: what matters is what they cost.
    const many = Array.from({ length: 100_000 }, (_, i) => `zq${i.toString(36)}, zx${i.toString(36)} word`).join('\n');
    const median = (run: () => void, times = 5) => {
      const runs: number[] = [];
      for (let i = 0; i < times; i++) {
        const started = performance.now();
        run();
        runs.push(performance.now() - started);
      }
      return runs.sort((a, b) => a - b)[Math.floor(times / 2)] ?? 0;
    };
    const content = loadContent(contentDir());
    const small = KnowledgeBase.build({ ...content, synonyms: parseSynonyms(few) });
    const large = KnowledgeBase.build({ ...content, synonyms: parseSynonyms(`${few}\n${many}`) });
    const questions = [
      'Can exercise help when I feel sad?',
      'What does osteocalcin do?',
      'why do depressed ppl get weak bones',
    ];
    for (const q of questions) expect(large.answerQuestion(q)).toEqual(small.answerQuestion(q));
    const askFew = median(() => {
      for (const q of questions) small.answerQuestion(q);
    });
    const askMany = median(() => {
      for (const q of questions) large.answerQuestion(q);
    });

    // A whole start, as `npm run ask` does it, from a warm index cache: the way the bot restarts.
    const cache = mkdtempSync(join(tmpdir(), 'synonyms-cache-'));
    const folder = (synonyms: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'synonyms-scale-'));
      copyFileSync(join(contentDir(), 'bone-brain-axis.md'), join(dir, 'bone-brain-axis.md'));
      writeFileSync(join(dir, 'bone-brain-axis.synonyms.txt'), synonyms);
      return dir;
    };
    const start = (dir: string) => () => {
      const run = spawnSync(
        process.execPath,
        [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ask.js'), 'What is osteocalcin?'],
        {
          env: { PATH: process.env.PATH ?? '', CONTENT_DIR: dir, INDEX_CACHE_DIR: cache },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(run.status).toBe(0);
    };
    const [fewDir, manyDir] = [folder(few), folder(`${few}\n${many}`)];
    const coldMany = median(start(manyDir), 1); // builds and writes the cache
    start(fewDir)();
    const startFew = median(start(fewDir), 3);
    const startMany = median(start(manyDir), 3);
    figures.push(
      `100,000 synonym rules: a question ${(askMany / askFew).toFixed(2)}x the time with the article's own rules ` +
        `(${askMany.toFixed(2)} vs ${askFew.toFixed(2)} ms for 3); a start from the cache ${(startMany / startFew).toFixed(2)}x ` +
        `(${startMany.toFixed(0)} vs ${startFew.toFixed(0)} ms); the first start, parsing and indexing them, ${coldMany.toFixed(0)} ms`,
    );
  }, 60_000);
});

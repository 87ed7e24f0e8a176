import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/import.js';
import { formatArticleFile } from '../../src/content/article-file.js';
import { parseRawArticle } from '../../src/content/raw-article.js';

const SEED = '/work/shared/content-source/bone-brain-axis.sciencealert.txt';
const SQUAD_RAW = '/work/shared/eval/squad/raw';
const BUILT = fileURLToPath(new URL('../../dist/src/cli/import.js', import.meta.url));

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

let dir: string;
let out: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-test-'));
  out = join(dir, 'content');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('import command', () => {
  it('writes the seed article under the given id', async () => {
    const result = await run(SEED, '--out', out, '--id', 'bone-brain-axis');
    const target = join(out, 'bone-brain-axis.md');
    expect(result).toEqual({ code: 0, out: [`wrote ${target} (9 paragraphs, 15 tags)`], err: [] });
    const raw = parseRawArticle(await readFile(SEED, 'utf8'), SEED);
    expect(await readFile(target, 'utf8')).toBe(formatArticleFile({ id: 'bone-brain-axis', ...raw }));
  });

  it('names the file after a slug of the title without --id', async () => {
    const result = await run(SEED, '--out', out);
    expect(result.code).toBe(0);
    expect(await readdir(out)).toEqual(['brain-bone-axis-may-link-depression-with-osteoporosis-study.md']);
  });

  it('imports every .txt file of a folder, sorted by name', async () => {
    await writeFile(join(dir, 'notes.md'), 'not an article');
    const result = await run(SQUAD_RAW, '--out', out);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out).toHaveLength(12);
    expect(result.out[0]).toBe(`wrote ${join(out, 'super-bowl-50.md')} (54 paragraphs, 5 tags)`);
    expect(result.out[2]).toBe(`wrote ${join(out, 'packet-switching.md')} (23 paragraphs, 5 tags)`);
    expect(result.out[11]).toBe(`wrote ${join(out, 'doctor-who.md')} (64 paragraphs, 5 tags)`);
    expect((await readdir(out)).sort()).toHaveLength(12);
  });

  it('ignores non-.txt files in a folder', async () => {
    const input = join(dir, 'in');
    await run(SEED, '--out', input, '--id', 'x'); // creates the folder with an .md file in it
    await writeFile(join(input, 'a.txt'), 'A : P\nH\nPara.\n');
    const result = await run(input, '--out', out);
    expect(result.code).toBe(0);
    expect(await readdir(out)).toEqual(['a.md']);
  });

  it('refuses to overwrite without --force and overwrites with it', async () => {
    expect((await run(SEED, '--out', out, '--id', 'bba')).code).toBe(0);
    const target = join(out, 'bba.md');
    await writeFile(target, 'edited by hand');

    const refused = await run(SEED, '--out', out, '--id', 'bba');
    expect(refused.code).toBe(1);
    expect(refused.out).toEqual([]);
    expect(refused.err[0]).toContain(`import: ${SEED}: `);
    expect(refused.err[0]).toContain('--force');
    expect(await readFile(target, 'utf8')).toBe('edited by hand');

    const forced = await run(SEED, '--out', out, '--id', 'bba', '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(target, 'utf8')).toMatch(/^---\nid: bba\n/);
  });

  it('reports a bad file by name, exits 1 and writes nothing', async () => {
    const input = join(dir, 'in');
    await run(SEED, '--out', input, '--id', 'unused');
    await writeFile(join(input, 'a-good.txt'), 'Good : P\nH\nPara.\n');
    await writeFile(join(input, 'b-bad.txt'), 'No separator here\nH\nPara.\n');
    await writeFile(join(input, 'c-empty.txt'), '');
    const result = await run(input, '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toContain(
      `import: ${join(input, 'b-bad.txt')}: line 1: expected "Title : Publisher" but found no " : " in "No separator here"`,
    );
    expect(result.err).toContain(`import: ${join(input, 'c-empty.txt')}: the file is empty`);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a file that is not UTF-8', async () => {
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from('Caf\xe9 : P\nH\nPara.\n', 'latin1'));
    const result = await run(latin1, '--out', out);
    expect(result).toEqual({ code: 1, out: [], err: [`import: ${latin1}: not UTF-8 text`] });
  });

  it('makes ids unique within one call', async () => {
    await writeFile(join(dir, 'a.txt'), 'Same Title : P\nH\nOne.\n');
    await writeFile(join(dir, 'b.txt'), 'Same Title : Q\nH\nTwo.\n');
    await writeFile(join(dir, 'c.txt'), 'Same Title : R\nH\nThree.\n');
    const result = await run(dir, '--out', out);
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['same-title-2.md', 'same-title-3.md', 'same-title.md']);
    expect(await readFile(join(out, 'same-title-2.md'), 'utf8')).toContain('publisher: Q\n');
  });

  it('imports a file named twice only once', async () => {
    const result = await run(SEED, SEED, '--out', out);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
  });

  it.each([
    [['--help'], 0, /Usage: npm run import/],
    [[], 1, /no input file or folder/],
    [['--bogus', SEED], 1, /import: .*bogus/],
    [['/no/such/file.txt'], 1, /import: \/no\/such\/file\.txt: no such file or folder/],
    [[SEED, '--id', 'Not A Slug'], 1, /--id "Not A Slug"/],
    [[SEED, SQUAD_RAW, '--id', 'x'], 1, /--id: given with 13 input files/],
  ])('%j exits %i', async (argv, code, message) => {
    const result = await run(...argv, '--out', out);
    expect(result.code).toBe(code);
    expect([...result.out, ...result.err].join('\n')).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 when no title gives an id and the file name does not either', async () => {
    await writeFile(join(dir, '日本.txt'), '日本 : P\nH\nPara.\n');
    const result = await run(join(dir, '日本.txt'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/日本\.txt: cannot make an id .*--id/);
  });
});

describe.skipIf(!existsSync(BUILT))('the built command (dist/src/cli/import.js, from npm run build)', () => {
  it('runs main when executed directly', async () => {
    const ok = spawnSync(process.execPath, [BUILT, SEED, '--out', out, '--id', 'bone-brain-axis'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`wrote ${join(out, 'bone-brain-axis.md')} (9 paragraphs, 15 tags)\n`);

    const again = spawnSync(process.execPath, [BUILT, SEED, '--out', out, '--id', 'bone-brain-axis'], {
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`import: ${SEED}: `);

    const bad = join(dir, 'bad.txt');
    await writeFile(bad, 'no separator\nH\nP\n');
    const failed = spawnSync(process.execPath, [BUILT, bad, '--out', out], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`^import: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 1`));
  });
});

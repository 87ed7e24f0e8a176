/**
 * `npm run import` of web pages: saved .html files and URLs served by a loopback HTTP server, in the shapes real
 * sites serve (a news page with navigation, ads, share bars, JSON-LD and comments; a Wikipedia-style page with an
 * infobox, reference markers and navboxes; a blog page with no metadata), and every way fetching can fail.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/import.js';
import { loadContent } from '../../src/content/load.js';
import { PROJECT_ROOT } from '../../src/project.js';

const PAGES = join(PROJECT_ROOT, 'test', 'data', 'pages');
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');

let server: Server;
let base: string;
const seenAgents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenAgents.push(String(req.headers['user-agent']));
    const path = req.url ?? '/';
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/news') return html(page('news.html'));
    if (path === '/wiki') return html(page('wikipedia.html'));
    if (path === '/blog') return html(page('blog.html'));
    if (path === '/moved') {
      res.writeHead(301, { location: '/blog' });
      return res.end();
    }
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      res.writeHead(302, { location: `/hop/${Number(hop[1]) + 1}` });
      return res.end();
    }
    if (path === '/json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"not":"a page"}');
    }
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' }); // no Content-Length: the cap must hold while reading
      const chunk = `<p>${'filler '.repeat(1000)}</p>`;
      for (let i = 0; i < 900; i++) res.write(chunk);
      return res.end();
    }
    if (path === '/empty')
      return html('<html><head><title>Nothing here</title></head><body><nav>Home</nav></body></html>');
    if (path === '/silent') return; // never answers
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function run(argv: string[], timeoutMs?: number) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    { out: (line) => out.push(line), err: (line) => err.push(line) },
    timeoutMs ? { timeoutMs } : {},
  );
  return { code, out, err };
}

const outDir = () => mkdtempSync(join(tmpdir(), 'import-pages-'));

describe('importing a news page by URL', () => {
  it('writes a content file with exactly the article paragraphs and the page metadata', async () => {
    const dir = outDir();
    const result = await run([`${base}/news`, '--out', dir]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      expect.stringMatching(/^wrote .*walking-daily-strengthens-bones-in-older-adults.*\.md \(5 paragraphs, 4 tags\)$/),
    ]);
    const [article] = loadContent(dir).articles;
    expect(article).toMatchObject({
      title: 'Walking Daily Strengthens Bones In Older Adults, Trial Finds',
      headline: 'A year-long trial of 400 adults over 60 measured bone density before and after.',
      publisher: 'Daily Health Wire',
      authors: ['Maria Okafor', 'Tom Lindqvist'],
      published: '2025-03-14T09:30:00Z',
      url: 'https://news.example.org/health/2025/walking-bones',
      tags: ['Bone density', 'Walking', 'Healthy ageing', 'Exercise'],
    });
    const texts = article?.passages.map((p) => p.text) ?? [];
    expect(texts).toHaveLength(5);
    expect(texts[0]).toMatch(/^Older adults who walked for thirty minutes every day/);
    expect(texts[2]).toBe(
      'In the walking group, hip bone density fell by 0.3 percent on average, against 1.8 percent in the comparison ' +
        'group — a difference the authors call “clinically meaningful” for people at risk of fractures.',
    );
    const all = texts.join('\n');
    for (const debris of [
      'Advertisement',
      'Share on',
      'newsletter',
      'cookies',
      'Leave a Reply',
      'Great article',
      'Related',
      '©',
    ]) {
      expect(all).not.toContain(debris);
    }
    expect(seenAgents.at(-1)).toMatch(/^article-bot\/\d/);
  });

  it('refuses a page already imported, naming the file, and replaces it with --force', async () => {
    const dir = outDir();
    expect((await run([`${base}/news`, '--out', dir])).code).toBe(0);
    const again = await run([`${base}/news`, '--out', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([expect.stringMatching(/: already imported as .*\.md \(use --force to replace it\)$/)]);
    const forced = await run([`${base}/news`, '--out', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('other page shapes', () => {
  it('a Wikipedia-style page: no infobox, reference markers, edit links, navbox or categories', async () => {
    const dir = outDir();
    expect((await run([`${base}/wiki`, '--out', dir])).code).toBe(0);
    const [article] = loadContent(dir).articles;
    expect(article?.title).toBe('Osteocalcin');
    expect(article?.publisher).toBe('Wikipedia');
    expect(article?.url).toBe('https://en.wikipedia.org/wiki/Osteocalcin');
    const texts = article?.passages.map((p) => p.text) ?? [];
    expect(texts).toEqual([
      'Osteocalcin, also known as bone gamma-carboxyglutamic acid-containing protein (BGLAP), is a small ' +
        'noncollagenous protein hormone found in bone and dentin, first identified as a calcium-binding protein.',
      'Because it has gla domains, its synthesis is vitamin K dependent. In humans, osteocalcin is encoded by the BGLAP gene.',
      "Osteocalcin is secreted solely by osteoblasts and is thought to play a role in the body's metabolic regulation. " +
        'In its carboxylated form it binds calcium directly and thus concentrates in bone.',
      'In its uncarboxylated form, osteocalcin acts as a hormone in the body, causing beta cells in the pancreas to ' +
        'release more insulin, and at the same time directing fat cells to release the hormone adiponectin, which ' +
        'increases sensitivity to insulin.',
    ]);
  });

  it('a blog page with no metadata, reached through a redirect: the URL it ended at, no invented fields', async () => {
    const dir = outDir();
    expect((await run([`${base}/moved`, '--out', dir])).code).toBe(0);
    const [article] = loadContent(dir).articles;
    expect(article?.title).toBe('Notes on stress and sleep');
    expect(article?.url).toBe(`${base}/blog`);
    expect(article?.authors).toEqual([]);
    expect(article?.published).toBeUndefined();
    expect(article?.passages).toHaveLength(4);
  });

  it('a saved .html file: the same extraction, the URL from the page itself', async () => {
    const dir = outDir();
    expect((await run([join(PAGES, 'news.html'), '--out', dir])).code).toBe(0);
    const [article] = loadContent(dir).articles;
    expect(article?.url).toBe('https://news.example.org/health/2025/walking-bones');
    expect(article?.passages).toHaveLength(5);
  });
});

describe('each fetch failure is one line, a non-zero exit, and no file', () => {
  it.each([
    ['404', '/missing', /: the server answered 404 Not Found$/],
    ['not HTML', '/json', /: not an HTML page \(Content-Type: application\/json\)$/],
    ['too large', '/huge', /: the page is too large \(more than 5\.0 MB\)$/],
    ['too many redirects', '/hop/0', /: more than 5 redirects$/],
    ['no article', '/empty', /: no article found in the page$/],
  ])('%s', async (_label, path, message) => {
    const dir = outDir();
    const result = await run([`${base}${path}`, '--out', dir]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(new RegExp(`^import: ${base}${path}${message.source}`))]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a timeout', async () => {
    const dir = outDir();
    const result = await run([`${base}/silent`, '--out', dir], 500);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`import: ${base}/silent: no answer within 1 s`]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a URL that is not http or https', async () => {
    const result = await run(['ftp://127.0.0.1/page.html', '--out', outDir()]);
    expect(result.err).toEqual([
      'import: ftp://127.0.0.1/page.html: only http and https URLs can be imported (got ftp:)',
    ]);
  });
});

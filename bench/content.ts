/**
 * Bench section (e), content in: the time to import a web page (extracting a saved page, and fetching one from a
 * loopback server then extracting it), and the time from a content change to the first answer from it, through
 * the same LiveContent the bot uses (the watcher's 300 ms debounce included). In process, medians.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fetchPage } from '../src/content/fetch-page.js';
import { extractArticle } from '../src/content/html-article.js';
import { PROJECT_ROOT } from '../src/project.js';
import { LiveContent } from '../src/search/index/live-content.js';
import { loadKnowledgeBase } from '../src/search/index/load-knowledge-base.js';

export interface ContentFigures {
  /** Extracting the article and metadata of a saved news page (~12 KB). */
  extractMs: number;
  /** Fetching that page from a loopback server, then extracting it. */
  fetchAndExtractMs: number;
  /** A new article written to the content folder → the first answer quoting it. */
  changeToAnswerMs: number;
  runs: number;
}

const PAGE = join(PROJECT_ROOT, 'test', 'data', 'pages', 'news.html');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function measureContent(runs: number): Promise<ContentFigures> {
  const html = readFileSync(PAGE, 'utf8');
  extractArticle(html); // warm
  const extract: number[] = [];
  for (let i = 0; i < runs * 4; i++) {
    const started = performance.now();
    extractArticle(html, 'https://news.example.org/page');
    extract.push(performance.now() - started);
  }

  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`;
  const fetched: number[] = [];
  try {
    for (let i = 0; i < runs * 2; i++) {
      const started = performance.now();
      const page = await fetchPage(url);
      extractArticle(page.html, page.url);
      fetched.push(performance.now() - started);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }

  const dir = mkdtempSync(join(os.tmpdir(), 'article-bot-bench-content-'));
  const cache = mkdtempSync(join(os.tmpdir(), 'article-bot-bench-cache-'));
  const env = { ...process.env, INDEX_CACHE_DIR: cache };
  const changes: number[] = [];
  try {
    for (const name of ['bone-brain-axis.md', 'bone-brain-axis.synonyms.txt']) {
      copyFileSync(join(PROJECT_ROOT, 'content', name), join(dir, name));
    }
    const live = new LiveContent(dir, loadKnowledgeBase(dir, { env }), { env }).watch();
    // The watcher never keeps a process alive by itself (the bot has its connection for that); this one waits.
    const keepAlive = setInterval(() => {}, 1_000);
    try {
      for (let i = 0; i < runs; i++) {
        const word = `zorbulite${i}`;
        const answered = new Promise<void>((resolve) =>
          live.onReload((kb) => {
            if (kb.answerQuestion(`What is ${word}?`).passages.some((p) => p.articleId === `bench-${i}`)) resolve();
          }),
        );
        const started = performance.now();
        writeFileSync(
          join(dir, `bench-${i}.md`),
          `---\nid: bench-${i}\ntitle: Bench ${i}\n---\n\n${word[0]?.toUpperCase()}${word.slice(1)} is a mineral found in bones.\n`,
        );
        await answered;
        changes.push(performance.now() - started);
      }
    } finally {
      clearInterval(keepAlive);
      live.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
  return {
    extractMs: median(extract),
    fetchAndExtractMs: median(fetched),
    changeToAnswerMs: median(changes),
    runs,
  };
}

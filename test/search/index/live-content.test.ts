import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, loadConfig } from '../../../src/config.js';
import { currentKnowledgeBase, LiveContent } from '../../../src/search/index/live-content.js';
import { loadKnowledgeBase } from '../../../src/search/index/load-knowledge-base.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-content-'));
  copyFileSync(join(contentDir(), 'bone-brain-axis.md'), join(dir, 'bone-brain-axis.md'));
  return dir;
}

const env = { INDEX_CACHE: 'off' };
const ARTICLE = '---\nid: extra\ntitle: Extra\n---\n\nA paragraph about walking.\n';

describe('LiveContent', () => {
  it('swaps in the new content at once, and tells its listeners', async () => {
    const dir = folder();
    const live = new LiveContent(dir, loadKnowledgeBase(dir, { env }), { env });
    const before = live.current;
    const seen: number[] = [];
    live.onReload((kb) => seen.push(kb.stats.articles));
    writeFileSync(join(dir, 'extra.md'), ARTICLE);
    await live.reload();
    expect(live.current).not.toBe(before);
    expect(currentKnowledgeBase(live).stats.articles).toBe(2);
    expect(seen).toEqual([2]);
    live.close();
  });

  it('keeps the previous content when a file is broken, and logs one error naming it', async () => {
    const dir = folder();
    const errors: Array<Record<string, unknown>> = [];
    const logger = {
      info() {},
      debug() {},
      error: (details: object) => errors.push(details as Record<string, unknown>),
    };
    const live = new LiveContent(dir, loadKnowledgeBase(dir, { env }), { env, logger });
    const before = live.current;
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [oops\n---\n\nText.\n');
    await live.reload();
    expect(live.current).toBe(before);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.problem)).toMatch(/broken\.md: /);
    live.close();
  });

  it('picks up a change by itself once watching', async () => {
    const dir = folder();
    const live = new LiveContent(dir, loadKnowledgeBase(dir, { env }), { env, debounceMs: 50 }).watch();
    const reloaded = new Promise<number>((resolve) => live.onReload((kb) => resolve(kb.stats.articles)));
    writeFileSync(join(dir, 'extra.md'), ARTICLE);
    const articles = await Promise.race([
      reloaded,
      new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no reload within 5 s')), 5_000)),
    ]);
    expect(articles).toBe(2);
    live.close();
  });
});

describe('CONTENT_WATCH', () => {
  it('is on unless it says off, and a value that is neither is a configuration error', () => {
    expect(loadConfig({}, 'console').watchContent).toBe(true);
    expect(loadConfig({ CONTENT_WATCH: 'off' }, 'console').watchContent).toBe(false);
    expect(() => loadConfig({ CONTENT_WATCH: 'sometimes' }, 'console')).toThrow(/CONTENT_WATCH must be on or off/);
  });
});

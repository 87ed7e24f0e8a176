import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/content/types.js';
import { miniSearchOptions } from '../../../src/search/index/passage-index.js';
import {
  decodeSnapshot,
  isStoredSnapshot,
  loadIndex,
  writeSnapshot,
} from '../../../src/search/index/snapshot-format.js';
import { KnowledgeBase } from '../../../src/search/knowledge-base.js';

const PARAGRAPHS = [
  'Tea is an aromatic drink made by pouring hot water over cured leaves of the tea plant.',
  'Green tea is brewed at about 80 degrees. Black tea takes boiling water and steeps for four minutes.',
  'The tea plant was first grown in China, in the province of Yunnan, thousands of years ago.',
];
const TEAS: Article = {
  id: 'teas',
  title: 'A guide to tea',
  authors: [],
  tags: ['Green tea'],
  overview: [],
  questions: [],
  file: 'teas.md',
  passages: PARAGRAPHS.map((text, i) => ({ articleId: 'teas', paragraph: i + 1, text })),
};

const dir = mkdtempSync(join(tmpdir(), 'snapshot-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The snapshot as the cache file stores it, read back. */
function storedSnapshot(kb: KnowledgeBase) {
  const file = join(dir, 'cache.json');
  const fd = openSync(file, 'w');
  const header = { format: 0, key: 'k', version: 'v', contentDir: dir, contentHash: 'h' };
  writeSnapshot(fd, header, kb.toSnapshot(), Buffer.alloc(32));
  closeSync(fd);
  return JSON.parse(readFileSync(file, 'utf8')).snapshot;
}

describe('the stored index', () => {
  const kb = KnowledgeBase.build({ articles: [TEAS], synonyms: [] });
  const searches = (index: MiniSearch) =>
    ['tea', 'green', 'china yunnan', 'boiling water'].map((q) => index.search(q).map((r) => [r.id, r.score]));
  const original = MiniSearch.loadJS(kb.toSnapshot().index, miniSearchOptions());

  it('loads straight into the index with the postings it was written with', () => {
    const stored = storedSnapshot(kb);
    expect(isStoredSnapshot(stored)).toBe(true);
    const loadJS = vi.spyOn(MiniSearch, 'loadJS');
    const loaded = loadIndex(decodeSnapshot(stored).index, miniSearchOptions());
    // MiniSearch made only the empty index: the postings went into its maps without its JSON form.
    expect(loadJS.mock.calls.map(([js]) => js.index)).toEqual([[]]);
    loadJS.mockRestore();
    expect(searches(loaded as MiniSearch)).toEqual(searches(original));
    expect(searches(original).every((results) => results.length > 0)).toBe(true);
  });

  it('still loads through MiniSearch.loadJS, term by term, as MiniSearch JSON', () => {
    const loaded = MiniSearch.loadJS(decodeSnapshot(storedSnapshot(kb)).index, miniSearchOptions());
    expect(searches(loaded)).toEqual(searches(original));
  });

  it('refuses a damaged term when it is read', () => {
    const stored = storedSnapshot(kb);
    stored.index.terms[0] = 42;
    expect(() => loadIndex(decodeSnapshot(stored).index, miniSearchOptions())).toThrow(/bad term/);
  });
});

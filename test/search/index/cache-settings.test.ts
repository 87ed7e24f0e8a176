import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/project.js';
import { DEFAULT_KEY_FILE, indexCacheSettings } from '../../../src/search/index/cache-settings.js';

describe('index cache settings', () => {
  it('defaults to .cache/ under the project root, INDEX_CACHE_DIR overrides, INDEX_CACHE=off disables', () => {
    expect(indexCacheSettings({})?.dir).toBe(join(PROJECT_ROOT, '.cache'));
    expect(indexCacheSettings({ INDEX_CACHE_DIR: '/tmp/elsewhere' })?.dir).toBe('/tmp/elsewhere');
    expect(indexCacheSettings({ INDEX_CACHE: 'off', INDEX_CACHE_DIR: '/tmp/elsewhere' })).toBeNull();
    expect(indexCacheSettings({ INDEX_CACHE: 'OFF' })).toBeNull();
    expect(indexCacheSettings({ INDEX_CACHE: 'on' })?.dir).toBe(join(PROJECT_ROOT, '.cache'));
  });

  it('signs with INDEX_CACHE_KEY when set, else with a key file kept outside the cache folder (owner-only)', () => {
    const a = indexCacheSettings({ INDEX_CACHE_KEY: 'one secret' })?.key;
    const b = indexCacheSettings({ INDEX_CACHE_KEY: 'another secret' })?.key;
    expect(a?.length).toBe(32);
    expect(a?.equals(b ?? Buffer.alloc(0))).toBe(false);
    const fromFile = indexCacheSettings({})?.key;
    expect(fromFile?.length).toBe(32);
    expect(fromFile?.equals(indexCacheSettings({ INDEX_CACHE_DIR: '/tmp/elsewhere' })?.key ?? Buffer.alloc(0))).toBe(
      true,
    );
    expect(statSync(DEFAULT_KEY_FILE).mode & 0o077).toBe(0);
    expect(DEFAULT_KEY_FILE.startsWith(join(PROJECT_ROOT, '.cache'))).toBe(false);
  });
});

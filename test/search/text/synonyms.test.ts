import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/project.js';
import { SynonymTable } from '../../../src/search/text/synonym-table.js';
import { parseSynonyms, SynonymFormatError } from '../../../src/search/text/synonyms.js';
import { tokenize } from '../../../src/search/text/text.js';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('parseSynonyms (Solr format)', () => {
  it('reads equivalent lists: each phrase stands for all the others', () => {
    const rules = parseSynonyms('bone, bones, skeleton');
    expect(rules).toHaveLength(3);
    const skeleton = rules.find((r) => r.from.join(' ') === 'skeleton');
    expect(skeleton?.to).toEqual(['bone', 'bones']);
  });

  it('reads explicit mappings: the left side also means the right, not the reverse', () => {
    const rules = parseSynonyms('working out, workout => exercise');
    expect(rules.map((r) => r.from)).toEqual([['work', 'out'], ['workout']]);
    expect(rules.every((r) => r.to.join() === 'exercise')).toBe(true);
    expect(SynonymTable.compile(rules).match(words('exercise helps'))).toEqual([]);
  });

  it('stems as the index does, so a rule on "more likely" does not meet "more like"', () => {
    const table = SynonymTable.compile(parseSynonyms('more likely => susceptible'));
    expect(table.match(words('who is more likely to get it'))).toHaveLength(1);
    expect(table.match(words('are bones more like organs'))).toEqual([]);
  });

  it('ignores comments and blank lines', () => {
    const rules = parseSynonyms('# a comment\n\n  sad => depression   # trailing comment\n');
    expect(rules).toEqual([{ from: ['sad'], to: ['depression'] }]);
  });

  it('names the line of a malformed rule', () => {
    expect(() => parseSynonyms('ok, fine\nlonely')).toThrow(SynonymFormatError);
    expect(() => parseSynonyms('ok, fine\nlonely')).toThrow(/line 2/);
    expect(() => parseSynonyms('a => b => c')).toThrow(/line 1: more than one "=>"/);
    expect(() => parseSynonyms(' => depression')).toThrow(/line 1/);
  });

  it('parses the shipped synonyms file of the bone-brain article', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'content', 'bone-brain-axis.synonyms.txt'), 'utf8');
    expect(parseSynonyms(text).length).toBeGreaterThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import { listItems, ordinalReference } from '../../../src/search/question/list-items.js';

describe('listItems', () => {
  it('reads a list with a comma before its last item, its first item cut to a noun phrase', () => {
    expect(
      listItems(
        'The researchers suggest that future interventions could include customized exercise programs, neuromodulation techniques, or drugs targeting bone-derived signals associated with mood and bone health.',
      ),
    ).toEqual(['customized exercise programs', 'neuromodulation techniques', 'drugs targeting bone-derived signals']);
  });

  it('reads a list between dashes, and one that ends a sentence', () => {
    expect(
      listItems(
        'Three neurologists from China—Pengpeng Li of Xi’an Aerospace Hospital, Yangyang Gao of Ningxia Medical University, and Xudong Zhao of Jiangnan University—detail the theory.',
      ),
    ).toEqual([
      'Pengpeng Li of Xi’an Aerospace Hospital',
      'Yangyang Gao of Ningxia Medical University',
      'Xudong Zhao of Jiangnan University',
    ]);
    expect(
      listItems(
        'Exercise can engage the axis, potentially alleviating neurodegenerative diseases, osteoporosis, and mood disorders.',
      ),
    ).toEqual(['neurodegenerative diseases', 'osteoporosis', 'mood disorders']);
  });

  it('reads no list in two clauses joined by commas and "and"', () => {
    expect(
      listItems(
        'For years, both conditions have been recognized as common among older patients, often co-existing and exacerbating each other.',
      ),
    ).toEqual([]);
    expect(listItems('Depression and osteoporosis are linked.')).toEqual([]);
  });
});

describe('ordinalReference', () => {
  it('finds "the first one", "the 2nd", "the last one" and which item they mean', () => {
    expect(ordinalReference('tell me more about the first one')).toEqual({ at: [19, 32], index: 0 });
    expect(ordinalReference('and the 2nd?')?.index).toBe(1);
    expect(ordinalReference('where does the last one work')?.index).toBe(-1);
    expect(ordinalReference('what about the last mentioned')?.index).toBe(-1);
    // "the first study on this" names a thing of its own.
    expect(ordinalReference('what was the first study on this')).toBeUndefined();
    expect(ordinalReference('what did they find first')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { SynonymTable } from '../../../src/search/text/synonym-table.js';
import { parseSynonyms } from '../../../src/search/text/synonyms.js';
import { tokenize } from '../../../src/search/text/text.js';

const words = (text: string) => tokenize(text).map((t) => t.word);
const matchSynonyms = (question: string[], rules: ReturnType<typeof parseSynonyms>) =>
  SynonymTable.compile(rules).match(question);

describe('SynonymTable.match', () => {
  const rules = parseSynonyms('sad, low mood => depression\nworking out => exercise\nbone, skeleton');

  it('matches on stems, whatever the inflection or case', () => {
    expect(matchSynonyms(words('Does WORKING OUT help?'), rules)).toEqual([
      { first: 1, last: 2, phrases: ['exercise'] },
    ]);
    expect(matchSynonyms(words('skeletons'), rules)[0]?.phrases).toEqual(['bone']);
    expect(matchSynonyms(words('worked out'), rules)).toHaveLength(1);
  });

  it('matches a phrase only as a whole', () => {
    expect(matchSynonyms(words('my mood is low'), rules)).toEqual([]);
    expect(matchSynonyms(words('I am in a low mood'), rules)).toEqual([{ first: 4, last: 5, phrases: ['depression'] }]);
  });

  it('matches a phrase asked with a word of degree inside it, not at its start', () => {
    const affected = parseSynonyms('who is affected => older');
    expect(matchSynonyms(words('who is more affected'), affected)).toEqual([{ first: 0, last: 3, phrases: ['older'] }]);
    expect(matchSynonyms(words('who is mostly affected by it'), affected)).toEqual([
      { first: 0, last: 3, phrases: ['older'] },
    ]);
    // A word of any other kind breaks the phrase.
    expect(matchSynonyms(words('who is badly affected'), affected)).toEqual([]);
    // A verb of being too ("bones ARE weak"), but not after a question word ("what ARE people" is no "what people").
    const weak = parseSynonyms('bones weak => bone loss\nwhat people => older');
    expect(matchSynonyms(words('why are her bones are weak'), weak)).toEqual([
      { first: 3, last: 5, phrases: ['bone loss'] },
    ]);
    expect(matchSynonyms(words('what are people like'), weak)).toEqual([]);
  });

  it('reads a misspelt word that is no English word as the one-word phrase it is nearest to', () => {
    const plastic = parseSynonyms('plasticity, malleable\nsure => legitimate');
    expect(matchSynonyms(words('brain plasticty'), plastic)).toEqual([{ first: 1, last: 1, phrases: ['malleable'] }]);
    // Not a short word ("stres" is no misspelt "sure"), nor one two letters off an 8-letter word ("malleate").
    expect(matchSynonyms(words('stres'), plastic)).toEqual([]);
    expect(matchSynonyms(words('malleate'), plastic)).toEqual([]);
    // Nor a stop word, which no word list holds: "discussed" is no misspelt "dismissed".
    expect(matchSynonyms(words('is diet discussed'), parseSynonyms('dismissed => underappreciated'))).toEqual([]);
    // Spelt as it sounds: "excercize" is nearer "exercise" (its "z" an "s") than "experiments" as typed.
    const trials = parseSynonyms('experiments => trials\nexercising => exercise');
    expect(matchSynonyms(words('can excercize help'), trials)[0]?.phrases).toEqual(['exercise']);
  });

  it('lets a longer phrase win over the words inside it', () => {
    const nested = parseSynonyms('bone => skeleton\nbone loss => osteoporosis');
    const matches = matchSynonyms(words('bone loss'), nested);
    expect(matches).toEqual([{ first: 0, last: 1, phrases: ['osteoporosis'] }]);
  });
});

describe('SynonymTable', () => {
  it('finds only the rules starting with a stem, not those of a longer stem sharing its letters', () => {
    const table = SynonymTable.compile(
      parseSynonyms('bone => skeleton\nboneyard => yard\nbone loss => osteoporosis\nbon => good'),
    );
    expect(table.startingWith('bone').map((r) => r.from.join(' '))).toEqual(['bone', 'bone loss']);
    expect(table.startingWith('bon').map((r) => r.from.join(' '))).toEqual(['bon']);
    expect(table.startingWith('zzz')).toEqual([]);
  });

  it('stores as plain arrays and reads them back to the same matches; a damaged form is refused', () => {
    const rules = parseSynonyms('sad, low mood => depression\nworking out => exercise\nbone, skeleton');
    const table = SynonymTable.compile(rules);
    const again = SynonymTable.fromJSON(JSON.parse(JSON.stringify(table.toJSON())));
    for (const q of ['I am in a low mood', 'Does working out help a skeleton?', 'sad bones']) {
      expect(again.match(words(q))).toEqual(table.match(words(q)));
    }
    expect(again.size).toBe(rules.length);
    expect(() =>
      SynonymTable.fromJSON({ phrases: 'a', adds: 'b\nc', ranks: [0], scopes: [-1], scopeIds: [] }),
    ).toThrow();
    expect(() => SynonymTable.fromJSON(null)).toThrow();
  });

  it('knows which articles declared rules and whether any apply to all', () => {
    const scoped = SynonymTable.compile(parseSynonyms('sad => depression').map((r) => ({ ...r, articleId: 'a1' })));
    expect(scoped.scopedArticleIds).toEqual(['a1']);
    expect(scoped.hasContentWideRules).toBe(false);
    expect(SynonymTable.compile(parseSynonyms('sad => depression')).hasContentWideRules).toBe(true);
  });
});

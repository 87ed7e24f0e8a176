/**
 * Indexing a whole content at once, for a start without a usable cache: the same index MiniSearch.add builds one
 * document at a time (the same JSON, term for term), but with each term's postings counted in plain arrays and
 * handed to MiniSearch's map once, rather than looked up in its radix tree for every word of every passage. At
 * 1,000 articles that is about half the time (docs/index-cache.md). Like loadIndex, it fills MiniSearch's private
 * `_index`; should a MiniSearch release not have one, the documents are added one by one as before.
 */
import MiniSearch from 'minisearch';
import { createPassageIndex, type PassageDocument, passageIndexOptions, SEARCH_FIELDS } from './passage-index.js';
import { type Postings, termMapOf } from './snapshot-format.js';

/** One term's postings in one field, while counting: documents in increasing order, with their frequencies. */
interface FieldCounts {
  documents: number[];
  frequencies: number[];
}

/** A term's postings per field id, in the order the fields first met it (as MiniSearch's map would hold them). */
type TermCounts = Map<number, FieldCounts>;

/** What the index holds besides its terms, in MiniSearch's JSON form (see MiniSearch#toJSON). */
interface IndexHeader {
  documentIds: Record<number, number>;
  fieldLength: Record<number, number[]>;
  averageFieldLength: number[];
}

/** The passages' index, and the document frequency of every term of their text (for the weight of a word). */
export function indexPassages(documents: readonly PassageDocument[]): {
  index: MiniSearch<PassageDocument>;
  documentFrequency: Map<string, number>;
} {
  const options = passageIndexOptions();
  const terms = new Map<string, TermCounts>();
  const header: IndexHeader = { documentIds: {}, fieldLength: {}, averageFieldLength: [] };
  documents.forEach((document, shortId) => {
    header.documentIds[shortId] = document.id;
    const lengths: number[] = [];
    SEARCH_FIELDS.forEach((field, fieldId) => {
      const words = options.tokenize(document[field]);
      // A field's length is its number of distinct words as written, and the average is kept as MiniSearch does.
      const length = new Set(words).size;
      lengths[fieldId] = length;
      const average = header.averageFieldLength[fieldId] ?? 0;
      header.averageFieldLength[fieldId] = (average * shortId + length) / (shortId + 1);
      for (const word of words) {
        const produced = options.processTerm(word, field);
        if (Array.isArray(produced)) for (const term of produced) count(terms, term, fieldId, shortId);
        else if (produced) count(terms, produced, fieldId, shortId);
      }
    });
    header.fieldLength[shortId] = lengths;
  });
  return { index: toMiniSearch(documents, terms, header), documentFrequency: textFrequencies(terms) };
}

function count(terms: Map<string, TermCounts>, term: string, fieldId: number, shortId: number): void {
  let fields = terms.get(term);
  if (fields === undefined) {
    fields = new Map();
    terms.set(term, fields);
  }
  const counts = fields.get(fieldId);
  if (counts === undefined) {
    fields.set(fieldId, { documents: [shortId], frequencies: [1] });
    return;
  }
  // Documents come in order, so a term seen again in the same one is at the end of its list.
  const last = counts.documents.length - 1;
  if (counts.documents[last] === shortId) (counts.frequencies[last] as number)++;
  else {
    counts.documents.push(shortId);
    counts.frequencies.push(1);
  }
}

/** In how many passages each term of their text stands: the length of its text postings. */
function textFrequencies(terms: Map<string, TermCounts>): Map<string, number> {
  const textField = SEARCH_FIELDS.indexOf('text');
  const frequencies = new Map<string, number>();
  for (const [term, fields] of terms) {
    const text = fields.get(textField);
    if (text) frequencies.set(term, text.documents.length);
  }
  return frequencies;
}

function toMiniSearch(
  documents: readonly PassageDocument[],
  terms: Map<string, TermCounts>,
  header: IndexHeader,
): MiniSearch<PassageDocument> {
  const miniSearch = MiniSearch.loadJS<PassageDocument>(
    {
      documentCount: documents.length,
      nextId: documents.length,
      documentIds: header.documentIds,
      fieldIds: Object.fromEntries(SEARCH_FIELDS.map((field, id) => [field, id])),
      fieldLength: header.fieldLength,
      averageFieldLength: header.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    passageIndexOptions(),
  );
  const index = termMapOf(miniSearch as MiniSearch<unknown>);
  if (!index) {
    const added = createPassageIndex();
    for (const document of documents) added.add(document);
    return added;
  }
  // Terms go in in the order they first occur, as MiniSearch.add would put them, so the radix tree is the same.
  for (const [term, fields] of terms) {
    const postings: Postings = new Map();
    for (const [fieldId, { documents: ids, frequencies }] of fields) {
      const byDocument = new Map<number, number>();
      for (let i = 0; i < ids.length; i++) byDocument.set(ids[i] as number, frequencies[i] as number);
      postings.set(fieldId, byDocument);
    }
    index.set(term, postings);
  }
  return miniSearch;
}

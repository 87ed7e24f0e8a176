/**
 * General-English relations of the commonest word forms, from WordNet (related-words.txt, distilled by
 * bench/related-words.ts): a form's lemma, the parts of speech it can be, and the synonyms and derived forms of its
 * first senses. The file is read on first use, and each word parsed when first looked up: starting stays cheap.
 * How the engine uses them: docs/ranking.md, "Related words".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../project.js';
import { isStopWord } from './text.js';

export interface WordRelations {
  /** Parts of speech WordNet knows the word as, its commonest use first: n (noun), v, a (adjective), r (adverb). */
  parts: string;
  /** The lemma of an inflected form ("scientists" -> scientist, "longest" -> long). */
  lemma?: string;
  /** Synonyms and derived forms, commonest sense first. */
  related: readonly string[];
}

const TABLE = join(PROJECT_ROOT, 'src', 'search', 'text', 'related-words.txt');
/** The rarer one-word lemmas of WordNet, one a line (bench/related-words.ts, shippedKnownWords). */
const KNOWN_WORDS = join(PROJECT_ROOT, 'src', 'search', 'text', 'known-words.txt');
let knownWords: string | undefined;

/** The table's text, with a newline before every entry so that `\nword/` finds one. */
let text: string | undefined;
/** Words looked up so far (at most the table's size). */
const parsed = new Map<string, WordRelations | undefined>();

function parse(line: string): WordRelations | undefined {
  const match = /^[^/]+\/([nvar]+)(?:>([^=]+))?(?:=(.+))?$/.exec(line);
  if (!match) return undefined;
  const [, parts = '', lemma, related] = match;
  return { parts, ...(lemma ? { lemma } : {}), related: related ? related.split(',') : [] };
}

/** What WordNet says of a lowercase word form, if it is one of the commonest. */
export function relationsOf(word: string): WordRelations | undefined {
  if (parsed.has(word)) return parsed.get(word);
  text ??= `\n${readFileSync(TABLE, 'utf8')}`;
  const start = /^[a-z-]+$/.test(word) ? text.indexOf(`\n${word}/`) : -1;
  const relations = start < 0 ? undefined : parse(text.slice(start + 1, text.indexOf('\n', start + 1)));
  parsed.set(word, relations);
  return relations;
}

/** Forms found so far, by lemma (only lemmas of the table are looked up, so at most its size). */
const formsFound = new Map<string, readonly string[]>();

/**
 * The inflected forms WordNet lists for a lemma of the table ("died", "dying" for die; "won" for win): "when did he
 * die?" is met by "he died", which the stemmer does not join ("di" and "die").
 */
export function formsOf(lemma: string): readonly string[] {
  const cached = formsFound.get(lemma);
  if (cached) return cached;
  if (!relationsOf(lemma)) return [];
  const table = text as string;
  const forms: string[] = [];
  for (const end of ['=', '\n']) {
    const entry = `>${lemma}${end}`;
    for (let at = table.indexOf(entry); at >= 0; at = table.indexOf(entry, at + 1)) {
      const start = table.lastIndexOf('\n', at) + 1;
      forms.push(table.slice(start, table.indexOf('/', start)));
    }
  }
  formsFound.set(lemma, forms);
  return forms;
}

/** The part of speech a word is most used as, by WordNet's counts: n, v, a or r (undefined: not a common word). */
export function commonestPart(word: string): string | undefined {
  return relationsOf(word)?.parts[0];
}

/**
 * Whether a word is used mostly as a verb: by WordNet's counts when common, else when WordNet knows it only as a
 * verb ("weaken", "alleviate").
 */
export function mostlyVerb(word: string): boolean {
  const part = commonestPart(word);
  return part === undefined ? partsOf(word) === 'v' : part === 'v';
}

/**
 * Whether a word is used mostly as something other than a noun ("weak", "pump", "mostly"): when the content lacks
 * it, it is more likely the asker's phrasing than what the question is about.
 */
export function mostlyNotNoun(word: string): boolean {
  const part = commonestPart(word);
  // A rarer word in "-ly" than the table holds is an adverb ("concretely"; the nouns in "-ly", "family", are common).
  return part === undefined ? RARE_ADVERB.test(word) : part !== 'n';
}

const RARE_ADVERB = /^[a-z]{4,}ly$/;

/** Whether a word is used mostly as a noun, or is the plural of one: what continues a compound ("drug COMPANY"). */
export function mostlyNoun(word: string): boolean {
  return commonestPart(word) === 'n' || (word.endsWith('s') && commonestPart(word.slice(0, -1)) === 'n');
}

/** Whether a lowercase word can be a noun at all, by WordNet (or is a word it does not know): not "wrote", "weaken". */
export function mayBeNoun(word: string): boolean {
  return partsOf(word)?.includes('n') ?? true;
}

/** Whether a lowercase word can be a verb, by WordNet: "damage", "affect"; not "bones" or a word it does not know. */
export function mayBeVerb(word: string): boolean {
  return partsOf(word)?.includes('v') ?? false;
}

/**
 * Whether a lowercase word is commonest as that part of speech and never a verb: "coffee" (n), "new" (a); not "ends",
 * "block", "lower", nor a word too rare for the table ("debuted").
 */
export function onlyAs(word: string, part: 'n' | 'a'): boolean {
  return commonestPart(word) === part && !mayBeVerb(word);
}

/** Plural nouns that do not end in s. */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'mice', 'teeth', 'feet', 'geese', 'data']);

/**
 * Whether a lowercase word may be a plural noun: "people", "bones", "researchers" (too rare for the table: a noun
 * WordNet knows, and an s). Not "review", a noun English mostly uses as a verb, nor "osteoporosis".
 */
export function mayBePlural(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (!word.endsWith('s') || !mayBeNoun(word)) return false;
  const lemma = relationsOf(word)?.lemma;
  if (lemma) return lemma !== word;
  const singular = /[^su]s$/u.test(word) ? word.slice(0, -1) : '';
  return singular !== '' && isKnownWord(singular) && mayBeNoun(singular);
}

/**
 * Whether a lowercase word could name one thing, as "it" does: a singular noun, or a word WordNet does not know
 * (a term of the content: "osteocalcin"). Not "bones" or "people", not "old", "help" or "weaken".
 */
export function maySayOneThing(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return false;
  const parts = partsOf(word);
  // A word WordNet lacks names one thing unless it is the plural of a noun it knows ("researchers").
  if (parts === undefined) return !mayBePlural(word);
  if (!parts.startsWith('n')) return false;
  const lemma = relationsOf(word)?.lemma;
  return !(lemma && lemma !== word && word.endsWith('s'));
}

/**
 * Whether a lowercase word is an English word: a stop word (which no word list holds), or one WordNet knows, common
 * or rare. The rare list is read only when a word is not among the commonest, that is when a question holds a word
 * the content lacks. So no spelling rule reads a stop word as a misspelling ("discussed" is no misspelt "dismissed").
 */
export function isKnownWord(word: string): boolean {
  return isStopWord(word) || partsOf(word) !== undefined;
}

/** The parts of speech WordNet knows a lowercase word as (n, v, a, r; the commonest use first when it is common). */
function partsOf(word: string): string | undefined {
  const common = relationsOf(word);
  if (common !== undefined) return common.parts;
  if (!/^[a-z-]+$/.test(word)) return undefined;
  knownWords ??= readFileSync(KNOWN_WORDS, 'utf8');
  return partsInSortedLines(knownWords, word);
}

/**
 * Whether a word is English, known as itself or by its stem: an inflected form too rare for the word lists is
 * known by its stem ("funded": fund). A spelling checker corrects neither, so neither is read as a typo.
 */
export function isKnownForm(word: string, stem: string | null): boolean {
  return isKnownWord(word) || (stem !== null && isKnownWord(stem));
}

/**
 * An inflection of a word WordNet knows only by its lemma: "restated" (restate), "remodels", "reframing" (the known
 * words list lemmas, and a Porter stem such as "restat" is none).
 */
export function inflectedKnownWord(word: string): boolean {
  const bases = [/d$/, /ed$/, /e?s$/, /ing$/].map((ending) => word.replace(ending, ''));
  bases.push(word.replace(/ing$/, 'e'));
  return bases.some((base) => base !== word && base.length >= 3 && isKnownWord(base));
}

/**
 * The parts of `word` in a text of `word/parts` lines sorted by word: a binary search over its characters, so
 * neither a scan of the whole text per lookup nor a map of 74,000 strings built at the first one.
 */
function partsInSortedLines(text: string, word: string): string | undefined {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const slash = line.indexOf('/');
    const lineWord = slash < 0 ? line : line.slice(0, slash);
    if (lineWord === word) return line.slice(slash + 1);
    // Comment lines sort before every word ('#' < 'a').
    if (lineWord < word) low = end < 0 ? text.length : end + 1;
    else high = start;
  }
  return undefined;
}

/**
 * Text processing shared by indexing and querying: the two sides must agree
 * exactly, so there is one tokenizer and one term normalizer.
 */
import { stemmer } from 'stemmer';

/**
 * The English list of the `stopword` package (its `eng` export), copied here: importing the package loads the
 * lists of all its 60-odd languages, which costs a cold `ask` more than answering. test/search/text.test.ts checks
 * that the copy still equals the package's list.
 */
export const ENGLISH_STOP_WORDS: readonly string[] = (
  'about after all also am an and another any are as at be because been before being between both but by came ' +
  'can come could did do each for from get got has had he have her here him himself his how if in into is it ' +
  'like make many me might more most much must my never now of on only or other our out over said same should ' +
  'since some still such take than that the their them then there these they this those through to too under ' +
  'up very was way we well were what where which while who with would you your a i'
).split(' ');

/**
 * Words that carry no topic in a question. The maintained English list from
 * `stopword`, plus the conversational filler people put around a question
 * ("can you tell me...", "what does the article say about...").
 */
const STOP_WORDS = new Set<string>([
  ...ENGLISH_STOP_WORDS,
  ...[
    'does',
    'doe',
    'done',
    'doing',
    'whom',
    'whose',
    'why',
    'when',
    'also',
    'yes',
    'no',
    'not',
    'please',
    'tell',
    'explain',
    // "Could you CLARIFY whether ...": asks to be told, as "explain" does.
    'clarify',
    // "Can you SIMPLIFY what they concluded?": asks to be told plainly.
    'simplify',
    'describe',
    'describes',
    'know',
    'say',
    'says',
    'saying',
    'mention',
    'mentioned',
    // "Which journal is CITED?": whether the text names it, as "mentioned" asks.
    'cite',
    'cites',
    'cited',
    // "I need it for my CITATION": a citation of the article is its source, no topic of its own.
    'citation',
    'citations',
    // "Is inflammation DISCUSSED?": whether the text speaks of it, as "mentioned" asks.
    'discuss',
    'discussed',
    'discusses',
    'mentions',
    'according',
    'article',
    'text',
    // "The HEADLINE says 'may link' - ...": the text's own heading, as "the article" is the text.
    'headline',
    'headlines',
    'anything',
    'something',
    'thing',
    'things',
    'stuff',
    // "The focus of the research", "what should it focus on": what a question is about, not a topic of its own.
    'focus',
    'focused',
    'focuses',
    'focusing',
    // Prepositions and conjunctions the stopword list lacks: "what happens in the brain DURING stress?" asks about
    // the brain and stress.
    'during',
    'within',
    'upon',
    'among',
    'amongst',
    'toward',
    'towards',
    'onto',
    'until',
    'throughout',
    'despite',
    'via',
    'whereas',
    'although',
    'though',
    'whether',
    'unless',
    'therefore',
    'thus',
    'hence',
    // Indefinite places and people: "published somewhere legit?", "can anybody get it?".
    'somewhere',
    'anywhere',
    'everywhere',
    'nowhere',
    'somebody',
    'anybody',
    'everybody',
    'someone',
    'anyone',
    'everyone',
    'nobody',
    // "Is depression more common in people with osteoporosis than in OTHERS?": the rest of them, no topic.
    'others',
    'anyhow',
    'anyways',
    'whoever',
    'kind',
    'sort',
    'just',
    'really',
    'actually',
    'exactly',
    'us',
    'its',
    'it\u2019s',
    'let',
    'lets',
    'give',
    'show',
    'find',
    'want',
    'wanted',
    'wonder',
    'curious',
    'hey',
    'hi',
    'hello',
    'thanks',
    'thank',
    'okay',
    'ok',
    'bot',
    'question',
    'answer',
    'i\u2019m',
    'im',
    'ive',
    'whats',
    'hows',
    'whos',
    'wheres',
    'does',
    'did',
    'doesnt',
    'dont',
    'isnt',
    'arent',
    'wasnt',
    'werent',
    'can',
    'cannot',
    'cant',
    'will',
    'shall',
    'may',
    'might',
    'would',
    'should',
    'could',
    'am',
    'is',
    'are',
    'was',
    'were',
    'be',
    'been',
    'being',
    'has',
    'have',
    'had',
    'having',
    'the',
    'a',
    'an',
    'of',
    'to',
    'in',
    'on',
    'at',
    'by',
    'for',
    'with',
    'as',
    'or',
    'and',
    'but',
    'if',
    'so',
    'than',
    'then',
    'there',
    'their',
    'they',
    'them',
    'these',
    'those',
    's',
    't',
    'd',
    'll',
    're',
    've',
    'm',
    // Function words the list above leaves out: they carry no topic either.
    ...'besides except less least behind beyond within without across among amongst around toward towards upon via else ever every either neither whether however although though unless until till onto along despite per several various whatever whenever wherever whichever somehow anyway maybe perhaps rather quite lot lots bit etc something anything everything nothing someone anyone everyone nobody versus vs own'.split(
      ' ',
    ),
  ],
]);

/** Words people open a question with before asking it ("ok so what is...", "yo does ..."): they ask nothing. */
export const OPENING_WORDS: ReadonlySet<string> = new Set(
  'hey hi hello yo please pls plz ok okay so and but well um uh ugh er erm hmm right alright fine seriously honestly'.split(
    ' ',
  ),
);
/** OPENING_WORDS as a pattern. */
export const OPENING_FILLER = `(?:${[...OPENING_WORDS].join('|')})`;

/**
 * A table that words of a question are looked up in: without inherited keys, so "constructor" or "toString" find
 * nothing (a plain object literal gave "what is the constructor of bones?" the word "function Object() ...").
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Words that ask for a kind of answer; kept out of matching but used to read the question. */
export const QUESTION_WORDS = new Set(['who', 'what', 'which', 'where', 'when', 'why', 'how']);

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lowercases, removes accents and folds typographic apostrophes, so "Xi’an" and "Xian" meet. */
export function foldCase(text: string): string {
  // Printable ASCII has no accents to fold: skip the Unicode normalization, the costly part.
  if (/^[ -~]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** A word as it stands in the text, with where it starts (for highlighting). */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * Splits text into words: letters and digits, with an inner apostrophe kept
 * ("don't"), hyphenated words split ("bone-brain" gives "bone", "brain").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ word: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** The words of a text, as tokenize() finds them, without their positions (indexing needs no more). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Negated auxiliaries, written with or without the apostrophe (those of "do", "is", "can" are in STOP_WORDS). */
const NEGATED_AUXILIARIES = new Set(
  'couldnt wouldnt shouldnt didnt hasnt havent hadnt mustnt neednt wont shant aint mightnt oughtnt'.split(' '),
);

/**
 * Words the Porter stemmer cuts down to another word's stem, though they mean something else: "direction" and
 * "direct", "authority" and "author", "university" and "universe", "likely" and "like", "news" and "new". Each gets
 * a stem of its own (its other forms with it).
 */
const OWN_STEMS = new Map<string, string>(
  (
    [
      ['direction', 'direction directions'],
      ['authority', 'authority authorities'],
      ['university', 'university universities'],
      ['universe', 'universe universes'],
      ['likely', 'likely unlikely'],
      ['news', 'news'],
      ['secretion', 'secretion secretions secrete secretes secreted secreting'],
      [
        'organiz',
        'organization organizations organisation organisations organize organizes organized organizing organise organises organised organising',
      ],
      ['organic', 'organic'],
      ['experiment', 'experiment experiments experimental experimentally experimented experimenting'],
      ['community', 'community communities'],
      ['animal', 'animal animals'],
      ['informal', 'informal informally'],
    ] as const
  ).flatMap(([stem, words]) => words.split(' ').map((word) => [word, stem] as [string, string])),
);

/**
 * The index term for one word: case and accents folded, possessive dropped,
 * stop words removed (null), the rest stemmed with the Porter stemmer (OWN_STEMS aside).
 */
export function normalizeWord(word: string): string | null {
  let folded = foldCase(word).replace(/\u2019/g, "'");
  if (folded.endsWith("'s")) folded = folded.slice(0, -2);
  // A pronoun's contraction is as empty as the pronoun: "you're", "we've", "they'll", "i'd".
  const contraction = /^([a-z]+)'(?:re|ve|ll|d|m)$/.exec(folded);
  if (contraction && STOP_WORDS.has(contraction[1] as string)) return null;
  // So is a negated auxiliary's: "couldn't", "won't", "hasn't" ask nothing more than "could", "will", "has".
  if (/^[a-z]+n'?t$/.test(folded) && NEGATED_AUXILIARIES.has(folded.replace("'", ''))) return null;
  folded = folded.replace(/'/g, '');
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  // Numbers stay as they are: "2025" must never stem or fuzz into "2022".
  if (/^\d+$/.test(folded)) return folded;
  return stemOf(folded);
}

/** The stem of a folded word: the Porter stemmer's, or its own (OWN_STEMS). The synonym rules stem with it too. */
export function stemOf(folded: string): string {
  return OWN_STEMS.get(folded) ?? stemmer(folded);
}

/** All index terms of a text, in order, stop words removed. */
export function terms(text: string): string[] {
  const result: string[] = [];
  for (const word of wordsOf(text)) {
    const term = normalizeWord(word);
    if (term) result.push(term);
  }
  return result;
}

/** Sentence spans of a paragraph: [start, end) offsets, from ICU's sentence breaks (Intl.Segmenter), kept whole across initials and titles. */
export function sentenceSpans(text: string): Array<[number, number]> {
  return sentenceSpansOfEach([text])[0] ?? [];
}

/**
 * The sentence spans of each of several paragraphs, segmented as one text: every segment() call holds a copy of
 * its text in memory the collector does not see, so one call per paragraph of a large library (about 20,000)
 * raised the peak memory of writing its cache by about 27 MiB. A paragraph break always ends a sentence in ICU's
 * rules, and a sentence is never carried on across one here.
 */
export function sentenceSpansOfEach(texts: readonly string[]): Array<Array<[number, number]>> {
  const joined = texts.join(PARAGRAPH_BREAK);
  const spans = texts.map((): Array<[number, number]> => []);
  let which = 0;
  let base = 0; // where texts[which] starts in the joined text
  let open: [number, number] | undefined;
  const close = () => {
    if (open) spans[which]?.push([open[0] - base, open[1] - base]);
    open = undefined;
  };
  for (const { segment, index } of pieces(joined)) {
    const lead = segment.length - segment.trimStart().length;
    const end = index + segment.trimEnd().length;
    if (end <= index + lead) continue;
    while (which < texts.length - 1 && index + lead >= base + (texts[which] as string).length) {
      close();
      base += (texts[which] as string).length + PARAGRAPH_BREAK.length;
      which++;
    }
    // ICU breaks after every "X. " followed by a capital: an initial or a title is no sentence end.
    if (open && (continuesSentence(joined.slice(open[0], open[1])) || /^[\p{Ll},;:]/u.test(segment.trimStart()))) {
      open[1] = end;
      continue;
    }
    close();
    open = [index + lead, end];
  }
  close();
  return spans;
}

const PARAGRAPH_BREAK = '\n\n';

/** Made on first use: loading ICU's sentence rules costs about 14 ms, which a start that answers nothing need not pay. */
let sentences: Intl.Segmenter | undefined;

/** ICU's sentences, each also split where a sentence ends before a number ("... text. 2025 saw more."), which ICU keeps. */
function* pieces(text: string): Generator<{ segment: string; index: number }> {
  sentences ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const { segment, index } of sentences.segment(text)) {
    let at = 0;
    for (const match of segment.matchAll(/[.!?]["”’)\]]*\s+(?=\p{N})/gu)) {
      const cut = (match.index ?? 0) + match[0].length;
      yield { segment: segment.slice(at, cut), index: index + at };
      at = cut;
    }
    yield { segment: segment.slice(at), index: index + at };
  }
}
/** Abbreviations that stand before a name, so a capital after them starts no sentence. */
const TITLES = new Set(
  'mr mrs ms dr prof st sen rep gov gen lt col capt sgt rev fr mt ft no vs jr sr messrs mme mlle hon pres sec'.split(
    ' ',
  ),
);

/** Whether a sentence as split ends in an initial ("Susan B.") or a title ("Dr."), so the next part goes with it. */
function continuesSentence(sentence: string): boolean {
  const last = /(?:^|[\s([“"‘'-])(\p{L}+)\.$/u.exec(sentence)?.[1];
  if (!last) return false;
  return (last.length === 1 && /\p{Lu}/u.test(last)) || TITLES.has(last.toLowerCase());
}

/**
 * Numbers from two to twenty, as words: one is written as the other as often as not. (Not "one", which is as often
 * a pronoun: "one thing", "one of them".)
 */
const NUMBER_NAMES = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((name, i) => [String(i + 2), name]),
);

/** The name of a small number written in digits: "three" for "3". */
export function numberName(digits: string): string | undefined {
  return NUMBER_NAMES.get(digits);
}

const NUMBERS_BY_NAME = new Map([...NUMBER_NAMES].map(([digits, name]) => [name, Number(digits)]));

/** The value of a small number's name: 3 for "three" (not "one", which is mostly a pronoun). */
export function numberOfName(name: string): number | undefined {
  return NUMBERS_BY_NAME.get(name);
}

/** Roots are stems cut to this length; they are indexed with a prefix that no stem can have. */
const ROOT_LENGTH = 6;
export const ROOT_MARK = '^';

/** The root term of a stem, or null when the stem is too short to need one. */
export function rootOf(stem: string): string | null {
  if (stem.length < ROOT_LENGTH || /^\d/.test(stem)) return null;
  return ROOT_MARK + stem.slice(0, ROOT_LENGTH);
}

/**
 * "Tell me more about the first one", "where does the last one work": a follow-up that points at one item of a list
 * the answer before quoted ("customized exercise programs, neuromodulation techniques, or drugs"). General English
 * lists (commas, "and"/"or" before the last item, dashes around them), true of any article.
 */

/**
 * "the first one", "the 2nd?", "the last one mentioned": which item, counted from 0 (-1: the last). Not "the first
 * study on this", which names a thing of its own.
 */
const ORDINAL =
  /\bthe\s+(first|1st|second|2nd|third|3rd|fourth|4th|last|final|latter)(?:\s+(?:one|item|option|person|researcher|author)\b|(?=\s*(?:$|[?!.,]|\s(?:mentioned|listed|named|you|they|it)\b)))/iu;
const ORDINALS: Record<string, number> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  last: -1,
  final: -1,
  latter: -1,
};

/** Where a question points at an item by its place, and which: its [start, end) and the index (-1: the last). */
export function ordinalReference(question: string): { at: [number, number]; index: number } | undefined {
  const match = ORDINAL.exec(question);
  if (!match) return undefined;
  const index = ORDINALS[(match[1] ?? '').toLowerCase()];
  if (index === undefined) return undefined;
  return { at: [match.index, match.index + match[0].length], index };
}

/** Words of an item kept at most: the item's own noun phrase, not the clause that runs on after it. */
const MAX_ITEM_WORDS = 6;
/** Words that do not end an item cut short: "signals associated WITH", "mood AND". */
const DANGLING = /\s+(?:and|or|with|of|to|for|in|on|at|by|the|a|an|associated|that|which)$/iu;

const wordsIn = (text: string) => text.split(/\s+/u).length;

/** An item cut to its first words, without a word left dangling at its end. */
function shortened(item: string): string {
  let text = item
    .split(/\s+/u)
    .slice(0, MAX_ITEM_WORDS)
    .join(' ')
    .replace(/[.!?]+$/u, '');
  while (DANGLING.test(text)) text = text.replace(DANGLING, '');
  return text;
}

/** Words of each item of a list written without a comma before "and" ("apples, pears and plums") at most. */
const SHORT_ITEM = 3;

/**
 * The items of the first list of three or more in a text: "A, B, or C", between dashes or not; "A, B and C" when its
 * items are short (else it is more often two clauses: "for years, both conditions ..., often co-existing and ...").
 * The list runs back from its last item while the items are about as long as the one before it; the part before
 * that run gives its last few words ("could include CUSTOMIZED EXERCISE PROGRAMS, neuromodulation techniques, or
 * drugs").
 */
export function listItems(text: string): string[] {
  for (const clause of text.split(/\s*[\u2014\u2013;:]\s*|\s+-\s+/u)) {
    const parts = clause.split(/,\s+/u);
    if (parts.length < 3) continue;
    const last = parts.at(-1) as string;
    const closing = /^(?:and|or)\s+(.+)$/iu.exec(last);
    // "A, B and C": the last part holds two items.
    const joined = closing ? undefined : /^(.+?)\s+(?:and|or)\s+(.+)$/iu.exec(last);
    const ending = closing ? [closing[1] as string] : joined ? [joined[1] as string, joined[2] as string] : undefined;
    if (!ending) continue;
    const before = parts.slice(0, -1);
    const items = [...ending];
    const limit = wordsIn(before.at(-1) as string) + 1;
    if (joined && [...ending, before.at(-1) as string].some((item) => wordsIn(item) > SHORT_ITEM)) continue;
    for (let j = before.length - 1; j >= 0; j--) {
      const part = before[j] as string;
      if (wordsIn(part) <= limit) {
        items.unshift(part);
        continue;
      }
      items.unshift(
        part
          .split(/\s+/u)
          .slice(-(wordsIn(items[0] as string) + 1))
          .join(' '),
      );
      break;
    }
    if (items.length >= 3) return items.map(shortened);
  }
  return [];
}

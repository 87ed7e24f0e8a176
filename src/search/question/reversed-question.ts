/**
 * "And the other way around?", "vice versa?", "is the reverse true too": the question before with its two ends
 * swapped ("can bones affect mood?" -> "can mood affect bones?"). docs/ranking.md, "Follow-ups".
 */
import type { KnowledgeBase } from '../knowledge-base.js';
import { commonestPart, mayBeVerb, mostlyNotNoun } from '../text/related-words.js';
import { foldCase, tokenize } from '../text/text.js';
import type { Concept } from './query.js';

/** "And the other way around?", "vice versa?", "what about the reverse?": the question before, its two ends swapped. */
const REVERSED =
  /^(?:(?:and|but|so|ok(?:ay)?|what\s+about|how\s+about)[\s,]+)?(?:(?:does\s+it\s+(?:work|go)\s+)?(?:the\s+)?other\s+way(?:\s+a?round)?|vice[\s-]+versa|the\s+reverse|(?:in\s+)?the\s+(?:opposite|other|reverse)\s+direction|(?:in\s+)?reverse|(?:is|are)\s+the\s+(?:reverse|opposite)\s+(?:true|the\s+case|so))(?:\s+(?:too|as\s+well|also|then))?[\s?!.]*$/iu;

/** Whether a follow-up asks the question before the other way around. */
export function asksReversed(asked: string): boolean {
  return REVERSED.test(asked);
}

/**
 * The question before, reversed; a topic it was understood with ("which hormone (bones affect mood)?"), reversed in
 * it. `concepts`: the question before, analysed.
 */
export function reversedQuestion(
  previous: string,
  kb: KnowledgeBase,
  concepts: readonly Concept[],
): string | undefined {
  const bracketed = /^(.*)\(([^)]*)\)([\s?!.]*)$/su.exec(previous);
  if (bracketed) {
    const [, head = '', topic = '', end = ''] = bracketed;
    const swapped = reversed(topic, kb.analyze(topic).concepts);
    return swapped ? `${head}(${swapped})${end}` : undefined;
  }
  return reversed(previous, concepts);
}

/**
 * The question before with its first and last noun phrases swapped ("can BONES affect MOOD?" -> "can mood affect
 * bones?", "does DEPRESSION cause BONE LOSS" -> "does bone loss cause depression"), when it has two.
 */
function reversed(previous: string, concepts: readonly Concept[]): string | undefined {
  const tokens = tokenize(previous);
  // Runs of neighbouring words of the question ("bone loss"), each ending in a noun.
  const runs: Array<[number, number]> = [];
  for (const c of [...concepts].sort((x, y) => x.position - y.position)) {
    if (c.asking || tokens[c.position]?.word !== c.word.split(' ')[0]) continue;
    // A verb stands between the two ends ("bones AFFECT mood"); not a participle before its noun ("DEPRESSED people").
    const participle = /(?:ed|ing)$/u.test(c.word) && concepts.some((o) => o.position === c.position + 1);
    if (commonestPart(foldCase(c.word)) === 'v' && !participle) continue;
    const end = c.position + c.word.split(' ').length - 1;
    const run = runs.at(-1);
    if (run && run[1] === c.position - 1) run[1] = end;
    else runs.push([c.position, end]);
  }
  // "How does depression DAMAGE bones": a word that may be a verb, inside the one run there is, is where it turns.
  const [only] = runs;
  if (runs.length === 1 && only && only[1] - only[0] >= 2) {
    const turn = tokens.findIndex((t, i) => i > only[0] && i < only[1] && mayBeVerb(foldCase(t.word)));
    if (turn > 0) runs.splice(0, 1, [only[0], turn - 1], [turn + 1, only[1]]);
  }
  const phrases = runs.filter(([, end]) => !mostlyNotNoun(foldCase(tokens[end]?.word ?? '')));
  const first = phrases[0];
  const last = phrases.at(-1);
  if (!first || !last || first === last) return undefined;
  const span = ([from, to]: [number, number]) =>
    [(tokens[from] as { start: number }).start, (tokens[to] as { end: number }).end] as const;
  const [a0, a1] = span(first);
  const [b0, b1] = span(last);
  return `${previous.slice(0, a0)}${previous.slice(b0, b1)}${previous.slice(a1, b0)}${previous.slice(a0, a1)}${previous.slice(b1)}`;
}

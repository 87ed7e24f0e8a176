/**
 * Which way a question's effect runs, and which way a passage says it runs: "does bone health AFFECT the brain?"
 * asks of bones acting on the brain, and "Depression can also IMPACT bone health" says the reverse, the question's
 * source standing where its effect lands. Read from the words right after the effect verb of a sentence (its object),
 * never from word order at large: "Osteocalcin can cross the blood-brain barrier and influence cognitive function"
 * names the brain before its verb without the brain acting.
 */
import type { Passage } from '../../content/types.js';
import type { WordRoles } from '../question/word-roles.js';
import { normalizeWord, tokenize } from '../text/text.js';
import { infoOf } from './passage-facts.js';
import type { WeightedConcept } from './rank.js';

/** A question's effect: the terms of its verb, of what acts (before it) and of what is acted on (after it). */
export interface Flow {
  verb: Set<string>;
  from: Set<string>;
  to: Set<string>;
}

/** What flowOf reads of the question's word roles. */
type FlowRoles = Pick<WordRoles, 'effectAt' | 'effectPassive'> & { askedFrom?: number };

/** How many words after a sentence's effect verb name what it acts on. */
const OBJECT_REACH = 6;

/**
 * The question's flow: its one effect verb (word-roles.ts), the content words before it (from the question's start)
 * and after it; undefined unless both sides name something the content has and no term stands on both.
 */
export function flowOf(concepts: readonly WeightedConcept[], roles: FlowRoles): Flow | undefined {
  const asked = concepts.filter(
    (c) => !c.concept.asking && !c.concept.frame && c.concept.position >= (roles.askedFrom ?? 0),
  );
  const verb = asked.find((c) => c.concept.position === roles.effectAt);
  if (!verb) return undefined;
  const side = (before: boolean) =>
    new Set(
      asked
        .filter((c) => c !== verb && c.inContent && before === c.concept.position < verb.concept.position)
        .flatMap((c) => [...c.terms].filter(([, weight]) => weight >= 0.5).map(([term]) => term)),
    );
  const from = side(true);
  const to = side(false);
  for (const term of [...from]) if (to.has(term)) from.delete(term), to.delete(term);
  if (from.size === 0 || to.size === 0) return undefined;
  // "Is the brain affected BY bones?": what stands after "by" acts.
  const passive = roles.effectPassive === true;
  return { verb: new Set(verb.terms.keys()), from: passive ? to : from, to: passive ? from : to };
}

/**
 * Which way the passage says the flow runs: 1 when a sentence's effect verb acts on what the question's effect lands
 * on, -1 when on what the question has acting, 0 when neither or both.
 */
export function flowInPassage(flow: Flow, passage: Passage): number {
  // Most passages never say the verb: their terms, read once per passage, say so before any word is stemmed again.
  const { positions } = infoOf(passage);
  if (![...flow.verb].some((term) => positions.has(term))) return 0;
  const tokens = tokenize(passage.text);
  const stems = tokens.map((t) => normalizeWord(t.word));
  let forward = false;
  let reverse = false;
  stems.forEach((stem, i) => {
    if (!stem || !flow.verb.has(stem)) return;
    for (let k = i + 1; k <= i + OBJECT_REACH && k < tokens.length; k++) {
      // A clause ends at a full stop, a semicolon or a comma (", including the brain" goes on).
      const between = passage.text.slice(
        (tokens[k - 1] as { end: number }).end,
        (tokens[k] as { start: number }).start,
      );
      if (/[.;:!?]/.test(between)) break;
      if (between.includes(',') && !/^(?:including|such|especially|notably)$/i.test(tokens[k]?.word ?? '')) break;
      const object = stems[k];
      if (!object) continue;
      if (flow.to.has(object)) forward = true;
      if (flow.from.has(object)) reverse = true;
    }
  });
  return forward === reverse ? 0 : forward ? 1 : -1;
}

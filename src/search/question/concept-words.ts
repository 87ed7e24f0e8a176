/**
 * Words of a question's concepts, shared by the follow-up rules (follow-up.ts, asked-about.ts).
 */
import type { KnowledgeBase } from '../knowledge-base.js';
import { foldCase } from '../text/text.js';
import type { Concept } from './query.js';

/** Whether a concept is a word of what the question is about (not of how it asks) that the content has. */
export function saysContentWord(concept: Concept, kb: KnowledgeBase): boolean {
  return !concept.asking && !concept.frame && [...concept.alternatives.keys()].some((t) => kb.hasTerm(t));
}

/** The last word of a concept, lowercase: the head of a phrase ("old people" -> people). */
export function lastWord(phrase: string): string {
  return foldCase(phrase.split(/\s+/u).at(-1) ?? phrase);
}

/** The text, its regular-expression characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

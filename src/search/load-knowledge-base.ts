/**
 * Start-up: content folder -> validated articles -> knowledge base.
 */
import { loadContent } from '../content/load.js';
import { KnowledgeBase } from './knowledge-base.js';

export function loadKnowledgeBase(dir: string): KnowledgeBase {
  return KnowledgeBase.build(loadContent(dir));
}

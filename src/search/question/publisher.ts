/**
 * "What does ScienceAlert say about bones?": the publisher of an article, named in a question, is the article itself
 * (its name is in the article's metadata, never in its passages), so the question is read with "the article" there.
 */

import { isKnownWord } from '../text/related-words.js';

const CAMEL_PARTS = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * The question with each publisher's name ("ScienceAlert", "Science Alert", "sciencealert's") as "the article". Not a
 * name that is an English word ("Nature", "Science"): "was it published in Nature?" may name a journal, or nature.
 */
export function publisherAsArticle(question: string, publishers: readonly string[]): string {
  let read = question;
  for (const publisher of publishers) {
    const parts = publisher
      .split(CAMEL_PARTS)
      .flatMap((part) => part.split(/\s+/))
      .filter(Boolean)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (parts.length === 0 || !read.toLowerCase().includes((parts[0] as string).toLowerCase())) continue;
    // Looked up only for a question that may name it: the word list costs a cold ask a few milliseconds to read.
    if (isKnownWord(publisher.toLowerCase())) continue;
    const name = new RegExp(String.raw`\b(?:the\s+)?${parts.join(String.raw`\s*`)}\b(['\u2019]s)?`, 'giu');
    read = read.replace(name, (_all, possessive?: string) => `the article${possessive ?? ''}`);
  }
  return read;
}

/** /source — the full citation: article, publisher, the study, its journal, its authors and their affiliations. */
import { AXIS_ARTICLE_ID } from './axis.js';
import { type Command, PRIVATE_OPTION } from './types.js';

export const source: Command = {
  schema: {
    name: 'source',
    description: 'Where the answers come from: the article, its publisher, and the study it reports.',
    contexts: [0, 1, 2],
    options: [PRIVATE_OPTION],
  },
  usage: '/source [private:true]',
  run(_options, { kb }) {
    const article = kb.article(AXIS_ARTICLE_ID) ?? kb.articles[0];
    if (!article) return { kind: 'notice', tone: 'error', message: 'No article is loaded.' };
    return { kind: 'citation', article };
  },
};

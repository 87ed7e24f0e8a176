/**
 * /source [article] — the full citation of an article: title, publisher, authors, date, link, and the study it
 * reports. With one article loaded it is that one; with several and none chosen, the list of them.
 */

import type { Article } from '../src/content/types.js';
import type { KnowledgeBase, SourceOrder } from '../src/search/knowledge-base.js';
import { MAX_TYPED_LENGTH } from './limits.js';
import {
  autocompletedOption,
  type Choice,
  type Command,
  defineCommand,
  EVERYWHERE,
  PRIVATE_OPTION,
  type Reply,
  textOption,
} from './types.js';

export const source: Command<Reply> = defineCommand({
  schema: {
    name: 'source',
    description: 'Where the answers come from: the article, its publisher, its authors and the study it reports.',
    ...EVERYWHERE,
    options: [
      autocompletedOption(
        'article',
        'Which article (leave empty to list them when there are several).',
        MAX_TYPED_LENGTH,
      ),
      PRIVATE_OPTION,
    ],
  },
  usage: '/source [article:<title>] [private:true]',
  run(options, { kb }) {
    const wanted = textOption(options, 'article', MAX_TYPED_LENGTH);
    if (kb.articles.length === 0) return { kind: 'notice', tone: 'error', message: 'No article is loaded.' };
    if (!wanted) {
      const [only] = kb.articles;
      return kb.articles.length === 1 && only ? citationOf(kb, only) : { kind: 'library', articles: kb.articles };
    }
    const article = findArticle(kb, wanted);
    if (article) return citationOf(kb, article);
    return { kind: 'library', articles: kb.articles, missing: wanted };
  },
  autocomplete(_option, typed, { kb }) {
    return articleChoices(kb, typed);
  },
});

/**
 * The citation of an article, with the passages that name its study's journal or authors: by default the one that
 * says where it was published first, as "source?" asks; `study` puts the one that tells the study first ("In a
 * comprehensive review, three neurologists ..."), as "what kind of study is this?" asks.
 */
function citationOf(kb: KnowledgeBase, article: Article, first: SourceOrder = 'publication'): Reply {
  return { kind: 'citation', article, passages: kb.sourcePassages(article.id, first) };
}

/** The citation of the only article, told by its study first; undefined with several (the list answers then). */
export function studyCitation(kb: KnowledgeBase): Reply | undefined {
  const [only] = kb.articles;
  return kb.articles.length === 1 && only ? citationOf(kb, only, 'study') : undefined;
}

/** An article by id, by title (ignoring case), or by the only title containing what was typed. */
function findArticle(kb: KnowledgeBase, wanted: string): Article | undefined {
  const key = wanted.trim().toLowerCase();
  const exact = kb.article(key) ?? kb.articles.find((a) => a.title.toLowerCase() === key);
  if (exact) return exact;
  const containing = kb.articles.filter((a) => a.title.toLowerCase().includes(key));
  return containing.length === 1 ? containing[0] : undefined;
}

/** The articles whose title or id contains what was typed, as choices: the title shown, the id sent. */
function articleChoices(kb: KnowledgeBase, typed: string): Choice[] {
  const key = typed.slice(0, MAX_TYPED_LENGTH).trim().toLowerCase();
  const matching = kb.articles.filter((a) => !key || a.title.toLowerCase().includes(key) || a.id.includes(key));
  const starts = matching.filter((a) => a.title.toLowerCase().startsWith(key));
  const ordered = [...new Set([...starts, ...matching])];
  return ordered.map((a) => ({ name: a.title, value: a.id }));
}

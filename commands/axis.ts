/**
 * /axis [question] — the bone-brain axis article's own command. Without a
 * question: an overview quoted from the article (its hand-picked overview
 * paragraphs). With one: the best passages from this article only.
 */

import { answerQuestionCommand } from './answering.js';
import { MAX_QUESTION_LENGTH, MAX_TYPED_LENGTH } from './limits.js';
import { type Command, type OverviewPart, PRIVATE_OPTION, textOption, toChoices } from './types.js';

/** The article this command is about. */
export const AXIS_ARTICLE_ID = 'bone-brain-axis';

export const axis: Command = {
  schema: {
    name: 'axis',
    description: 'The bone-brain axis: an overview, or ask about how depression and osteoporosis feed each other.',
    contexts: [0, 1, 2],
    options: [
      {
        type: 3,
        name: 'question',
        description: 'A question about the bone-brain axis (leave empty for an overview).',
        required: false,
        autocomplete: true,
        max_length: MAX_QUESTION_LENGTH,
      },
      PRIVATE_OPTION,
    ],
  },
  usage: '/axis [question:<your question>] [private:true]',
  run(options, context, page = 0) {
    const article = context.kb.article(AXIS_ARTICLE_ID);
    if (!article) {
      return { kind: 'notice', tone: 'error', message: 'The bone-brain axis article is not loaded on this bot.' };
    }
    if (textOption(options, 'question')) {
      return answerQuestionCommand('axis', options, context, page, AXIS_ARTICLE_ID);
    }
    const parts: OverviewPart[] = [];
    for (const section of article.overview) {
      const passage = article.passages[section.paragraph - 1];
      if (!passage) continue;
      parts.push({
        heading: section.heading,
        passage: {
          text: passage.text,
          articleId: article.id,
          article: article.title,
          publisher: article.publisher,
          ...(article.url ? { url: article.url } : {}),
          paragraph: passage.paragraph,
          score: 1,
          highlights: [],
        },
      });
    }
    return { kind: 'overview', article, parts };
  },
  autocomplete(_option, typed, { kb }) {
    const article = kb.article(AXIS_ARTICLE_ID);
    if (!article) return [];
    const text = typed.slice(0, MAX_TYPED_LENGTH).replace(/\s+/g, ' ').trim();
    const suggestions = [...article.questions, ...article.tags];
    if (!text) return toChoices(suggestions);
    const words = text
      .toLowerCase()
      .split(' ')
      .filter((w) => w.length > 0);
    const last = words.pop() ?? '';
    // Every finished word must appear, and the word being typed may be a prefix.
    const matches = suggestions.filter((s) => {
      const lower = s.toLowerCase();
      return words.every((w) => lower.includes(w)) && lower.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(last));
    });
    const topics = kb.suggestTopics(text, 10);
    // The user's own text first, so they can always send exactly what they typed.
    return toChoices([text, ...matches, ...topics]);
  },
};

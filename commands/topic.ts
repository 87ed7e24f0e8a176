/**
 * An article's own command, declared in its content (`command:` in the front matter; the bone-brain article
 * declares /axis). Without a question: an overview quoted from the article (its hand-picked overview
 * paragraphs). With one: the best passages from this article only.
 */

import type { Article } from '../src/content/types.js';
import { answerQuestionCommand } from './answering.js';
import { OptionType } from './discord-values.js';
import { MAX_QUESTION_LENGTH, MAX_TYPED_LENGTH } from './limits.js';
import {
  type Command,
  defineCommand,
  EVERYWHERE,
  type OverviewPart,
  PRIVATE_OPTION,
  type Reply,
  textOption,
  toChoices,
} from './types.js';

/** The command `article` declares, or undefined when it declares none. */
export function topicCommand(article: Article): Command | undefined {
  const declared = article.command;
  if (!declared) return undefined;
  const { name } = declared;
  return defineCommand({
    schema: {
      name,
      description: declared.description,
      ...EVERYWHERE,
      options: [
        {
          type: OptionType.String,
          name: 'question',
          description: 'A question about this article (leave empty for an overview).',
          required: false,
          autocomplete: true,
          max_length: MAX_QUESTION_LENGTH,
        },
        PRIVATE_OPTION,
      ],
    },
    usage: `/${name} [question:<your question>] [private:true]`,
    // The commands are made per content (commandsFor), so `article` is the one this knowledge base holds.
    run(options, context) {
      if (textOption(options, 'question')) return answerQuestionCommand(name, options, context, article.id);
      return overviewOf(article);
    },
    autocomplete(_option, typed, { kb }) {
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
  });
}

/** The overview of an article: its hand-picked sections, each quoting its paragraph. */
export function overviewOf(article: Article): Reply {
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
}

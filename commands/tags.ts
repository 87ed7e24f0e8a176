/**
 * /tags [tag] — without a tag, every tag (paged); with one, the passages
 * that best match it.
 */

import { MAX_TAG_LENGTH, MAX_TYPED_LENGTH } from './limits.js';
import {
  autocompletedOption,
  type Command,
  defineCommand,
  EVERYWHERE,
  PRIVATE_OPTION,
  type Reply,
  textOption,
  toChoices,
} from './types.js';

export const tags: Command<Reply> = defineCommand({
  schema: {
    name: 'tags',
    description: 'List the topics the articles are tagged with, or show the passages for one tag.',
    ...EVERYWHERE,
    options: [
      autocompletedOption('tag', 'A tag to show passages for (leave empty to list all tags).', MAX_TAG_LENGTH),
      PRIVATE_OPTION,
    ],
  },
  usage: '/tags [tag:<tag>] [private:true]',
  run(options, { kb }) {
    const tag = textOption(options, 'tag', MAX_TAG_LENGTH);
    if (!tag) return { kind: 'tags', tags: kb.allTags(), paging: { command: 'tags', input: '' } };
    const known = kb.allTags().find((t) => t.tag.toLowerCase() === tag.toLowerCase());
    const answer = kb.passagesForTag(known?.tag ?? tag, 5);
    return {
      kind: 'answer',
      answer,
      paging: { command: 'tags', input: known?.tag ?? tag },
      heading: known ? `Tag: ${known.tag}` : undefined,
    };
  },
  autocomplete(_option, typed, { kb }) {
    const text = typed.slice(0, MAX_TYPED_LENGTH).trim().toLowerCase();
    const all = kb.allTags().map((t) => t.tag);
    if (!text) return toChoices(all);
    const starts = all.filter((t) => t.toLowerCase().startsWith(text));
    const contains = all.filter((t) => t.toLowerCase().includes(text));
    return toChoices([...starts, ...contains, ...kb.suggestTopics(text, 25)]);
  },
});

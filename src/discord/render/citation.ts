/** /source for one article: who published and wrote it, when, the link, and the study it reports. */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { highlightedText, type QuotedPassage } from '../../answer/answer.js';
import type { Article } from '../../content/types.js';
import { escapeMarkdown } from '../escape.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { COLORS, httpUrl } from './parts.js';

/** The full citation: article, publisher, the study, its journal, and its authors with their affiliations. */
export function renderCitationEmbed(article: Article, passages: readonly QuotedPassage[] = []): APIEmbed {
  const fields: APIEmbedField[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value?.trim()) fields.push({ name, value: truncate(value, DISCORD_LIMITS.embedFieldValue) });
  };
  add('Publisher', article.publisher && escapeMarkdown(article.publisher));
  add('Written by', article.authors.map((name) => escapeMarkdown(name)).join(', '));
  add('Published', article.published && escapeMarkdown(article.published));
  const link = httpUrl(article.url);
  add('Link', link);
  const study = article.study;
  if (study) {
    add(
      'Study',
      [study.kind, study.title]
        .filter(Boolean)
        .map((s) => escapeMarkdown(String(s)))
        .join(': '),
    );
    add('Journal', study.journal && `*${escapeMarkdown(study.journal)}*`);
    add('Authors', authorLines(study.authors));
  }
  // Where the article itself says so: its sentences naming the journal or the authors, quoted with their paragraph.
  add('In the article', passages.map(sourceLine).join('\n'));
  const url = httpUrl(article.url);
  return {
    title: truncate(escapeMarkdown(article.title), DISCORD_LIMITS.embedTitle),
    ...(url ? { url } : {}),
    ...(article.headline ? { description: truncate(escapeMarkdown(article.headline), 1000) } : {}),
    color: COLORS.info,
    fields,
    footer: { text: 'Every answer quotes this article verbatim and names its paragraph.' },
  };
}

function authorLines(authors: ReadonlyArray<{ name: string; affiliation?: string }>): string {
  const lines: string[] = [];
  let length = 0;
  for (const [i, a] of authors.entries()) {
    const line = `${escapeMarkdown(a.name)}${a.affiliation ? ` — ${escapeMarkdown(a.affiliation)}` : ''}`;
    const more = `…and ${authors.length - i} more`;
    if (length + line.length + 1 > DISCORD_LIMITS.embedFieldValue - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

/** "¶9 “This study, published in the journal Biomolecules, …”": the passage's bold sentences, cut to share a field. */
function sourceLine(passage: QuotedPassage): string {
  return `¶${passage.paragraph} “${escapeMarkdown(truncate(highlightedText(passage), SOURCE_LINE))}”`;
}
/** Characters of one passage's sentences in the citation: two fit a field with room to spare. */
const SOURCE_LINE = 400;

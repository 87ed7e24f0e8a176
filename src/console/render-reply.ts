/**
 * The terminal's renderer for every kind of Reply a command returns. Answers
 * use render-text.ts; the rest are short plain-text layouts.
 */
import type { Reply } from '../../commands/types.js';
import { highlightedText } from '../answer/answer.js';
import { insightsText } from './insights-text.js';
import { markHighlights, renderAnswerText, sourceLine, type TextStyle } from './render-text.js';

function bold(text: string, style: TextStyle): string {
  return style.color ? `\x1b[1m${text}\x1b[22m` : text;
}

export function renderReplyText(reply: Reply, style: TextStyle = { color: false }): string {
  switch (reply.kind) {
    case 'answer': {
      const heading = reply.heading ? `${reply.heading}\n\n` : '';
      return heading + renderAnswerText(reply.answer, style);
    }
    case 'overview': {
      const title = bold(reply.article.title, style);
      const parts = reply.parts.map(
        (part) => `${bold(part.heading, style)}\n${markHighlights(part.passage, style)}\n${sourceLine(part.passage)}`,
      );
      return [title, ...parts].join('\n\n');
    }
    case 'tags': {
      if (reply.tags.length === 0) return 'No tags yet.';
      const lines = reply.tags.map((t) => `  • ${t.tag}`);
      return `${bold('Tags', style)} (${reply.tags.length}) — try /tags <tag>\n${lines.join('\n')}`;
    }
    case 'library': {
      const lines = reply.missing
        ? [`No article matches “${reply.missing}”. The articles are:`]
        : [bold('Articles', style)];
      for (const article of reply.articles) {
        lines.push(
          `  • ${article.title}${article.publisher ? ` (${article.publisher})` : ''}${article.url ? ` ${article.url}` : ''}`,
        );
      }
      lines.push('Try /source <title> for the full citation.');
      return lines.join('\n');
    }
    case 'citation': {
      const { article } = reply;
      const lines = [bold(article.title, style)];
      if (article.headline) lines.push(article.headline);
      if (article.publisher) lines.push(`Publisher: ${article.publisher}`);
      if (article.authors.length > 0) lines.push(`Written by: ${article.authors.join(', ')}`);
      if (article.url) lines.push(`Link: ${article.url}`);
      if (article.published) lines.push(`Published: ${article.published}`);
      const study = article.study;
      if (study) {
        const kind = study.kind ? study.kind[0]?.toUpperCase() + study.kind.slice(1) : 'Study';
        lines.push(
          `${kind}${study.title ? `: ${study.title}` : ''}${study.journal ? `, in the journal ${study.journal}` : ''}`,
        );
        for (const author of study.authors) {
          lines.push(`  • ${author.name}${author.affiliation ? `, ${author.affiliation}` : ''}`);
        }
      }
      // Where the article itself says so, quoted with its paragraph.
      for (const passage of reply.passages ?? []) {
        lines.push(`In the article, ¶${passage.paragraph}: “${highlightedText(passage)}”`);
      }
      return lines.join('\n');
    }
    case 'help': {
      const lines = reply.commands.map((c) => `  ${c.usage}\n      ${c.description}`);
      return [
        'I answer questions about the article by quoting the passages that answer them, with their source.',
        'Type a question, or one of:',
        ...lines,
      ].join('\n');
    }
    case 'insights':
      return insightsText(reply.insights, 'this server');
    case 'settings': {
      const { settings } = reply;
      const list = (ids: string[]) => (ids.length > 0 ? ids.join(', ') : 'none');
      return [
        reply.headline,
        ...reply.notes,
        `Forum channels answered: ${list(settings.forumChannels)}`,
        `Ask channels: ${list(settings.askChannels)}`,
        `Private by default: ${settings.privateByDefault ? 'yes' : 'no'}`,
        `Cooldown: ${settings.cooldownSeconds} s`,
      ].join('\n');
    }
    case 'notice':
      return reply.message;
  }
}

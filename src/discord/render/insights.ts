/** /insights as one private embed: counts, a chart of questions per day, and what to fix in the content. */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { Insights } from '../../store/records.js';
import { escapeUserText } from '../escape.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { COLORS } from './parts.js';

/** Days shown in the chart: a longer window is shown by week. */
const CHART_DAYS = 14;
const BAR = 12;

export function renderInsightsEmbed(insights: Insights): APIEmbed {
  const pct = (part: number) => (insights.questions > 0 ? ` (${Math.round((100 * part) / insights.questions)}%)` : '');
  const description = [
    `**${insights.questions}** question${insights.questions === 1 ? '' : 's'}: ${insights.answered} answered${pct(insights.answered)}, ${insights.notFound} not found${pct(insights.notFound)}.`,
    `Votes: 👍 ${insights.helpful} helpful, 👎 ${insights.unhelpful} not helpful.`,
  ];
  if (insights.questions === 0) description.push('', 'Nothing asked in this window yet.');
  const fields: APIEmbedField[] = [];
  const add = (name: string, lines: string[]) => {
    if (lines.length > 0) fields.push({ name, value: joinWithin(lines, DISCORD_LIMITS.embedFieldValue) });
  };
  add('Questions per day', chart(insights.perDay));
  add(
    'Most asked, not answered',
    insights.unanswered.map((u) => `**${u.count}×** ${escapeUserText(truncate(oneLine(u.question), 150))}`),
  );
  add(
    'Asked about, missing from the content',
    [insights.missing.map((m) => `${escapeUserText(truncate(m.word, 60))} (${m.count})`).join(', ')].filter(Boolean),
  );
  add(
    'Least helpful passages',
    insights.leastHelpful.map(
      (p) =>
        `*${escapeUserText(truncate(p.article, 120))}*, paragraph ${p.paragraph}: 👎 ${p.unhelpful}, 👍 ${p.helpful}`,
    ),
  );
  add(
    'What people were looking for',
    insights.comments.map((c) => `“${escapeUserText(truncate(oneLine(c.comment), 200))}”`),
  );
  return {
    title: `Insights: the last ${insights.days} day${insights.days === 1 ? '' : 's'}`,
    description: description.join('\n'),
    color: COLORS.info,
    fields,
    footer: { text: 'Only you can see this. Users appear as keyed hashes only; /forget-me deletes a user’s records.' },
  };
}

/** A text bar chart in a code block (monospace), one line per day or week. */
function chart(perDay: Insights['perDay']): string[] {
  if (perDay.every((d) => d.questions === 0)) return [];
  const rows = perDay.length > CHART_DAYS ? byWeek(perDay) : perDay;
  const most = Math.max(...rows.map((d) => d.questions));
  const lines = rows.map(
    (d) => `${d.day.slice(5)} ${'█'.repeat(Math.round((BAR * d.questions) / most)).padEnd(BAR)} ${d.questions}`,
  );
  // Only the latest rows when they would not fit one field.
  const fitting = lines.slice(-Math.floor((DISCORD_LIMITS.embedFieldValue - 8) / ((lines[0]?.length ?? 1) + 1)));
  return [`\`\`\`\n${fitting.join('\n')}\n\`\`\``];
}

function byWeek(perDay: Insights['perDay']): Insights['perDay'] {
  const weeks: Insights['perDay'] = [];
  for (let i = perDay.length; i > 0; i -= 7) {
    const week = perDay.slice(Math.max(0, i - 7), i);
    weeks.unshift({ day: week[0]?.day ?? '', questions: week.reduce((sum, d) => sum + d.questions, 0) });
  }
  return weeks;
}

/** Whole lines only, as many as fit in `max` (no line cut in the middle of its markdown). */
function joinWithin(lines: string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const added = line.length + (kept.length > 0 ? 1 : 0);
    if (length + added > max) break;
    kept.push(line);
    length += added;
  }
  return kept.length > 0 ? kept.join('\n') : truncate(lines[0] ?? '', max);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A store's summary as plain text, with a small chart of questions per day: `npm run insights` and the console. */
import type { Insights } from '../store/records.js';

const BAR_WIDTH = 30;

export function insightsText(insights: Insights, scope: string): string {
  const share = (part: number, whole: number) => (whole > 0 ? ` (${Math.round((100 * part) / whole)}%)` : '');
  const lines = [
    `Insights: ${scope}, the last ${insights.days} day${insights.days === 1 ? '' : 's'}`,
    '',
    `Questions     ${insights.questions}`,
    `  answered    ${insights.answered}${share(insights.answered, insights.questions)}`,
    `  not found   ${insights.notFound}${share(insights.notFound, insights.questions)}`,
    `Votes         ${insights.helpful} helpful, ${insights.unhelpful} not helpful`,
  ];
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push('', title, ...rows.map((row) => `  ${row}`));
  };
  section('Questions per day', dayChart(insights.perDay));
  section(
    'Most asked, not answered',
    insights.unanswered.map((u) => `${String(u.count).padStart(4)} × ${oneLine(u.question)}`),
  );
  section(
    'Words asked about that the content lacks',
    insights.missing.map((m) => `${String(m.count).padStart(4)} × ${m.word}`),
  );
  section(
    'Least helpful passages',
    insights.leastHelpful.map(
      (p) => `${p.article}, paragraph ${p.paragraph}: ${p.unhelpful} not helpful, ${p.helpful} helpful`,
    ),
  );
  section(
    'What people were looking for',
    insights.comments.map((c) => `“${oneLine(c.comment)}” (on “${oneLine(c.question)}”)`),
  );
  return lines.join('\n');
}

/** One bar per day, scaled to the busiest; long windows are shown by week so the chart stays short. */
function dayChart(perDay: Insights['perDay']): string[] {
  if (perDay.every((d) => d.questions === 0)) return [];
  const rows = perDay.length > 31 ? byWeek(perDay) : perDay;
  const most = Math.max(...rows.map((d) => d.questions));
  return rows.map((d) => {
    const bar = '█'.repeat(Math.round((BAR_WIDTH * d.questions) / most));
    return `${d.day}  ${bar}${bar ? ' ' : ''}${d.questions}`;
  });
}

function byWeek(perDay: Insights['perDay']): Insights['perDay'] {
  const weeks: Insights['perDay'] = [];
  for (let i = 0; i < perDay.length; i += 7) {
    const week = perDay.slice(i, i + 7);
    weeks.push({ day: week[0]?.day ?? '', questions: week.reduce((sum, d) => sum + d.questions, 0) });
  }
  return weeks;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

/**
 * `npm run eval -- FILE FILE ...`: one row per question set (a style) and the sets pooled, for question sets and
 * for follow-up conversations, as the README's answer-quality tables show them.
 */
import { basename } from 'node:path';
import type { Evaluation } from './evaluate.js';
import type { ConversationEvaluation } from './evaluate-conversations.js';

export type SetResult =
  | { file: string; questions: Evaluation }
  | { file: string; conversations: ConversationEvaluation };

const ratio = (x: number) => x.toFixed(3);
const pooledLabel = (sets: number) => `pooled (${sets} ${sets === 1 ? 'set' : 'sets'})`;
/** A share back to the count it was taken of (the figures are counts over a total). */
const count = (share: number, total: number) => Math.round(share * total);

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function questionRows(results: Array<{ file: string; questions: Evaluation }>): string[] {
  let inScope = 0;
  let hit1 = 0;
  let hit3 = 0;
  let outOfScope = 0;
  let declined = 0;
  let unanswered = 0;
  const rows = results.map(({ file, questions: { overall: o } }) => {
    inScope += o.inScope;
    hit1 += count(o.hit1, o.inScope);
    hit3 += count(o.hit3, o.inScope);
    outOfScope += o.outOfScope;
    declined += o.outOfScopeRefused;
    unanswered += o.unanswered;
    return [
      basename(file),
      `${o.inScope}`,
      o.inScope > 0 ? ratio(o.hit1) : '–',
      o.inScope > 0 ? ratio(o.hit3) : '–',
      o.bold1 === null ? '–' : ratio(o.bold1),
      o.outOfScope > 0 ? `${o.outOfScopeRefused}/${o.outOfScope}` : '–',
      `${o.unanswered}/${o.inScope}`,
    ];
  });
  const share = (n: number, total: number) => (total > 0 ? ratio(n / total) : '–');
  rows.push([
    pooledLabel(results.length),
    `${inScope}`,
    `${share(hit1, inScope)} (${hit1})`,
    share(hit3, inScope),
    '–',
    outOfScope > 0 ? `${declined}/${outOfScope} (${share(declined, outOfScope)})` : '–',
    `${unanswered}/${inScope}`,
  ]);
  return table(['question set', 'in scope', 'hit@1', 'hit@3', 'bold@1', 'declined', 'unanswered'], rows);
}

function conversationRows(results: Array<{ file: string; conversations: ConversationEvaluation }>): string[] {
  let followUps = 0;
  let inConversation = 0;
  let alone = 0;
  const rows = results.map(({ file, conversations: c }) => {
    followUps += c.followUps;
    inConversation += count(c.withContext, c.followUps);
    alone += count(c.withoutContext, c.followUps);
    return [basename(file), `${c.followUps}`, ratio(c.withContext), ratio(c.withoutContext)];
  });
  const share = (n: number) => (followUps > 0 ? ratio(n / followUps) : '–');
  rows.push([
    pooledLabel(results.length),
    `${followUps}`,
    `${share(inConversation)} (${inConversation})`,
    share(alone),
  ]);
  return table(['conversation set', 'follow-ups', 'in conversation', 'alone'], rows);
}

/** The sets' rows and their pooled figures: question sets first, then conversation sets. */
export function formatSummary(results: readonly SetResult[]): string {
  const questions = results.filter((r): r is Extract<SetResult, { questions: Evaluation }> => 'questions' in r);
  const conversations = results.filter(
    (r): r is Extract<SetResult, { conversations: ConversationEvaluation }> => 'conversations' in r,
  );
  const parts: string[][] = [];
  if (questions.length > 0) parts.push(questionRows(questions));
  if (conversations.length > 0) parts.push(conversationRows(conversations));
  return parts.map((lines) => lines.join('\n')).join('\n\n');
}

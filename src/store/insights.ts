/** The summary /insights and `npm run insights` show, computed in the database (the same SQL on both dialects). */
import { type Kysely, sql } from 'kysely';
import { DAY_MS, type Insights, type InsightsQuery, type QuestionRow } from './records.js';
import type { Database } from './schema.js';

const TOP = 10;
const LEAST_HELPFUL = 5;
const COMMENTS = 5;

export async function queryInsights(db: Kysely<Database>, query: InsightsQuery): Promise<Insights> {
  const now = query.now ?? Date.now();
  const since = now - query.days * DAY_MS;
  const guildId = query.guildId;
  const asked = db
    .selectFrom('questions')
    .where('questions.at', '>=', since)
    .$if(guildId !== undefined, (qb) => qb.where('questions.guild_id', '=', guildId as string));
  // Votes cast in the window, on this server's answers.
  const votes = db
    .selectFrom('votes')
    .innerJoin('questions', 'questions.id', 'votes.question_id')
    .where('votes.at', '>=', since)
    .$if(guildId !== undefined, (qb) => qb.where('questions.guild_id', '=', guildId as string));

  const [outcomes, votesByKind, unanswered, missing, leastHelpful, days, comments] = await Promise.all([
    asked
      .select(['outcome', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('outcome')
      .execute(),
    votes
      .select(['votes.helpful', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('votes.helpful')
      .execute(),
    asked
      .where('outcome', '=', 'not-found')
      .select([(eb) => eb.fn.max('question').as('question'), (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('question_key')
      .orderBy('count', 'desc')
      .orderBy((eb) => eb.fn.max('at'), 'desc')
      .limit(TOP)
      .execute(),
    db
      .selectFrom('missing')
      .innerJoin('questions', 'questions.id', 'missing.question_id')
      .where('questions.at', '>=', since)
      .$if(guildId !== undefined, (qb) => qb.where('questions.guild_id', '=', guildId as string))
      .select(['missing.word', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('missing.word')
      .orderBy('count', 'desc')
      .orderBy('missing.word')
      .limit(TOP)
      .execute(),
    votes
      .innerJoin('quoted', (join) =>
        join.onRef('quoted.question_id', '=', 'votes.question_id').on('quoted.position', '=', 0),
      )
      .select([
        (eb) => eb.fn.max('quoted.article').as('article'),
        'quoted.paragraph',
        sql<number>`sum(case when votes.helpful = 1 then 1 else 0 end)`.as('helpful'),
        sql<number>`sum(case when votes.helpful = 0 then 1 else 0 end)`.as('unhelpful'),
      ])
      .groupBy(['quoted.article_id', 'quoted.paragraph'])
      .having(sql<boolean>`sum(case when votes.helpful = 0 then 1 else 0 end) > 0`)
      .orderBy('unhelpful', 'desc')
      .orderBy('helpful')
      .limit(LEAST_HELPFUL)
      .execute(),
    asked
      .select([sql<number>`questions.at / ${sql.lit(DAY_MS)}`.as('day'), (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('day')
      .execute(),
    votes
      .where('votes.comment', 'is not', null)
      .select(['questions.question', 'votes.comment'])
      .orderBy('votes.at', 'desc')
      .limit(COMMENTS)
      .execute(),
  ]);

  const count = (rows: ReadonlyArray<{ count: number | string | bigint }>) =>
    rows.reduce((sum, row) => sum + Number(row.count), 0);
  const answered = count(outcomes.filter((r) => r.outcome === 'answered'));
  const notFound = count(outcomes.filter((r) => r.outcome === 'not-found'));
  return {
    days: query.days,
    questions: answered + notFound,
    answered,
    notFound,
    helpful: count(votesByKind.filter((r) => Number(r.helpful) === 1)),
    unhelpful: count(votesByKind.filter((r) => Number(r.helpful) === 0)),
    unanswered: unanswered.map((r) => ({ question: String(r.question), count: Number(r.count) })),
    missing: missing.map((r) => ({ word: r.word, count: Number(r.count) })),
    leastHelpful: leastHelpful.map((r) => ({
      article: String(r.article),
      paragraph: Number(r.paragraph),
      helpful: Number(r.helpful),
      unhelpful: Number(r.unhelpful),
    })),
    perDay: everyDay(since, now, days),
    comments: comments.map((r) => ({ question: r.question, comment: String(r.comment) })),
  };
}

/** One row per UTC day of the window, oldest first, zero where nothing was asked. */
function everyDay(since: number, now: number, rows: ReadonlyArray<{ day: number | string; count: number | string }>) {
  const counts = new Map(rows.map((r) => [Number(r.day), Number(r.count)]));
  const out: Insights['perDay'] = [];
  for (let day = Math.floor(since / DAY_MS); day <= Math.floor(now / DAY_MS); day++) {
    out.push({ day: new Date(day * DAY_MS).toISOString().slice(0, 10), questions: counts.get(day) ?? 0 });
  }
  return out;
}

export async function exportQuestions(db: Kysely<Database>, query: InsightsQuery): Promise<QuestionRow[]> {
  const since = (query.now ?? Date.now()) - query.days * DAY_MS;
  const guildId = query.guildId;
  const scoped = db
    .selectFrom('questions')
    .where('questions.at', '>=', since)
    .$if(guildId !== undefined, (qb) => qb.where('questions.guild_id', '=', guildId as string));
  const ids = scoped.select('questions.id');
  const [questions, quoted, missing, votes] = await Promise.all([
    scoped.selectAll().orderBy('at').orderBy('id').execute(),
    db.selectFrom('quoted').selectAll().where('question_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('missing').selectAll().where('question_id', 'in', ids).orderBy('word').execute(),
    db
      .selectFrom('votes')
      .where('question_id', 'in', ids)
      .select([
        'question_id',
        sql<number>`sum(case when helpful = 1 then 1 else 0 end)`.as('helpful'),
        sql<number>`sum(case when helpful = 0 then 1 else 0 end)`.as('unhelpful'),
      ])
      .groupBy('question_id')
      .execute(),
  ]);
  const group = <T extends { question_id: string }>(rows: T[]) => {
    const by = new Map<string, T[]>();
    for (const row of rows) by.set(row.question_id, [...(by.get(row.question_id) ?? []), row]);
    return by;
  };
  const quotedBy = group(quoted);
  const missingBy = group(missing);
  const votesBy = new Map(votes.map((v) => [v.question_id, v]));
  return questions.map((q) => ({
    at: Number(q.at),
    guildId: q.guild_id,
    channelId: q.channel_id,
    frontEnd: q.front_end,
    command: q.command,
    question: q.question,
    outcome: q.outcome,
    quoted: (quotedBy.get(q.id) ?? []).map((p) => `${p.article} ¶${p.paragraph}`),
    missing: (missingBy.get(q.id) ?? []).map((m) => m.word),
    helpful: Number(votesBy.get(q.id)?.helpful ?? 0),
    unhelpful: Number(votesBy.get(q.id)?.unhelpful ?? 0),
  }));
}

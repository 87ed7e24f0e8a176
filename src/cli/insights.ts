/**
 * `npm run insights -- [--days N] [--guild ID] [--json] [--csv FILE]`: what people asked, from the store that
 * DATABASE_URL names. --json prints one object (a contract: README); --csv writes every question of the window.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../config.js';
import { insightsText } from '../console/insights-text.js';
import { openDatabase } from '../store/open-database.js';
import type { Insights, QuestionRow } from '../store/records.js';
import { SqlStore } from '../store/sql-store.js';
import { EXIT, runAsProgram } from './entry-point.js';

const USAGE = 'usage: npm run insights -- [--days N] [--guild ID] [--json] [--csv FILE]';
const MAX_DAYS = 3650;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  let values: { days?: string; guild?: string; json?: boolean; csv?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        days: { type: 'string' },
        guild: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`insights: ${(error as Error).message}\n${USAGE}`);
    return EXIT.configuration;
  }
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const days = values.days === undefined ? 7 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    io.err(`insights: --days must be a whole number from 1 to ${MAX_DAYS}\n${USAGE}`);
    return EXIT.configuration;
  }
  if (values.guild !== undefined && !/^\d{17,20}$/.test(values.guild)) {
    io.err(`insights: --guild must be a server id (17 to 20 digits)\n${USAGE}`);
    return EXIT.configuration;
  }
  let location: ReturnType<typeof loadConfig<'insights'>>['store']['location'];
  try {
    location = loadConfig(env, 'insights').store.location;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`insights: ${error.message}`);
    return EXIT.configuration;
  }
  if (location.kind === 'off') {
    io.err('insights: storage is off (DATABASE_URL=off): nothing is recorded, so there is nothing to show.');
    return EXIT.configuration;
  }
  const where = location.kind === 'sqlite' ? location.path : location.display;
  let store: SqlStore;
  try {
    store = new SqlStore(await openDatabase(location));
  } catch (error) {
    io.err(`insights: cannot open the store at ${where}: ${(error as Error).message}`);
    return EXIT.failure;
  }
  try {
    const query = { days, ...(values.guild ? { guildId: values.guild } : {}) };
    const insights = await store.insights(query);
    if (values.csv) {
      const rows = await store.questionRows(query);
      await writeFile(values.csv, questionsCsv(rows));
      if (!values.json) io.err(`insights: ${rows.length} questions written to ${values.csv}`);
    }
    io.out(values.json ? JSON.stringify(contractOf(insights)) : insightsText(insights, scopeOf(values.guild)));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** The --json object, exactly the keys the contract names. */
function contractOf(i: Insights) {
  return {
    days: i.days,
    questions: i.questions,
    answered: i.answered,
    notFound: i.notFound,
    helpful: i.helpful,
    unhelpful: i.unhelpful,
    unanswered: i.unanswered,
    missing: i.missing,
    leastHelpful: i.leastHelpful,
  };
}

function scopeOf(guild: string | undefined): string {
  return guild ? `server ${guild}` : 'every server';
}

const CSV_HEADER = [
  'time',
  'guild',
  'channel',
  'front_end',
  'command',
  'question',
  'outcome',
  'quoted',
  'missing',
  'helpful',
  'not_helpful',
];

function questionsCsv(rows: readonly QuestionRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        new Date(r.at).toISOString(),
        r.guildId ?? '',
        r.channelId ?? '',
        r.frontEnd,
        r.command,
        r.question,
        r.outcome,
        r.quoted.join('; '),
        r.missing.join('; '),
        String(r.helpful),
        String(r.unhelpful),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; text that a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

runAsProgram(
  import.meta.url,
  () => {
    loadDotenv({ quiet: true });
    return main(process.argv.slice(2), process.env, {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
    });
  },
  { name: 'insights' },
);

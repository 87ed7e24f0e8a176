/** /insights [days] — for the people who run a server: what it asks, what the article lacks, what did not help. */
import { OptionType } from './discord-values.js';
import { defineCommand, notice, SERVER_ADMIN } from './types.js';

const DEFAULT_DAYS = 7;
const MAX_DAYS = 365;

export const insights = defineCommand({
  schema: {
    name: 'insights',
    description: 'What this server asks the bot, what the article lacks, and which answers did not help (private).',
    // Shown to Manage Server by default; the handler checks again, since server admins can change who sees it.
    ...SERVER_ADMIN,
    options: [
      {
        type: OptionType.Integer,
        name: 'days',
        description: `How many days back (1 to ${MAX_DAYS}, default ${DEFAULT_DAYS}).`,
        required: false,
        min_value: 1,
        max_value: MAX_DAYS,
      },
    ],
  },
  usage: `/insights [days:${DEFAULT_DAYS}]`,
  async run(options, { caller, store }) {
    if (!caller?.guildId) return notice('/insights summarizes a server: run it in one.');
    if (!caller.managesServer) {
      return notice('Only members who can manage this server (Manage Server) can see its insights.', 'error');
    }
    if (!store) return notice('Storage is off (DATABASE_URL=off): no questions are kept, so there is nothing to show.');
    const asked = Number.parseInt(options.days ?? '', 10);
    const days = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), MAX_DAYS) : DEFAULT_DAYS;
    const result = await store.insights({ days, guildId: caller.guildId });
    if (result === 'unavailable') {
      return notice(
        'The store cannot be reached right now (answering goes on). Please try again in a minute.',
        'error',
      );
    }
    return { kind: 'insights', insights: result };
  },
});

/** /forget-me — deletes everything the bot has stored about the caller, and says how much went. */
import { defineCommand, EVERYWHERE, notice } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const forgetMe = defineCommand({
  schema: {
    name: 'forget-me',
    description: 'Delete everything this bot has stored about you: your questions and your votes.',
    ...EVERYWHERE,
  },
  usage: '/forget-me',
  async run(_options, { caller, store }) {
    if (!caller || !store) return notice('Nothing is stored about anyone here, so there is nothing to delete.');
    const result = await store.forgetUser(caller.userId);
    if (result === 'unavailable') {
      return notice(
        'The store cannot be reached right now, so nothing was deleted yet. Please try again in a minute.',
        'error',
      );
    }
    const total = result.questions + result.votes;
    if (total === 0) return notice('There was nothing stored about you: nothing to delete.');
    return notice(
      `Done: ${plural(total, 'record')} deleted (${plural(result.questions, 'question')} and ${plural(result.votes, 'vote')}). ` +
        'Questions you ask from now on are stored again, for the time the bot keeps them.',
    );
  },
});

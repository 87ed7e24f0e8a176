/** /ask question:<text> — the best passages for a question, quoted with their source. */

import { answerQuestionCommand } from './answering.js';
import { OptionType } from './discord-values.js';
import { MAX_QUESTION_LENGTH } from './limits.js';
import { type Command, defineCommand, EVERYWHERE, PRIVATE_OPTION, type Reply } from './types.js';

export const ask: Command<Reply> = defineCommand({
  schema: {
    name: 'ask',
    description: 'Ask a question about the article; get the passages that answer it, with their source.',
    ...EVERYWHERE,
    options: [
      {
        type: OptionType.String,
        name: 'question',
        description: 'Your question, in your own words.',
        required: true,
        max_length: MAX_QUESTION_LENGTH,
      },
      PRIVATE_OPTION,
    ],
  },
  usage: '/ask question:<your question> [private:true]',
  run: (options, context) => answerQuestionCommand('ask', options, context),
});

/** "Ask the article" — a message command: answers the selected message's text, privately until posted. */
import { answerQuestionCommand } from './answering.js';
import { CommandType, ContextType, IntegrationType } from './discord-values.js';
import { type Command, defineCommand, notice, type Reply } from './types.js';

export const askTheArticle: Command<Reply> = defineCommand({
  schema: {
    type: CommandType.Message,
    name: 'Ask the article',
    contexts: [ContextType.Guild, ContextType.BotDM, ContextType.PrivateChannel],
    integration_types: [IntegrationType.GuildInstall, IntegrationType.UserInstall],
  },
  usage: 'On any message: ⋯ > Apps > Ask the article',
  run(options, context) {
    const asked = typeof options.question === 'string' ? options.question : '';
    if (!/[\p{L}\p{N}]/u.test(asked)) {
      return notice('That message has no text to ask the article about.');
    }
    // Paged and posted as /ask: the buttons re-run the question, not the message.
    return answerQuestionCommand('ask', { question: asked }, context);
  },
});

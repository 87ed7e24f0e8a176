/** Start-up's view of the store: off, or a question log whose first connection attempt has settled. */
import { QuestionLog, type QuestionLogOptions } from './question-log.js';
import type { StoreConfig } from './store-config.js';

interface StartLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/**
 * Opens the log (DATABASE_URL=off: undefined). Waits for the first attempt to connect, so a wrong DATABASE_URL
 * stops start-up (StoreOpenError), while a store that is merely down lets the bot start and connects later.
 */
export async function openQuestionLog(
  config: StoreConfig,
  logger: StartLogger,
  options?: QuestionLogOptions,
): Promise<QuestionLog | undefined> {
  const { location } = config;
  if (location.kind === 'off') {
    logger.info({}, 'store: off (DATABASE_URL=off): nothing is recorded, no feedback buttons');
    return undefined;
  }
  const log = new QuestionLog({ ...config, location }, logger, options);
  await log.firstAttempt;
  return log;
}

/**
 * One deadline for every call that waits on Discord while starting (REST and gateway, `npm start` and
 * `npm run deploy` alike): Discord answers in about a second, so 15 s of silence means it is not answering.
 * Without it discord.js retries a silent endpoint for a minute and then says only "This operation was aborted".
 */
export const DISCORD_TIMEOUT_MS = 15_000;

/** "Discord did not answer within 15 s", for a deadline of `ms`. */
export function noAnswerWithin(ms: number): string {
  return `Discord did not answer within ${Math.max(1, Math.round(ms / 1000))} s`;
}

/** Whether a failed REST call was cut by its timeout (undici aborts it), not answered with an error. */
export function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

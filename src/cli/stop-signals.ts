/** Stopping on SIGINT/SIGTERM, and exiting even if a stray handle would keep the process alive. */
import type { Logger } from '../logger.js';

/** Once everything is closed the process should exit by itself; if a stray handle keeps it alive, it exits anyway. */
const EXIT_GRACE_MS = 5_000;

/**
 * Resolves on the first SIGINT or SIGTERM (or, in a shard child, when the manager goes away). A second signal
 * exits at once, except in a shard child, whose manager kills it if it takes too long.
 */
export function stopRequested(logger: Logger, isShardChild: boolean) {
  let resolveStop: (reason: string) => void = () => {};
  const promise = new Promise<string>((resolve) => {
    resolveStop = resolve;
  });
  let requested = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (requested) {
      // A shard child gets Ctrl-C from the terminal and then SIGTERM from its manager: that is not impatience.
      if (isShardChild) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(130);
    }
    requested = true;
    logger.info({ signal }, 'stopping');
    resolveStop(signal);
  };
  const onDisconnect = () => {
    if (requested) return;
    requested = true;
    logger.warn('the sharding manager went away: stopping');
    resolveStop('disconnect');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (isShardChild) process.on('disconnect', onDisconnect);
  return {
    promise,
    dispose() {
      // Stay subscribed to signals so a second one still exits at once, but never resolve again.
      requested = true;
      process.off('disconnect', onDisconnect);
    },
  };
}

export function exitAfterGrace(): void {
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

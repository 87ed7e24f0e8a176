/** Gateway reconnects: routine ones logged as info, a loop of them warned about. */
import { type Client, Events } from 'discord.js';
import type { Logger } from '../logger.js';

/** After this many reconnects in a row without a session, a reconnect loop is worth a warning... */
const RECONNECTS_BEFORE_WARNING = 5;
/** ...and again this often while it goes on. */
const RECONNECT_WARNING_EVERY_MS = 5 * 60_000;

/**
 * Reconnects are routine (Discord moves sessions), so each is info; a loop of them is not: warned with the attempt
 * count and the last close code after 5 in a row, then every 5 minutes, until a session is back.
 */
export function watchReconnects(client: Client, logger: Logger): void {
  const loops = new Map<number, { attempts: number; warnedAt: number; lastClose?: number }>();
  const watched = new Set<number>();
  const settle = (shardId: number) => {
    const loop = loops.get(shardId);
    if (loop && loop.attempts >= RECONNECTS_BEFORE_WARNING) {
      logger.info({ shardId, attempts: loop.attempts }, 'gateway connected again after a reconnect loop');
    }
    loops.delete(shardId);
  };
  client.on(Events.ShardReady, settle);
  client.on(Events.ShardResume, settle);
  client.on(Events.ShardReconnecting, (shardId) => {
    const shard = client.ws.shards.get(shardId);
    if (shard && !watched.has(shardId)) {
      watched.add(shardId);
      shard.on('close', (event: { code?: number }) => {
        const loop = loops.get(shardId);
        if (loop) loop.lastClose = event.code;
      });
    }
    const loop = loops.get(shardId) ?? { attempts: 0, warnedAt: 0 };
    loops.set(shardId, loop);
    loop.attempts += 1;
    const now = Date.now();
    const due =
      loop.attempts === RECONNECTS_BEFORE_WARNING ||
      (loop.attempts > RECONNECTS_BEFORE_WARNING && now - loop.warnedAt >= RECONNECT_WARNING_EVERY_MS);
    if (due) {
      loop.warnedAt = now;
      logger.warn(
        { shardId, attempts: loop.attempts, lastCloseCode: loop.lastClose },
        'gateway keeps reconnecting without a session: is Discord reachable (DISCORD_API_BASE)?',
      );
    } else {
      logger.info({ shardId, attempt: loop.attempts }, 'gateway reconnecting');
    }
  });
}

/**
 * `npm run serve`: the bot as an HTTP interactions endpoint, for stateless replicas behind a load balancer.
 * src/http/server.ts caps, verifies and only then parses each POST /interactions; the answer is the HTTP response,
 * from the same handleInteraction and renderer as the gateway bot. Needs DISCORD_PUBLIC_KEY, no token: docs/scaling.md.
 */
import type { AddressInfo } from 'node:net';
import { config as loadDotenv } from 'dotenv';
import { ConversationMemory } from '../answer/conversations.js';
import { ConfigError, loadConfig, type ServeConfig } from '../config.js';
import { ContentError } from '../content/parse.js';
import { describeInteraction, handleInteraction } from '../discord/interactions.js';
import { createInteractionsServer, HEALTH_PATH, INTERACTIONS_PATH } from '../http/server.js';
import { parsePublicKey } from '../http/verify.js';
import { createLogger } from '../logger.js';
import { LiveContent } from '../search/index/live-content.js';
import { loadKnowledgeBaseWithCache } from '../search/index/load-knowledge-base.js';
import { openQuestionLog } from '../store/open-log.js';
import type { QuestionLog } from '../store/question-log.js';
import { ServerSettings, settingsDefaults } from '../store/server-settings.js';
import { StoreOpenError } from '../store/store-errors.js';
import { EXIT, runAsProgram } from './entry-point.js';
import { exitAfterGrace } from './stop-signals.js';

/** On SIGTERM, how long requests already being answered may take before their connections are cut. */
const DRAIN_MS = 3_000;

interface Io {
  err: (line: string) => void;
}

/** Serves until SIGINT/SIGTERM; resolves with the exit code (0 after a clean stop, 1 if it could not start). */
export async function main(env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const fail = (message: string, code: number = EXIT.failure) => {
    io.err(`Cannot serve: ${message}`);
    return code;
  };
  let config: ServeConfig;
  try {
    config = loadConfig(env, 'serve');
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message, EXIT.configuration);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let publicKey: ReturnType<typeof parsePublicKey>;
  try {
    publicKey = parsePublicKey(config.publicKey);
  } catch (error) {
    // Worded and coded like every other configuration problem.
    return fail(new ConfigError([(error as Error).message]).message, EXIT.configuration);
  }

  // Load before listening: a replica that accepts connections can answer them (and /healthz says so).
  const started = performance.now();
  let loaded: ReturnType<typeof loadKnowledgeBaseWithCache>;
  try {
    loaded = loadKnowledgeBaseWithCache(config.contentDir);
  } catch (error) {
    if (error instanceof ContentError) return fail(`content error: ${error.message}`);
    throw error;
  }
  const { kb } = loaded;
  logger.info(
    { ...kb.stats, cache: loaded.cache, loadMs: Math.round(performance.now() - started) },
    'knowledge base loaded',
  );
  const content = new LiveContent(config.contentDir, kb, { logger });
  if (config.watchContent) content.watch();

  let log: QuestionLog | undefined;
  try {
    log = await openQuestionLog(config.store, logger);
  } catch (error) {
    if (error instanceof StoreOpenError) return fail(error.message, EXIT.configuration);
    throw error;
  }
  // Follow-ups of /ask by the same user in the same channel, for 10 minutes, in this replica's memory.
  const conversations = new ConversationMemory();
  // No gateway here: messages and forum posts are the gateway bot's; /settings still reads and changes the store.
  const settings = await new ServerSettings(settingsDefaults({}), log).start();
  const services = { logger, conversations, frontEnd: 'http' as const, settings, ...(log ? { log } : {}) };
  const server = createInteractionsServer({
    publicKey,
    logger,
    maxConnections: config.maxConnections,
    health: () => ({ ...content.current.stats, contentChangedAt: content.changedAt.toISOString() }),
    handle: async (interaction) => {
      const received = performance.now();
      const response = await handleInteraction(interaction, content.current, services);
      logger.info(
        {
          ...describeInteraction(interaction),
          responseType: response.type,
          handleMs: Math.round((performance.now() - received) * 100) / 100,
        },
        'interaction answered',
      );
      return response;
    },
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${config.host}:${config.port}`;
    if (code === 'EADDRINUSE') return fail(`${where} is already in use: set INTERACTIONS_PORT to a free port.`);
    if (code === 'EACCES') return fail(`not allowed to listen on ${where}: use a port above 1023, or a proxy.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      return fail(`cannot listen on ${config.host}: not an address of this machine (INTERACTIONS_HOST).`);
    }
    return fail(`cannot listen on ${where}: ${(error as Error).message}`);
  }
  // After start-up, a server error (rare: e.g. too many open files) is logged; the server keeps serving.
  server.on('error', (error) => logger.error({ err: error }, 'http server error'));
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  logger.info(
    {
      port: address.port,
      host: address.address,
      url: `http://${host}:${address.port}${INTERACTIONS_PATH}`,
      health: `http://${host}:${address.port}${HEALTH_PATH}`,
    },
    'listening for Discord interactions',
  );

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    let received = false;
    const onSignal = (name: NodeJS.Signals) => {
      if (received) {
        logger.warn({ signal: name }, 'second signal: exiting now');
        process.exit(130);
      }
      received = true;
      resolve(name);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  logger.info({ signal }, 'stopping: no new connections; answering the requests in flight');
  content.close();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, DRAIN_MS);
    // close() stops accepting and closes idle keep-alive connections; its callback runs once the rest are done.
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
  server.closeAllConnections();
  // What is still queued for the store is written now (for 2 s at most).
  settings.close();
  await log?.close();
  logger.info('stopped');
  exitAfterGrace();
  return 0;
}

// Known failures get one line from main itself; anything else is a bug worth its stack.
runAsProgram(
  import.meta.url,
  () => {
    loadDotenv({ quiet: true });
    return main(process.env, { err: (line) => process.stderr.write(`${line}\n`) });
  },
  { name: 'Cannot serve', stack: true },
);

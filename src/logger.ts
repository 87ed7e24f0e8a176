/**
 * The bot's structured logs: pino, one JSON line per event, on stderr (stdout belongs to the console chat and to
 * command output). Anything token-like is removed: known secret fields by path, and token-shaped strings inside
 * errors (discord.js errors carry the request URL, which for interactions contains the interaction token).
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config-values.js';

export type { Logger } from 'pino';

/** Field paths whose values are secrets, wherever they appear in a log object (up to two levels deep). */
const REDACTED_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'publicKey',
  '*.publicKey',
  'config.token',
];

/** Bot tokens (id.timestamp.hmac) and the token segment of interaction and webhook URLs. */
const TOKEN_SHAPES: ReadonlyArray<[RegExp, string]> = [
  [/[\w-]{23,}\.[\w-]{6,}\.[\w-]{20,}/g, '[token]'],
  [/(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"']+/g, '$1[token]'],
];

/** Removes token-shaped substrings from a string. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement);
  return out;
}

/** pino's error serializer, with every string field scrubbed of tokens. */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    // Request bodies of failed REST calls may hold what users typed; the status and code say enough.
    if (key === 'requestBody' || key === 'rawError') continue;
    out[key] = typeof value === 'string' ? scrubSecrets(value) : value;
  }
  return out;
}

export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}

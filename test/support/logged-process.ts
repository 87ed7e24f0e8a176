/**
 * Spawns one of the project's entry points (compiled, from dist/) the way an operator would, and follows its
 * pino JSON log lines on stderr, so tests wait on what the process says rather than on the clock.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';
import { PROJECT_ROOT } from '../../src/project.js';

export type LogLine = Record<string, unknown> & { msg?: string; pid?: number };

export interface LoggedProcess {
  child: ChildProcess;
  /** Every JSON log line so far. */
  logs: LogLine[];
  /** All of stderr so far, JSON or not ("Cannot start: ..." lines). */
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Settles when every process holding the stderr pipe (children inherit it) has closed it. */
  stderrClosed: Promise<void>;
  /** The first log line that matches, waiting for it; rejects on time-out or if the process exits first. */
  waitForLog(probe: (line: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
}

/**
 * The environment of the test run, minus anything that configures the bot (a developer's shell may set some).
 * The store is off unless a test names one: no test writes to the project's own data/.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(DISCORD_|SHARD|ASK_CHANNEL_IDS|INTERACTIONS_|LOG_LEVEL$|CONTENT_DIR$|DATABASE_URL$|STORE_)/.test(key)) {
      delete env[key];
    }
  }
  return { ...env, DATABASE_URL: 'off' };
}

export function spawnLogged(script: string, env: Record<string, string>, name = 'the process'): LoggedProcess {
  const child = spawn(process.execPath, [script], {
    cwd: PROJECT_ROOT,
    env: { ...cleanEnv(), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let raw = '';
  let pending = '';
  const waiters = new Set<() => void>();
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    raw += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        // not a log line (e.g. "Cannot start: ..."): kept in raw
      }
    }
    for (const check of [...waiters]) check();
  });
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const stderrClosed = new Promise<void>((resolve) => child.stderr?.once('close', () => resolve()));
  return {
    child,
    logs,
    stderr: () => raw,
    exited,
    stderrClosed,
    waitForLog(probe, what, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs.find(probe);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${what}; stderr so far:\n${raw.slice(-3000)}`));
        }, timeoutMs);
        waiters.add(check);
        void exited.then(() => {
          if (!waiters.has(check)) return;
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`${name} exited while waiting for ${what}; stderr:\n${raw.slice(-3000)}`));
        });
        check();
      });
    },
  };
}

/** A pino logger at debug level whose lines are kept in memory, to assert on what gets logged. */
export function memoryLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('debug', sink), lines };
}

/** Like memoryLogger, with each line parsed: for asserting on fields (level, msg, codes). */
export function parsedLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: createLogger('debug', sink), lines };
}

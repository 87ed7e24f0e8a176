/**
 * What every command-line entry point does once: run its main only when it is the program node was started with
 * (not when a test imports it), turn main's result into the exit code, and report an unexpected failure in one
 * place, with the command's name, instead of an unhandled rejection.
 */
import { pathToFileURL } from 'node:url';

/** The exit codes of every entry point (docs/operations.md): what a supervisor can act on. */
export const EXIT = {
  /** A clean stop, or the job done. */
  ok: 0,
  /** A failure at run time: Discord refused the bot or went away for good, content is broken, a bug. */
  failure: 1,
  /** The configuration or the command line is wrong: restarting will not help until it is fixed. */
  configuration: 2,
} as const;

export interface ProgramOptions {
  /** How the command's own failure lines start: "ask", "Cannot start"... */
  name: string;
  /** A one-line message for failures the user can fix (bad configuration, bad content); undefined for bugs. */
  explain?: (error: unknown) => string | undefined;
  /** Print an unexplained failure's stack (a bug worth its stack), or only its message. */
  stack?: boolean;
}

/** Ends the program without a stack trace when the pipe it writes to was closed (EPIPE); other errors are thrown. */
export function exitQuietlyOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
}

/** Whether the module at `moduleUrl` is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/** Runs `main` as the program when `moduleUrl` is the entry point: its result is the exit code. */
export function runAsProgram(moduleUrl: string, main: () => number | Promise<number>, options: ProgramOptions): void {
  if (!isEntryPoint(moduleUrl)) return;
  // A reader that stops early (`npm run eval | head -1`) closes the pipe: that is the end of the output, not a failure.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', exitQuietlyOnClosedPipe);
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (code !== 0) process.exitCode = code;
      },
      (error: unknown) => {
        const explained = options.explain?.(error);
        const detail =
          explained ??
          (error instanceof Error ? (options.stack ? (error.stack ?? error.message) : error.message) : String(error));
        process.stderr.write(`${options.name}: ${detail}\n`);
        process.exitCode = error instanceof Error && error.name === 'ConfigError' ? EXIT.configuration : EXIT.failure;
      },
    );
}

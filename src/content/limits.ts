/**
 * How big one content file may be, so that a file pasted by mistake (a 50 MB dump) is refused at once with its
 * name instead of taking minutes and gigabytes to index. Both limits are per file and configurable.
 */
import { ConfigError } from '../config.js';

export interface ContentLimits {
  /** CONTENT_MAX_FILE_BYTES: bytes per content file (default 2 MiB). */
  maxFileBytes: number;
  /** CONTENT_MAX_PARAGRAPHS: paragraphs per article (default 2,000). */
  maxParagraphs: number;
}

const DEFAULT_CONTENT_LIMITS: ContentLimits = { maxFileBytes: 2 * 1024 * 1024, maxParagraphs: 2_000 };

/** The limits from the environment; a value that is not a positive whole number is a configuration error. */
export function contentLimits(env: NodeJS.ProcessEnv = process.env): ContentLimits {
  const problems: string[] = [];
  const read = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number.isSafeInteger(Number(raw))) return Number(raw);
    problems.push(`${name} must be a whole number from 1 (got "${raw.slice(0, 40)}").`);
    return fallback;
  };
  const limits = {
    maxFileBytes: read('CONTENT_MAX_FILE_BYTES', DEFAULT_CONTENT_LIMITS.maxFileBytes),
    maxParagraphs: read('CONTENT_MAX_PARAGRAPHS', DEFAULT_CONTENT_LIMITS.maxParagraphs),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return limits;
}

/** "2.0 MB" for a byte count. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * How big one content file may be, so that a file pasted by mistake (a 50 MB dump) is refused at once with its
 * name instead of taking minutes and gigabytes to index. Both limits are per file and configurable.
 */

export interface ContentLimits {
  /** CONTENT_MAX_FILE_BYTES: bytes per content file (default 2 MiB). */
  maxFileBytes: number;
  /** CONTENT_MAX_PARAGRAPHS: paragraphs per article (default 2,000). */
  maxParagraphs: number;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = { maxFileBytes: 2 * 1024 * 1024, maxParagraphs: 2_000 };

/** "2.0 MB" for a byte count. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

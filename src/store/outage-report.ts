/** While the store is down: one warning a minute at most, saying how many records were dropped since the last. */

interface WarnSink {
  warn(details: object, message: string): void;
}

export class OutageReport {
  private down = false;
  private droppedSince = 0;
  private lastWarning = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly logger: WarnSink,
    private readonly where: string,
    private readonly everyMs: number,
  ) {}

  /** A read or write failed (the store is down, locked or slow). */
  failed(error: unknown, queued: number): void {
    this.down = true;
    this.warn(error, queued);
  }

  /** The queue was full: its oldest records went. */
  dropped(count: number, queued: number): void {
    this.droppedSince += count;
    this.warn(undefined, queued);
  }

  /** The store answers again; whether it had been down. */
  recovered(): boolean {
    const was = this.down;
    this.down = false;
    return was;
  }

  private warn(error: unknown, queued: number): void {
    const now = Date.now();
    if (now - this.lastWarning < this.everyMs) return;
    this.lastWarning = now;
    const cause = error as { code?: unknown; message?: unknown } | undefined;
    this.logger.warn(
      {
        store: this.where,
        dropped: this.droppedSince,
        queued,
        ...(cause ? { code: cause.code, reason: String(cause.message ?? cause) } : {}),
      },
      'store: unavailable; answering goes on and records wait in a bounded queue',
    );
    this.droppedSince = 0;
  }
}

/** How opening or reaching the store fails: a wrong DATABASE_URL, or an answer too slow to wait for. */

/** DATABASE_URL names a store that cannot be: start-up stops with this one line. */
export class StoreOpenError extends Error {
  constructor(where: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`DATABASE_URL: cannot open the store at ${where}: ${reason}`);
    this.name = 'StoreOpenError';
  }
}

export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

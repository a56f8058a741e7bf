// better-sqlite3 is synchronous: while SQLite's own busy timeout waits for
// another process's write lock, the whole server waits with it. So the app's
// connection waits only a few milliseconds, and a write that finds the
// database locked is retried here, between other requests, until a deadline.

/** The SQLite busy timeout of the server's connection (createDb's default stays long, for scripts). */
export const SQLITE_APP_BUSY_WAIT_MS = 10;
/** How long a write keeps retrying before the request gets 503. */
export const BUSY_RETRY_DEADLINE_MS = 5_000;

export class DatabaseBusyError extends Error {
  constructor(waitedMs: number) {
    super(`The database stayed locked by another writer for ${waitedMs} ms`);
  }
}

/** Whether `err` is SQLite refusing a write because another connection holds the lock. */
export function isDatabaseBusy(err: unknown): boolean {
  if (err instanceof DatabaseBusyError) return true;
  const meta = (err as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | null)?.meta;
  if (meta?.driverAdapterError?.cause?.originalCode?.startsWith("SQLITE_BUSY")) return true;
  return err instanceof Error && /\bSQLITE_BUSY\b|database is locked/.test(err.message);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `write`, retrying with growing pauses while the database is locked; DatabaseBusyError after the deadline. */
export async function retryWhileBusy<T>(write: () => Promise<T>, deadlineMs: number = BUSY_RETRY_DEADLINE_MS): Promise<T> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await write();
    } catch (err) {
      if (!isDatabaseBusy(err)) throw err;
      const waited = Date.now() - started;
      if (waited + pause > deadlineMs) throw new DatabaseBusyError(waited);
      await sleep(pause + Math.random() * pause);
    }
  }
}
